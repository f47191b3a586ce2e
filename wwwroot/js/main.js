// The map page: loads the deployment's settings and the layers from the OGC API, and wires up the controls.
import { L } from './leaflet.js';
import { escapeHtml } from './dom.js';
import { getAllItems, getCollection, getHolcCities, getItemsAt, getMapConfig, getSummary, postSummary } from './api.js';
import { attachAttribution, attributionEntries } from './attribution.js';
import { createStatus } from './status.js';
import { createMap, addBaseMap } from './mapView.js';
import { DEFAULT_OPACITY, redliningLayer } from './layers/redlining.js';
import { choroplethLayer } from './layers/choropleth.js';
import { resourceLayers } from './layers/resources.js';
import { followZoom, getItemsForZoom } from './layers/simplified.js';
import { choroplethLegend, legend, legendItem, legendList } from './controls/legend.js';
import { opacitySlider } from './controls/opacity.js';
import { sourcesToggle } from './controls/sources.js';
import { cityPicker, DEFAULT_CITY } from './controls/city.js';
import { dollars, titleCase } from './format.js';
import { initI18n, onLangChange, t } from './i18n.js';
import { languageSwitch } from './controls/lang.js';
import { translateLeaflet } from './leafletText.js';
import { createCard } from './card.js';
import { OPEN_CARD } from './layers/bind.js';
import { createSearch, flyTo } from './search.js';
import { addHatches, hatchSwatch } from './hatch.js';
import { createTable } from './table.js';
import { holcRow, incomeRow, resourceRow } from './tableRows.js';
import { cssToken } from './categories.js';
import { createPermalink } from './permalink.js';
import { addShareButtons } from './share/shareButtons.js';
import { drawControl } from './controls/draw.js';
import { createSummaryPanel } from './summary.js';

await initI18n();
const narrow = window.matchMedia('(max-width: 600px)').matches;
const status = createStatus(document.getElementById('status'));
const { map, layers } = createMap(document.getElementById('map'), { narrow });
const key = legend({ collapsed: narrow }).addTo(map);
sourcesToggle().addTo(map);
languageSwitch(document.getElementById('om-lang'));
translateLeaflet(map);
// The URL follows the view (permalink.js): the card's point is part of it.
const card = createCard(map, document.querySelector('.om-main'), { onChange: (point) => view.cardChanged(point) });
const view = createPermalink(map, card);
addShareButtons(document.querySelector('.om-header'), view);
// While an area is being drawn, a click adds a corner (draw.js) instead.
map.on('click', (event) => draw.isDrawing() || card.open(event.latlng));
map.on(OPEN_CARD, (event) => card.open(event.latlng, { source: event.source }));
// The card opens first: the map then flies within the space the card leaves it.
const openAndFly = (place) => {
  card.open([place.lat, place.lon]);
  flyTo(map, place);
};
const table = createTable(map, document.querySelector('.om-main'), document.getElementById('om-table-toggle'), { openCard: card.open });
const finder = createSearch(document.getElementById('om-search'), { goTo: openAndFly, locate: openAndFly });
const shown = new Map(); // layer order → () => what it shows, for the status line
// The area summary: a drawn polygon, or (keyboard) the ZIP code under the map centre.
const draw = drawControl(map, {
  onArea: (geometry) => panel.run(() => t('summary.drawnTitle'), () => postSummary(geometry)),
  onCentre: async ({ lat, lng }) => {
    const [zip] = await getItemsAt('zip-mobility', lng.toFixed(6), lat.toFixed(6)).catch(() => []);
    return zip
      ? panel.run(() => t('summary.zipTitle', { zip: zip.id }), () => getSummary('zip-mobility', zip.id))
      : panel.run(() => t('draw.centre'), () => Promise.reject(Object.assign(new Error(t('draw.centreNone')), { key: 'draw.centreNone' })));
  },
}).addTo(map);
const panel = createSummaryPanel(document.querySelector('.om-main'), { onClose: () => draw.clearArea() });

const INCOME = 'household_income_p25';

// Runs `render` now and again after every language switch.
const rendered = (render) => {
  render();
  onLangChange(render);
};

// `nameHtml()` is the layer control's name (HTML: Leaflet's API), in the page's language.
// `id` (and `category`) name the overlay in the URL, which decides whether it starts on.
function addOverlay(layer, order, nameHtml, attribution, { id, category = null }) {
  layer.options.order = order;
  attachAttribution(map, layer, attribution);
  if (view.register(id, layer, category)) {
    layer.addTo(map);
  }

  layers.addOverlay(layer, nameHtml());
  onLangChange(() => {
    // Leaflet's layer control cannot rename an entry: take it out and put it back (the layer stays on the map).
    layers.removeLayer(layer);
    layers.addOverlay(layer, nameHtml());
  });
}

