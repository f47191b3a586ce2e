// Leaflet's own control texts (zoom buttons, the layer control's toggle) in the page's language.
import { onLangChange, t } from './i18n.js';

const TEXTS = [
  ['.leaflet-control-zoom-in', 'map.zoomIn'],
  ['.leaflet-control-zoom-out', 'map.zoomOut'],
  ['.leaflet-control-layers-toggle', 'map.layers'],
];

/** Names the map's Leaflet controls now and after every language switch. */
export function translateLeaflet(map) {
  const container = map.getContainer();
  const render = () => {
    for (const [selector, key] of TEXTS) {
      const element = container.querySelector(selector);
      element?.setAttribute('title', t(key));
      element?.setAttribute('aria-label', t(key));
    }
  };
  render();
  onLangChange(render);
}
