// The map page: the deployment's look (look.js) and the catalogue's layers (overlays.js, layers/catalogue.js) with
// the page's chrome: layer control, legend, sources, table view, card, search, area summary, share, city picker.
import { getItemsAt, getSummary, postSummary } from './api.js';
import { createStatus } from './status.js';
import { createMap, addBaseMap, foldControlsForCard } from './mapView.js';
import { requestLook } from './look.js';
import { createOverlays } from './overlays.js';
import { legend } from './controls/legend.js';
import { sourcesToggle } from './controls/sources.js';
import { getLang, initI18n, onLangChange, t } from './i18n.js';
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
import { knownFrom } from './viewState.js';
import { headerMenu } from './menu.js';

// The look is asked for at once and awaited once the translations are in (the status line needs them).
const lookAnswer = requestLook();
await initI18n();
const phone = window.matchMedia('(max-width: 600px)');
const narrow = phone.matches;
const menu = headerMenu(document.querySelector('.om-header'), phone);
const status = createStatus(document.getElementById('status'));
const { look = null, error: lookError } = await lookAnswer;
if (lookError) {
  // Without the look there are no colours, classes or default layers: no layer is drawn rather than drawn wrong.
  status.problem('status.what.settings', lookError);
}

const { map, layers } = createMap(document.getElementById('map'), { narrow, view: look?.view });
const key = legend({ collapsed: narrow }).addTo(map);
sourcesToggle().addTo(map);
languageSwitch(document.getElementById('om-lang'));
translateLeaflet(map);
// The URL follows the view (permalink.js): the card's point is part of it.
const card = createCard(map, document.querySelector('.om-main'), {
  onChange: (point) => view.cardChanged(point),
  onToggle: foldControlsForCard(phone, { legend: key, layers }),
});
const view = createPermalink(map, card, { known: knownFrom(look) });
addShareButtons(document.getElementById('om-menu'), view);
// While an area is being drawn, a click adds a corner (draw.js) instead.
map.on('click', (event) => draw.isDrawing() || card.open(event.latlng));
map.on(OPEN_CARD, (event) => card.open(event.latlng, { source: event.source }));
// The card opens first: the map then flies within the space the card leaves it. A place found by name (a ZIP,
// neighborhood, 1935 area…) opens that place's own card, outlined; an address or a position, the card of its point.
const openAndFly = (place) => {
  if (place.collection && place.id) {
    card.openPlace(place);
    return;
  }

  card.open([place.lat, place.lon]);
  flyTo(map, place);
};
const table = createTable(map, document.querySelector('.om-main'), document.getElementById('om-table-toggle'), { openCard: card.open });
const finder = createSearch(document.getElementById('om-search'), { goTo: openAndFly, locate: openAndFly });
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
menu.addTool(draw.getContainer());
const panel = createSummaryPanel(document.querySelector('.om-main'), { onClose: () => draw.clearArea() });

// The header's links to the other pages keep the page's language (issue 16: the report link dropped lang=es).
const keepLang = () => document.querySelectorAll('.om-header-links a[href^="report.html"], .om-header-links a[href^="nation.html"]')
  .forEach((a) => a.setAttribute('href', `${a.getAttribute('href').split('?')[0]}?lang=${encodeURIComponent(getLang())}`));
keepLang();
onLangChange(keepLang);

const overlays = createOverlays({ map, look, control: layers, view, key, table, status });

async function start() {
  addBaseMap(map, look);
  finder.setGeocoder(look?.geocoder);
  const built = look ? await overlays.showAll() : new Map();
  status.done(overlays.any() ? overlays.summary : () => t('status.nothing'));
  // The permalink's card point (viewState.js parsed it; a malformed one is null).
  if (view.initial.pt) {
    card.open(view.initial.pt);
  }

  const redlining = built.get('redlining-1935');
  if (redlining) {
    await offerCities({ map, redlining, view, status, summary: overlays.summary });
    menu.addTool(map.getContainer().querySelector('.om-city'));
  }
}

start();