// One collection: its document (for the attribution) and every feature; a failure is reported and the rest go on.
// With `simplified`, the geometry is the one for the map's zoom (the build must then call followZoom).
async function load(id, what, build, { simplified = false } = {}) {
  try {
    const items = simplified ? getItemsForZoom(map, id) : getAllItems(id);
    const [collection, features] = await Promise.all([getCollection(id), items]);
    build(features, attributionEntries(collection));
  } catch (error) {
    status.problem(what, error);
  }
}

const loadZips = () => load('zip-mobility', 'status.what.zip', (features, attribution) => {
  const { layer, classes } = choroplethLayer({
    features, property: INCOME, kind: 'zip', pane: 'om-zip',
    label: (p) => t('feature.zip', { zip: p.zipcode, city: titleCase(p.post_office_city), income: dollars(p[INCOME]) }),
  });
  followZoom(map, 'zip-mobility', layer);
  addOverlay(layer, 2, () => escapeHtml(t('layer.zip')), attribution, { id: 'zip-mobility' });
  rendered(() => key.setSection('zip', 2, t('legend.zip.title'), ...choroplethLegend(classes, t('legend.income.note'))));
  key.followLayer('zip', layer);
  table.addSource({
    key: 'zip', order: 2, layer, title: () => t('layer.zip'),
    row: incomeRow(INCOME, classes, (p) => t('card.zip.place', { zip: p.zipcode, city: titleCase(p.post_office_city) })),
  });
  shown.set(2, () => t('status.count.zip', { count: features.length }));
}, { simplified: true });

const loadRedlining = () => load('redlining-1935', 'status.what.redlining', (features, attribution) => {
  const charlotte = redliningLayer(features);
  addHatches(charlotte.grades);
  // One overlay whose content is the chosen city's areas (Charlotte by default, see offerCities).
  const group = L.featureGroup([charlotte.layer]);
  let current = charlotte;
  // The URL's opacity to start with; Back/Forward set the slider, whose input event sets the layer.
  let opacity = view.followOpacity((value) => {
    const input = document.querySelector('.om-legend-holc input[type=range]');
    input.value = String(Math.round(value * 100));
    input.dispatchEvent(new Event('input'));
  }) ?? DEFAULT_OPACITY;
  charlotte.setOpacity(opacity);
  const setOpacity = (value) => {
    opacity = value;
    current.setOpacity(value);
    view.opacityChanged(value);
  };
  addOverlay(group, 1, () => escapeHtml(t('layer.redlining')), attribution, { id: 'redlining-1935' });
  rendered(() => key.setSection('holc', 1, t('legend.holc.title'),
    legendList(...charlotte.grades.map((g) => legendItem(t('legend.holc.item', { grade: g.grade, category: g.category() }), { swatchElement: hatchSwatch(g.grade, g.colour) }))),
    opacitySlider(t('legend.holc.opacity'), opacity, setOpacity)));
  key.followLayer('holc', group);
  table.addSource({
    key: 'holc', order: 1, layer: group, title: () => t('layer.redlining'),
    row: holcRow,
  });
  map.on('zoomend', () => current.refreshLabels());
  const charlotteShown = () => t('status.count.holc', { count: features.length });
  shown.set(1, charlotteShown);
  redlining = {
    charlotte,
    /** Shows `next` (a redliningLayer) in the overlay; `text()` says what it is in the status line. */
    show(next, text = charlotteShown) {
      group.clearLayers();
      group.addLayer(next.layer);
      current = next;
      next.setOpacity(opacity);
      shown.set(1, text);
    },
  };
});

