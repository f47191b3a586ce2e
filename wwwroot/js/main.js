// The map page: the deployment's look (look.js) and the catalogue's layers (layers/catalogue.js) with the page's
// chrome: layer control, legend, sources, table view, card, search, area summary, share and the city picker.
import { L } from './leaflet.js';
import { escapeHtml } from './dom.js';
import { getItemsAt, getSummary, postSummary } from './api.js';
import { attachAttribution } from './attribution.js';
import { createStatus } from './status.js';
import { createMap, addBaseMap } from './mapView.js';
import { loadLook } from './look.js';
import { LAYERS } from './layers/catalogue.js';
import { buildLayer, layerSources, loadLayer } from './layers/load.js';
import { legend } from './controls/legend.js';
import { sourcesToggle } from './controls/sources.js';
import { initI18n, onLangChange, t } from './i18n.js';
import { languageSwitch } from './controls/lang.js';
import { translateLeaflet } from './leafletText.js';
import { createCard } from './card.js';
import { OPEN_CARD } from './layers/bind.js';
import { createSearch, flyTo } from './search.js';
import { createTable } from './table.js';
import { createPermalink } from './permalink.js';
import { addShareButtons } from './share/shareButtons.js';
import { drawControl } from './controls/draw.js';
import { createSummaryPanel } from './summary.js';
import { offerCities } from './cities.js';

// The look is asked for at once and awaited once the translations are in (the status line needs them).
const lookAnswer = loadLook().then((look) => ({ look }), (error) => ({ error }));
await initI18n();
const narrow = window.matchMedia('(max-width: 600px)').matches;
const status = createStatus(document.getElementById('status'));
const { look = null, error: lookError } = await lookAnswer;
if (lookError) {
  // Without the look there are no colours, classes or default layers: no layer is drawn rather than drawn wrong.
  status.problem('status.what.settings', lookError);
}

const { map, layers } = createMap(document.getElementById('map'), { narrow });
const key = legend({ collapsed: narrow }).addTo(map);
sourcesToggle().addTo(map);
languageSwitch(document.getElementById('om-lang'));
translateLeaflet(map);
// The URL follows the view (permalink.js): the card's point is part of it.
const card = createCard(map, document.querySelector('.om-main'), { onChange: (point) => view.cardChanged(point) });
const view = createPermalink(map, card, { defaultLayers: look?.defaultLayers ?? null });
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

// An overlay's name in the layer control: a resource category's with its swatch and count.
const overlayName = (overlay) => () => (overlay.swatchClass
  ? `<span class="om-swatch ${overlay.swatchClass}" aria-hidden="true"></span>${escapeHtml(overlay.name())} <span class="om-count">(${overlay.count})</span>`
  : escapeHtml(overlay.name()));

/**
 * Puts a built catalogue layer on the page: each overlay in the layer control (with its `sources`), the legend,
 * the table view and the status line. A lazy layer's overlay is `group`, already in the layer control.
 */
function present(entry, built, sources, group = null) {
  built.overlays.forEach((overlay, i) => {
    const layer = group ?? overlay.layer;
    if (!group) {
      addOverlay(layer, entry.order + i, overlayName(overlay), sources, { id: entry.id, category: overlay.category ?? null });
    }

    table.addSource({ ...overlay.table, order: entry.order + i, layer });
  });
  const { key: section, title, content } = built.legend;
  rendered(() => key.setSection(section, entry.order, title(), ...content()));
  if (built.overlays.length === 1) {
    key.followLayer(section, group ?? built.overlays[0].layer);
  }

  shown.set(entry.order, built.count);
}

// What this page asks of a layer's build (catalogue.js): the 1935 layer's opacity follows the URL and its slider.
const buildOptions = {
  'redlining-1935': () => ({
    // The URL's opacity to start with; Back/Forward set the slider, whose input event sets the layer.
    opacity: view.followOpacity((value) => {
      const input = document.querySelector('.om-legend-holc input[type=range]');
      input.value = String(Math.round(value * 100));
      input.dispatchEvent(new Event('input'));
    }),
    hatched: true,
    onOpacity: (value) => view.opacityChanged(value),
  }),
};

// One layer, loaded and shown; a failure is reported and the rest go on.
async function show(entry) {
  try {
    const built = await loadLayer(map, entry, look, buildOptions[entry.id]?.());
    present(entry, built, built.sources);
    return built;
  } catch (error) {
    status.problem(entry.what, error);
    return null;
  }
}

// A lazy layer (the tracts, off by default): only its document is read now, its features when first switched on.
async function offer(entry) {
  let sources;
  try {
    sources = await layerSources(entry);
  } catch (error) {
    status.problem(entry.what, error);
    return null;
  }

  const group = L.featureGroup();
  let requested = false;
  group.on('add', async () => {
    if (requested) {
      return;
    }

    requested = true;
    status.loading(entry.loading);
    try {
      const built = await buildLayer(map, entry, look, buildOptions[entry.id]?.());
      built.overlays.forEach((overlay) => group.addLayer(overlay.layer));
      present(entry, built, sources, group);
      status.done(summary);
    } catch (error) {
      requested = false;
      status.problem(entry.what, error);
    }
  });
  addOverlay(group, entry.order, () => escapeHtml(entry.name()), sources, { id: entry.id });
  return null;
}

const summary = () => t('status.showing', {
  list: [...shown.keys()].sort((a, b) => a - b).map((k) => shown.get(k)()).join(t('status.listJoin')),
});

async function start() {
  addBaseMap(map, look);
  finder.setGeocoder(look?.geocoder);
  const built = look ? await Promise.all(LAYERS.map((entry) => (entry.lazy ? offer(entry) : show(entry)))) : [];
  status.done(shown.size > 0 ? summary : () => t('status.nothing'));
  // The permalink's card point (viewState.js parsed it; a malformed one is null).
  if (view.initial.pt) {
    card.open(view.initial.pt);
  }

  const redlining = built[LAYERS.findIndex((entry) => entry.id === 'redlining-1935')];
  if (redlining) {
    await offerCities({ map, look, redlining, view, status, summary });
  }
}

start();
