// The embed (/embed): the view of the URL's parameters without the map page's chrome (no layer switcher, search or
// dialogs), with its title, a compact legend, every shown layer's sources, and a link to the full map. It loads
// only the layers the view shows, from the same catalogue as the map page (layers/catalogue.js), in the
// deployment's look (look.js).
import { L } from './leaflet.js';
import { MAX_ZOOM, addBaseMap, baseMapCredit, createPanes, trackLabelZooms } from './mapView.js';
import { knownFrom, parse } from './viewState.js';
import { createStatus } from './status.js';
import { requestLook } from './look.js';
import { LAYERS } from './layers/catalogue.js';
import { cityAreas, loadLayer } from './layers/load.js';
import { legend } from './controls/legend.js';
import { DEFAULT_CITY } from './controls/city.js';
import { startPymChild } from './embed/pymChild.js';
import { cooperativeScrollZoom } from './embed/scrollZoom.js';
import { getLang, initI18n, t } from './i18n.js';
import { getCollection } from './api.js';
import { attributionEntries, sourceNames } from './attribution.js';

// The look is asked for at once and awaited once the translations are in (the status line needs them).
const lookAnswer = requestLook();
await initI18n();
const { look = null, error: lookError } = await lookAnswer;
const state = parse(new URLSearchParams(location.search), knownFrom(look));
const inPym = startPymChild();
// In a pym.js iframe the page's height follows its content; in a plain iframe the map fills the frame.
document.documentElement.classList.toggle('om-embed-pym', inPym);
// Shown only when something failed (css): the embed says so rather than leave a layer out silently.
const status = createStatus(document.getElementById('om-embed-status'));

const element = document.getElementById('map');
const map = L.map(element, { center: state.centre, zoom: state.zoom, attributionControl: false, zoomSnap: 1, maxZoom: MAX_ZOOM });
createPanes(map);
trackLabelZooms(map);
// The legend scrolls within the map's height (css reads --om-map-height).
new ResizeObserver(() => element.style.setProperty('--om-map-height', `${element.clientHeight}px`)).observe(element);

// The zoom is published as data-zoom, for tests.
map.on('zoomend', () => { element.dataset.zoom = String(map.getZoom()); });
element.dataset.zoom = String(map.getZoom());
// A narrow embed (a news column, a phone) shows its legend open under the map: over a small map it hid the map, and
// folded it was missed (issue 16). A wide one keeps it over the map, folded only when the frame is low.
const narrow = window.innerWidth < 640;
const key = legend({ collapsed: !narrow && element.clientHeight < 360 }).addTo(map);
if (narrow) {
  const below = document.getElementById('om-embed-key');
  below.append(key.getContainer());
  below.hidden = false;
}

const sources = new Map(); // order → { entries: attribution entries (escaped HTML), names: short source names }

const hint = document.querySelector('.om-scroll-hint');
cooperativeScrollZoom(map, hint, t(/Mac|iPhone|iPad/.test(navigator.platform) ? 'embed.scrollHintMac' : 'embed.scrollHint'));

// The sources in one short line ("Sources: Mapping Inequality · Opportunity Atlas"), in full behind it: a footer of
// every attribution took 190 px of a 468 px column (issue 16). Open at once only in a large frame.
const sourcesBox = document.getElementById('om-embed-sources');
sourcesBox.open = !narrow && window.innerHeight >= 400;
function showSources() {
  const shown = [...sources.keys()].sort((a, b) => a - b).map((k) => sources.get(k));
  const names = [...new Set(shown.flatMap((s) => s.names))];
  sourcesBox.querySelector('summary').textContent = `${t('embed.sources')}: ${names.join(' · ')}`;
  // Entries are escaped HTML with http(s) links only (attribution.js), as Leaflet's attribution control takes them.
  sourcesBox.querySelector('.om-embed-sources-full').innerHTML = [...new Set(shown.flatMap((s) => s.entries))].join('; ');
}

// One layer of the view on the map, with its legend and sources; the 1935 layer shows the view's city.
async function show(entry) {
  try {
    const built = await loadLayer(map, entry, look, { opacity: state.opacity, categories: state.cats });
    if (entry.id === 'redlining-1935' && state.city && state.city !== DEFAULT_CITY) {
      // Another city's areas come from the national layer, which is credited instead of Charlotte's map.
      const [areas, national] = await Promise.all([cityAreas(state.city), getCollection('redlining-national', undefined, getLang())]);
      built.showCity(areas);
      Object.assign(built, { sources: attributionEntries(national), sourceNames: sourceNames(national?.sources) });
    }

    built.overlays.forEach((overlay) => overlay.layer.addTo(map));
    key.setSection(built.legend.key, entry.order, built.legend.title(), ...built.legend.content());
    sources.set(entry.order, { entries: built.sources, names: built.sourceNames });
    showSources();
  } catch (error) {
    status.problem(entry.what, error);
  }
}

async function start() {
  const full = document.getElementById('om-embed-full');
  full.textContent = t('embed.fullMap');
  if (state.pt) {
    L.circleMarker(state.pt, { className: 'om-card-point', radius: 7, interactive: false, pane: 'markerPane' }).addTo(map);
  }

  if (lookError) {
    status.problem('status.what.settings', lookError);
  }

  if (addBaseMap(map, look)) {
    // The operator's own attribution (HTML from the configuration, not data).
    sources.set(0, { entries: [baseMapCredit(look)], names: [t('embed.baseMap')] });
  }

  await Promise.all(LAYERS.filter((entry) => look && state.layers?.includes(entry.id)).map(show));
  showSources();
  element.dataset.state = 'ready';
}

start();