// The city picker: the national layer's cities; a choice swaps the 1935 layer's areas and flies to the city.
let redlining = null;
async function offerCities() {
  let cities;
  try {
    cities = (await getHolcCities()).cities;
  } catch {
    // No national layer in this deployment (404), or it is still loading (503): Charlotte alone, no picker.
    return;
  }

  // The national file has no map colours: Charlotte's 1935 legend gives them (the category follows the grade).
  const colours = new Map(redlining.charlotte.grades.map((g) => [g.grade, g.colour]));
  let latest = 0;
  const show = async (city, { fly = true } = {}) => {
    const request = ++latest;
    if (!city) {
      redlining.show(redlining.charlotte);
      if (fly) {
        map.flyToBounds(redlining.charlotte.layer.getBounds());
      }

      status.done(summary);
      return;
    }

    status.loading('city.loading', { city: city.city });
    try {
      const features = await getAllItems('redlining-national', undefined, { filters: { city_key: city.key } });
      if (request !== latest) {
        return;
      }

      const coloured = features.map((f) => ({ ...f, properties: { ...f.properties, fill: colours.get(f.properties?.grade) } }));
      redlining.show(redliningLayer(coloured), () => t('city.shown', { ...city, areas: features.length }));
      if (fly) {
        const [west, south, east, north] = city.bbox;
        map.flyToBounds([[south, west], [north, east]]);
      }

      status.done(summary);
    } catch (error) {
      status.problem('status.what.city', error);
    }
  };
  const picker = cityPicker(cities, (city) => {
    view.cityChanged(city?.key ?? null);
    show(city);
  });
  picker.control.addTo(map);
  // A permalink's city: its own centre and zoom are kept (no flight); Back/Forward choose again.
  const apply = (key) => show(picker.select(key ?? DEFAULT_CITY), { fly: false });
  const fromUrl = view.followCity(apply);
  if (fromUrl) {
    apply(fromUrl);
  }
}

const loadResources = () => load('resources', 'status.what.resources', (features, attribution) => {
  const groups = resourceLayers(features);
  groups.forEach((group, i) => {
    const swatch = `<span class="om-swatch om-swatch-point om-resource-${cssToken(group.id)}" aria-hidden="true"></span>`;
    addOverlay(group.layer, 10 + i, () => `${swatch}${escapeHtml(group.label())} <span class="om-count">(${group.count})</span>`, attribution,
      { id: 'resources', category: group.id });
    table.addSource({
      key: `resource-${group.id}`, order: 10 + i, layer: group.layer, title: () => t('legend.resources.title'),
      row: resourceRow(group.id, i),
    });
  });
  rendered(() => key.setSection('resources', 10, t('legend.resources.title'), legendList(...groups.map((g) =>
    legendItem(g.label(), { swatchClass: `om-swatch-point om-resource-${cssToken(g.id)}` })))));
  shown.set(10, () => t('status.count.resources', { count: features.length }));
});

// The tract layer is off by default: only its document is read now, its 233 features when it is first switched on.
async function offerTracts() {
  let collection;
  try {
    collection = await getCollection('tract-mobility');
  } catch (error) {
    status.problem('status.what.tract', error);
    return;
  }

  const group = L.featureGroup();
  let requested = false;
  group.on('add', async () => {
    if (requested) {
      return;
    }

    requested = true;
    status.loading('status.loadingTracts');
    try {
      const features = await getItemsForZoom(map, 'tract-mobility');
      const { layer, classes } = choroplethLayer({
        features, property: INCOME, kind: 'tract', pane: 'om-tract',
        label: (p) => t('feature.tract', { name: p.name, income: p.suppressed ? t('feature.suppressed') : dollars(p[INCOME]) }),
      });
      followZoom(map, 'tract-mobility', layer);
      group.addLayer(layer);
      rendered(() => key.setSection('tract', 3, t('legend.tract.title'), ...choroplethLegend(classes, t('legend.income.note'))));
      key.followLayer('tract', group);
      table.addSource({
        key: 'tract', order: 3, layer: group, title: () => t('layer.tract'),
        row: incomeRow(INCOME, classes, (p) => String(p.name ?? p.geoid ?? '')),
      });
      shown.set(3, () => t('status.count.tract', { count: features.length }));
      status.done(summary);
    } catch (error) {
      requested = false;
      status.problem('status.what.tract', error);
    }
  });
  addOverlay(group, 3, () => escapeHtml(t('layer.tract')), attributionEntries(collection), { id: 'tract-mobility' });
}

const summary = () => t('status.showing', {
  list: [...shown.keys()].sort((a, b) => a - b).map((k) => shown.get(k)()).join(t('status.listJoin')),
});

async function start() {
  const config = await getMapConfig().catch((error) => {
    status.problem('status.what.settings', error);
    return null;
  });
  addBaseMap(map, config);
  finder.setGeocoder(config?.geocoder);
  await Promise.all([loadRedlining(), loadZips(), loadResources(), offerTracts()]);
  status.done(shown.size > 0 ? summary : () => t('status.nothing'));
  // The permalink's card point (viewState.js parsed it; a malformed one is null).
  if (view.initial.pt) {
    card.open(view.initial.pt);
  }

  if (redlining) {
    await offerCities();
  }
}

start();
