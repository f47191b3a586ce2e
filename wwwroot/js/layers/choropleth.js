// A polygon layer coloured by the classes of one numeric property (ZIP and tract mobility), as /map-config gives
// them. The colours are css classes (.om-class-0 … .om-class-4, .om-nodata) reading the palette's custom properties,
// so the legend's swatches show the very same colours.
import { L } from '../leaflet.js';
import { classIndex } from '../classify.js';
import { bindArea } from './bind.js';

/**
 * The layer of `features` classified on `property` into `classes` (`[{ min, max }]`, lowest first). `kind` names
 * the css class of every path (om-<kind>), `label(properties)` names the feature for screen readers (Enter opens
 * its card). A value with too few children behind it is drawn as no data: under `minimum` of the `children` property,
 * or, without one, where the feature says `too_few_children`. `setMeasure({ property, classes, children })` recolours
 * the layer for another measure (the children choice).
 */
export function choroplethLayer({ features, property, classes, kind, pane, label, children = null, minimum = 100 }) {
  const measure = { property, classes, children };
  const index = (p = {}) => {
    const tooFew = measure.children ? !(p[measure.children] >= minimum) : p.too_few_children === true;
    return tooFew ? -1 : classIndex(p[measure.property], measure.classes);
  };
  const colour = (i) => (i === -1 ? 'om-nodata' : `om-class-${i}`);
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane,
    style: (feature) => ({
      className: `om-choropleth om-${kind} ${colour(index(feature.properties))}`,
      color: '#ffffff',
      weight: 1,
      fillOpacity: 0.75,
    }),
    onEachFeature: (feature, polygon) => bindArea(polygon, () => label(feature.properties ?? {})),
  });
  layer.setMeasure = (next) => {
    Object.assign(measure, next);
    layer.eachLayer((polygon) => {
      const element = polygon.getElement?.();
      const now = colour(index(polygon.feature?.properties));
      polygon.options.className = `om-choropleth om-${kind} ${now}`;
      element?.classList.remove(...[...element.classList].filter((c) => c === 'om-nodata' || c.startsWith('om-class-')));
      element?.classList.add(now);
    });
  };
  return layer;
}
