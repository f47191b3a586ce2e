// Where to open a polygon's card: a point inside it (a concave area's centre of bounds may lie outside it).
import { L } from './leaflet.js';

// Even-odd ray casting over every ring of a Leaflet polygon's latlngs (nested arrays for holes and multipolygons).
function inside(latlng, rings) {
  let result = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if ((a.lat > latlng.lat) !== (b.lat > latlng.lat)
        && latlng.lng < ((b.lng - a.lng) * (latlng.lat - a.lat)) / (b.lat - a.lat) + a.lng) {
        result = !result;
      }
    }
  }

  return result;
}

// Leaflet nests rings [[ring]] for polygons and [[[ring]]] for multipolygons: flatten to a list of rings.
function ringsOf(latlngs) {
  if (latlngs.length > 0 && latlngs[0] instanceof L.LatLng) {
    return [latlngs];
  }

  return latlngs.flatMap(ringsOf);
}

/** A point of `layer`: a marker's own position, else the centre of its bounds when inside, else a point found inside. */
export function pointOf(layer) {
  if (layer.getLatLng) {
    return layer.getLatLng();
  }

  const bounds = layer.getBounds();
  const centre = bounds.getCenter();
  const rings = ringsOf(layer.getLatLngs());
  if (inside(centre, rings)) {
    return centre;
  }

  // A grid search, finest last; the polygons here are a few hundred vertices, so this is instant.
  const sw = bounds.getSouthWest();
  const ne = bounds.getNorthEast();
  for (const steps of [4, 8, 16, 32]) {
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) {
        const candidate = L.latLng(sw.lat + ((ne.lat - sw.lat) * i) / steps, sw.lng + ((ne.lng - sw.lng) * j) / steps);
        if (inside(candidate, rings)) {
          return candidate;
        }
      }
    }
  }

  return centre;
}
