// The embed (/embed): the view of the URL's parameters without the map page's chrome (no layer switcher, search or
// dialogs), with its title, a compact legend, every shown layer's sources, and a link to the full map. It loads
// only the layers the view shows.
import { L } from './leaflet.js';
import { createPanes, trackLabelZooms } from './mapView.js';
import { parse } from './viewState.js';
import { getAllItems, getCollection, getMapConfig } from './api.js';
import { attributionEntries } from './attribution.js';
import { redliningLayer } from './layers/redlining.js';
import { choroplethLayer } from './layers/choropleth.js';
import { resourceLayers } from './layers/resources.js';
import { choroplethLegend, legend, legendItem, legendList } from './controls/legend.js';
import { dollars, titleCase } from './format.js';
import { cssToken } from './categories.js';
import { startPymChild } from './embed/pymChild.js';
import { cooperativeScrollZoom } from './embed/scrollZoom.js';
import { initI18n, t } from './i18n.js';

const INCOME = 'household_income_p25';

await initI18n();
const state = parse(new URLSearchParams(location.search));
const inPym = startPymChild();
// In a pym.js iframe the page's height follows its content; in a plain iframe the map fills the frame.
document.documentElement.classList.toggle('om-embed-pym', inPym);

const element = document.getElementById('map');
const map = L.map(element, { center: state.centre, zoom: state.zoom, attributionControl: false, zoomSnap: 1 });
createPanes(map);
trackLabelZooms(map);
// The legend scrolls within the map's height (css reads --om-map-height).
new ResizeObserver(() => element.style.setProperty('--om-map-height', `${element.clientHeight}px`)).observe(element);

// The zoom is published as data-zoom, for tests.
map.on('zoomend', () => { element.dataset.zoom = String(map.getZoom()); });
element.dataset.zoom = String(map.getZoom());
const key = legend({ collapsed: element.clientWidth < 640 || element.clientHeight < 360 }).addTo(map);
const sources = new Map(); // order → attribution entries (escaped HTML)
const shows = (id) => state.layers.includes(id);

const hint = document.querySelector('.om-scroll-hint');
cooperativeScrollZoom(map, hint, t(/Mac|iPhone|iPad/.test(navigator.platform) ? 'embed.scrollHintMac' : 'embed.scrollHint'));

function showSources() {
  const entries = [...new Set([...sources.keys()].sort((a, b) => a - b).flatMap((k) => sources.get(k)))];
  // Entries are escaped HTML with http(s) links only (attribution.js), as Leaflet's attribution control takes them.
  document.getElementById('om-embed-sources').innerHTML =
    `<span class="om-embed-sources-label">${t('embed.sources')}:</span> ${entries.join('; ')}`;
}

async function load(id, order, build) {
  const [collection, features] = await Promise.all([getCollection(id), getAllItems(id)]);
  build(features);
  sources.set(order, attributionEntries(collection));
  showSources();
}

const loaders = {
  'redlining-1935': () => load('redlining-1935', 1, (features) => {
    const holc = redliningLayer(features);
    holc.setOpacity(state.opacity);
    holc.layer.addTo(map);
    map.on('zoomend', holc.refreshLabels);
    key.setSection('holc', 1, t('legend.holc.title'), legendList(...holc.grades.map((g) =>
      legendItem(t('legend.holc.item', { grade: g.grade, category: g.category() }), { colour: g.colour }))));
  }),
  'zip-mobility': () => load('zip-mobility', 2, (features) => {
    const { layer, classes } = choroplethLayer({
      features, property: INCOME, kind: 'zip', pane: 'om-zip',
      label: (p) => t('feature.zip', { zip: p.zipcode, city: titleCase(p.post_office_city), income: dollars(p[INCOME]) }),
    });
    layer.addTo(map);
    key.setSection('zip', 2, t('legend.zip.title'), ...choroplethLegend(classes, t('legend.income.note')));
  }),
  'tract-mobility': () => load('tract-mobility', 3, (features) => {
    const { layer, classes } = choroplethLayer({
      features, property: INCOME, kind: 'tract', pane: 'om-tract',
      label: (p) => t('feature.tract', { name: p.name, income: p.suppressed ? t('feature.suppressed') : dollars(p[INCOME]) }),
    });
    layer.addTo(map);
    key.setSection('tract', 3, t('legend.tract.title'), ...choroplethLegend(classes, t('legend.income.note')));
  }),
  resources: () => load('resources', 10, (features) => {
    const groups = resourceLayers(features).filter((g) => state.cats === null || state.cats.includes(g.id));
    groups.forEach((g) => g.layer.addTo(map));
    key.setSection('resources', 10, t('legend.resources.title'), legendList(...groups.map((g) =>
      legendItem(g.label(), { swatchClass: `om-swatch-point om-resource-${cssToken(g.id)}` }))));
  }),
};

async function start() {
  const full = document.getElementById('om-embed-full');
  full.textContent = t('embed.fullMap');
  if (state.pt) {
    L.circleMarker(state.pt, { className: 'om-card-point', radius: 7, interactive: false, pane: 'markerPane' }).addTo(map);
  }

  const config = await getMapConfig().catch(() => null);
  if (typeof config?.baseMapUrl === 'string' && config.baseMapUrl !== '') {
    L.tileLayer(config.baseMapUrl, { maxZoom: 19 }).addTo(map);
    // The operator's own attribution (HTML from the configuration, not data).
    sources.set(0, [config.baseMapAttribution ?? '']);
  } else {
    element.classList.add('om-no-base-map');
  }

  const results = await Promise.allSettled(Object.keys(loaders).filter(shows).map((id) => loaders[id]()));
  results.filter((r) => r.status === 'rejected').forEach((r) => console.warn('An embedded layer failed to load:', r.reason));
  showSources();
  element.dataset.state = 'ready';
}

start();
