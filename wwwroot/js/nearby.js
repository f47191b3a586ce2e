// The nearest resource of each category to the card's place, drawn on the map while the card is open: at the
// county's zoom the resources are clusters, and the card's "nearest" list should point somewhere (issue 16).
import { L } from './leaflet.js';
import { cssToken } from './categories.js';

const PANE = 'om-nearby';

/** `{ show(nearest), clear() }`: `nearest` is the card's list (`{ category, lon, lat }`). */
export function createNearby(map) {
  if (!map.getPane(PANE)) {
    const pane = map.createPane(PANE);
    pane.style.zIndex = '445'; // above the resources and their clusters, under the focus ring
    pane.style.pointerEvents = 'none';
  }

  const group = L.featureGroup().addTo(map);
  return {
    show(nearest) {
      group.clearLayers();
      for (const n of Array.isArray(nearest) ? nearest : []) {
        if (Number.isFinite(n?.lat) && Number.isFinite(n?.lon)) {
          // The category's colour (look.js sets it on the page), but not its class: these are no layer's markers.
          const colour = getComputedStyle(document.documentElement).getPropertyValue(`--om-resource-${cssToken(n.category)}`).trim();
          group.addLayer(L.circleMarker([n.lat, n.lon], {
            pane: PANE, interactive: false, radius: 8, fillOpacity: 1, fillColor: colour || '#666666',
            className: 'om-nearby',
          }));
        }
      }
    },
    clear: () => group.clearLayers(),
  };
}
