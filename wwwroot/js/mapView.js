// The Leaflet map itself: view, panes (their stacking order), base map and the layer control.
import { L } from './leaflet.js';
import { controlsFirst, keepFocusInView } from './a11y.js';
import { onLangChange, t } from './i18n.js';


// Bottom to top: ZIPs and tracts under the HOLC areas, resources above all polygons.
const PANES = [['om-zip', 410], ['om-tract', 420], ['om-holc', 430], ['om-resources', 440]];

// The deepest zoom a view may have (ViewState.MaxZoom on the server); set on the map itself, as the resources'
// clusters need a maximum even with no base map.
export const MAX_ZOOM = 18;

// Zoom levels at which the HOLC labels show the grade only, or grade and number (css reads these classes).
const LABEL_ZOOMS = [['om-labels-grade', 12], ['om-labels-full', 14]];

/**
 * The map in `element`, with the layer control (sorted by each layer's `options.order`), at `view` (/map-config's
 * centre and zoom; the permalink then shows the URL's).
 */
export function createMap(element, { narrow, view = null }) {
  const map = L.map(element, { center: view?.centre ?? [0, 0], zoom: view?.zoom ?? 1, zoomControl: true, maxZoom: MAX_ZOOM });
  createPanes(map);
  trackLabelZooms(map);
  // The view is also published as data-zoom and data-centre, for tests (they wait for the map to settle).
  const updateView = () => {
    const centre = map.getCenter();
    element.dataset.zoom = String(map.getZoom());
    element.dataset.centre = `${centre.lat.toFixed(5)},${centre.lng.toFixed(5)}`;
  };
  map.on('moveend', updateView);
  updateView();

  const layers = L.control.layers(null, null, {
    collapsed: narrow,
    sortLayers: true,
    sortFunction: (a, b) => (a.options.order ?? 99) - (b.options.order ?? 99),
  }).addTo(map);
  L.control.scale({ metric: true, imperial: true }).addTo(map);
  controlsFirst(map);
  keepFocusInView(map);
  return { map, layers };
}

/** The layers' panes, in their stacking order. */
export function createPanes(map) {
  for (const [name, zIndex] of PANES) {
    map.createPane(name).style.zIndex = String(zIndex);
  }
}

/** Keeps the map's label classes (css shows the HOLC labels by them) in step with its zoom. */
export function trackLabelZooms(map) {
  const update = () => {
    for (const [className, minZoom] of LABEL_ZOOMS) {
      map.getContainer().classList.toggle(className, map.getZoom() >= minZoom);
    }
  };
  map.on('zoomend', update);
  update();
}

/**
 * The deployment's tile layer, or none: without one the layers draw on the page's plain background. Returns whether
 * there is one.
 */
export function addBaseMap(map, config) {
  if (typeof config?.baseMapUrl === 'string' && config.baseMapUrl !== '') {
    // The attribution is the operator's own configuration (HTML with a link), not data; without one, OpenStreetMap's
    // credit in the page's language (issue 16: it stayed English on a Spanish page).
    const tiles = L.tileLayer(config.baseMapUrl, { attribution: baseMapCredit(config), maxZoom: 19 }).addTo(map);
    if (!config.baseMapAttribution) {
      onLangChange(() => {
        map.attributionControl?.removeAttribution(tiles.options.attribution);
        tiles.options.attribution = baseMapCredit(config);
        map.attributionControl?.addAttribution(tiles.options.attribution);
      });
    }

    return true;
  }

  map.getContainer().classList.add('om-no-base-map');
  return false;
}

/** The base map's credit (HTML): the deployment's, else OpenStreetMap's in the page's language. */
export const baseMapCredit = (config) => config?.baseMapAttribution
  || t('map.osmCredit', { link: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' });

/**
 * Tells the map its container changed size (a panel opened or closed beside or below it) and keeps the exact centre
 * and zoom: Leaflet's own re-centring (and a same-zoom setView) moves by whole pixels, which would drift a
 * permalink's centre; a reset view keeps the exact centre.
 */
export function resizeKeepingView(map) {
  const centre = map.getCenter();
  const zoom = map.getZoom();
  map.invalidateSize({ pan: false });
  map.setView(centre, zoom, { reset: true });
}

/**
 * Padding that keeps fitted bounds clear of the map's controls: on each side the widest control shown there (at most
 * a third of the map's width), so a fitted place never lies under the legend, the layer list or the tools. On a
 * phone the controls are corner buttons and a side's padding stays small, or the place would be drawn tiny.
 */
export function clearOfControls(map) {
  const container = map.getContainer();
  const width = container.clientWidth;
  const most = width < 600 ? width * 0.15 : width / 3;
  const side = (name) => Math.min(most, Math.max(0, ...[...container.querySelectorAll(`.leaflet-${name} .leaflet-control`)]
    .filter((c) => c.offsetParent !== null).map((c) => c.offsetWidth + 10)));
  return { paddingTopLeft: [side('left') + 12, 12], paddingBottomRight: [side('right') + 12, 12] };
}

/**
 * While a card is open on a wide screen the legend and the layer list fold to their buttons, so the map's middle and
 * the chosen place stay in the clear (issue 16); closing the card unfolds them as they were. Returns `(open) => {}`.
 */
export function foldControlsForCard(narrow, { legend, layers }) {
  let legendWasOpen = null;
  return (open) => {
    if (narrow.matches) {
      return;
    }

    if (open && legendWasOpen === null) {
      legendWasOpen = legend.isOpen();
      legend.setOpen(false);
      layers.collapse();
    } else if (!open && legendWasOpen !== null) {
      legend.setOpen(legendWasOpen);
      layers.expand();
      legendWasOpen = null;
    }
  };
}
