// What every feature of every layer gets: keyboard access, and a popup (points) or the "then & now" card (areas).
import { makeFocusable } from '../a11y.js';
import { pointOf } from '../geometry.js';

/** The map event asking for the card at `latlng`; `source` is the element to give the focus back to. */
export const OPEN_CARD = 'om:opencard';

// Popups scroll inside themselves rather than run off a phone's screen, and are panned below the top corners'
// controls (zoom, layers), which would otherwise cover their heading and close button.
const popupOptions = () => ({
  maxWidth: Math.min(340, window.innerWidth - 60),
  maxHeight: Math.max(200, Math.round(window.innerHeight * 0.5)),
  autoPanPaddingTopLeft: [12, 96],
  autoPanPaddingBottomRight: [12, 12],
});

/** Binds `build(properties)` as the popup of `layer` and makes it a focusable button named `label()`. */
export function bindFeature(layer, feature, build, label) {
  layer.bindPopup(() => build(feature.properties ?? {}), popupOptions());
  makeFocusable(layer, label);
}

/**
 * An area: a click reaches the map (which opens the card there); Enter/Space on the focused area asks for the card
 * at a point inside it. Focusable and named `label()`.
 */
export function bindArea(layer, label) {
  makeFocusable(layer, label, (element) => layer._map?.fire(OPEN_CARD, { latlng: pointOf(layer), source: element }));
}
