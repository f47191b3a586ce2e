// What every feature of every layer gets: a popup built on demand and keyboard access.
import { makeFocusable } from '../a11y.js';

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
