// The map layers: 1935 HOLC areas, the ZIP mobility choropleth, and resource points by category.
import { holcPopup, zipPopup, resourcePopup } from './popups.js';
import { quantileClasses, classOf } from './classify.js';
import { el } from './dom.js';

const L = window.L;

/** ColorBrewer PuBu, 5 classes: sequential, colour-blind safe, light = lower income. */
export const ZIP_PALETTE = ['#f1eef6', '#bdc9e1', '#74a9cf', '#2b8cbe', '#045a8d'];
export const NO_DATA = '#bdbdbd';

/** Okabe-Ito colours (distinguishable with colour-blindness), one per resource category. */
export const RESOURCE_CATEGORIES = [
  { id: 'school', label: 'Schools', one: 'School', color: '#E69F00', on: true },
  { id: 'library', label: 'Libraries', one: 'Library', color: '#56B4E9', on: true },
  { id: 'park', label: 'Parks', one: 'Park', color: '#009E73', on: true },
  { id: 'hospital', label: 'Hospitals', one: 'Hospital', color: '#D55E00', on: true },
  { id: 'college', label: 'Colleges', one: 'College', color: '#CC79A7', on: true },
  { id: 'fire_station', label: 'Fire stations', one: 'Fire station', color: '#F0E442', on: false },
  { id: 'police_station', label: 'Police stations', one: 'Police station', color: '#0072B2', on: false },
];

export function holcLayer(data, attribution) {
  const layer = L.geoJSON(data, {
    attribution,
    style: (feature) => ({
      className: `holc-area grade-${feature.properties.grade}`,
      color: '#333',
      weight: 1,
      fillColor: feature.properties.fill || '#999',
      fillOpacity: 0.6,
    }),
    onEachFeature: (feature, path) => {
      path.bindPopup(() => holcPopup(feature), { maxWidth: 360 });
      path.bindTooltip(el('span', {}, feature.properties.holc_id), {
        permanent: true, direction: 'center', className: 'holc-label', interactive: false,
      });
    },
  });
  return layer;
}

export function zipLayer(data, attribution) {
  const classes = quantileClasses(data.features.map((f) => f.properties.household_income_p25), ZIP_PALETTE.length);
  const layer = L.geoJSON(data, {
    attribution,
    style: (feature) => {
      const index = classOf(feature.properties.household_income_p25, classes);
      return {
        className: 'zip-area',
        color: '#555',
        weight: 1,
        fillColor: index < 0 ? NO_DATA : ZIP_PALETTE[index],
        fillOpacity: 0.7,
      };
    },
    onEachFeature: (feature, path) => path.bindPopup(() => zipPopup(feature), { maxWidth: 320 }),
  });
  return { layer, classes };
}

/** One layer per resource category, each with its own toggle in the layer control. */
export function resourceLayers(data, attribution) {
  const categoryLabel = (id) => RESOURCE_CATEGORIES.find((c) => c.id === id)?.one ?? id;
  return RESOURCE_CATEGORIES.map((category) => {
    const features = data.features.filter((f) => f.properties.category === category.id);
    const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
      attribution,
      pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
        className: `resource resource-${category.id}`,
        radius: 5,
        color: '#222',
        weight: 1,
        fillColor: category.color,
        fillOpacity: 0.9,
      }),
      onEachFeature: (feature, marker) => marker.bindPopup(() => resourcePopup(feature, categoryLabel)),
    });
    return { category, layer, count: features.length };
  });
}
