// Keyboard access to the map's features: each drawn feature is a focusable button that opens its popup.
import { L } from './leaflet.js';
import { onLangChange } from './i18n.js';

const ENTER = 'Enter';
const SPACE = ' ';

// Every focusable feature and its label function, so a language switch renames them all.
const labelled = new Map(); // layer → label()

onLangChange(() => {
  for (const [layer, label] of labelled) {
    layer.getElement?.()?.setAttribute('aria-label', label());
  }
});

/**
 * Makes a vector layer (polygon or circle marker) focusable, named `label()` (in the page's language) for screen
 * readers, and runs `activate(element)` on Enter/Space: by default it opens its popup with the focus moved into the
 * popup; closing the popup gives the focus back to the feature.
 */
export function makeFocusable(layer, label, activate = (element) => openWithFocus(layer, element)) {
  labelled.set(layer, label);
  layer.on('add', () => {
    const element = layer.getElement();
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', label());
    element.addEventListener('keydown', (event) => {
      if (event.key === ENTER || event.key === SPACE) {
        event.preventDefault();
        activate(element);
      }
    });
    let ring = null;
    element.addEventListener('focus', () => {
      if (element.matches(':focus-visible')) {
        ring = focusRing(layer);
      }
    });
    element.addEventListener('blur', () => {
      ring?.remove();
      ring = null;
    });
  });
}

const RING_PANE = 'om-focus-ring';

/**
 * The keyboard focus drawn again above everything (a yellow halo under a black line): a focused area's own outline
 * lies under the resource dots and other areas, where it was invisible (issue 16).
 */
function focusRing(layer) {
  const map = layer._map;
  if (!map) {
    return null;
  }

  if (!map.getPane(RING_PANE)) {
    const pane = map.createPane(RING_PANE);
    pane.style.zIndex = '650';
    pane.style.pointerEvents = 'none';
  }

  const strokes = [{ color: '#ffbf47', weight: 8 }, { color: '#000000', weight: 3 }];
  const base = { pane: RING_PANE, interactive: false, fill: false, opacity: 1, className: 'om-focus-ring' };
  const shapes = strokes.map((stroke) => (layer.getLatLng
    ? L.circleMarker(layer.getLatLng(), { ...base, ...stroke, radius: (layer.getRadius?.() ?? 5) + 4 })
    : L.polygon(layer.getLatLngs(), { ...base, ...stroke })));
  return L.featureGroup(shapes).addTo(map);
}

function openWithFocus(layer, element) {
  layer.openPopup();
  const popup = layer.getPopup();
  const container = popup?.getElement();
  const content = container?.querySelector('.om-popup');
  if (!content) {
    return;
  }

  content.setAttribute('tabindex', '-1');
  content.focus({ preventScroll: true });
  const onKey = (event) => {
    if (event.key === 'Escape') {
      layer.closePopup();
    }
  };
  container.addEventListener('keydown', onKey);
  popup.once('remove', () => {
    container.removeEventListener('keydown', onKey);
    if (element.isConnected) {
      element.focus({ preventScroll: true });
    }
  });
}

/**
 * Leaflet puts its controls after the map panes, so a keyboard user would tab through every feature before reaching
 * the layer control. Moving the (absolutely positioned) control container first changes the tab order only.
 */
export function controlsFirst(map) {
  const container = map.getContainer();
  const controls = container.querySelector(':scope > .leaflet-control-container');
  if (controls) {
    container.prepend(controls);
  }
}

/**
 * A feature focused with Tab may lie outside the view (Leaflet then draws it clipped to nothing), and the browser
 * would scroll the map's overflow-hidden container to it, shifting everything Leaflet positions. Undo that scroll and
 * pan the map to the feature instead.
 */
export function keepFocusInView(map) {
  const container = map.getContainer();
  container.addEventListener('focusin', () => {
    container.scrollTop = 0;
    container.scrollLeft = 0;
  });
  map.on('layeradd', ({ layer }) => {
    const element = layer.getElement?.();
    if (!element || !(layer.getLatLng || layer.getBounds)) {
      return;
    }

    element.addEventListener('focus', () => {
      const centre = layer.getLatLng ? layer.getLatLng() : layer.getBounds().getCenter();
      if (!map.getBounds().contains(centre)) {
        map.panTo(centre);
      }
    });
  });
}
