// Polygon layers drawn with geometry simplified for the map's zoom (items?zoom=, see docs/api): fewer bytes and
// vertices zoomed out, the imported geometry from zoom 15 in. Neighbours keep their shared borders at every zoom.
// When the zoom crosses into another band the geometry is swapped in place on the same Leaflet paths, so keyboard
// focus, names for screen readers and an open popup are kept. Measured in docs/benchmarks.md ("Tiles and
// simplification"): simplified GeoJSON suits this SVG map better than vector tiles.
import { L } from '../leaflet.js';
import { getAllItems } from '../api.js';

// `bands` is the highest zoom of each band the server simplifies for, coarsest first (/map-config's zoomBands);
// above the last, the imported geometry.

/** The `zoom=` to ask for at map zoom `zoom`: its band's highest zoom, or null for the imported geometry. */
export const bandOf = (zoom, bands) => bands.find((top) => Math.round(zoom) <= top) ?? null;

/** Every feature of collection `id`, with geometry for the map's current zoom. */
export const getItemsForZoom = (map, id, bands, signal) => getAllItems(id, signal, { zoom: bandOf(map.getZoom(), bands) });

/**
 * Keeps `layer` (an L.GeoJSON of collection `id` built from getItemsForZoom) in step with the map's zoom band.
 * A failed request leaves the geometry shown: it is still right, only more or less detailed than it could be.
 */
export function followZoom(map, id, layer, bands) {
  const loaded = new Map(); // band → Map(feature id → geometry)
  let band = bandOf(map.getZoom(), bands);
  let pending = null;
  publish(map, id, band);
  map.on('zoomend', async () => {
    const wanted = bandOf(map.getZoom(), bands);
    if (wanted === band) {
      return;
    }

    band = wanted;
    pending?.abort();
    const controller = new AbortController();
    pending = controller;
    try {
      if (!loaded.has(wanted)) {
        const features = await getAllItems(id, controller.signal, { zoom: wanted });
        loaded.set(wanted, new Map(features.map((f) => [f.id, f.geometry])));
      }
    } catch (error) {
      if (error.name !== 'AbortError') {
        console.warn(`Simplified geometry of ${id} for zoom ${wanted} not loaded`, error);
      }

      return;
    }

    if (band === wanted) {
      reshape(layer, loaded.get(wanted));
      publish(map, id, wanted);
    }
  });
}

// The band shown is published on the map element as data-geometry-<collection> ("12", or "full"), for tests.
function publish(map, id, band) {
  map.getContainer().setAttribute(`data-geometry-${id}`, band === null ? 'full' : String(band));
}

function reshape(layer, geometries) {
  layer.eachLayer((path) => {
    const geometry = geometries.get(path.feature?.id);
    if (geometry && typeof path.setLatLngs === 'function') {
      path.setLatLngs(L.GeoJSON.coordsToLatLngs(geometry.coordinates, geometry.type === 'MultiPolygon' ? 2 : 1));
    }
  });
}
