// A polygon layer coloured by five quantile classes of one numeric property (ZIP and tract mobility). The colours
// are css classes (.om-class-0 … .om-class-4, .om-nodata) so the legend uses the very same palette.
import { L } from '../leaflet.js';
import { quantileClasses, classIndex } from '../classify.js';
import { bindArea } from './bind.js';

export const CLASS_COUNT = 5;

/**
 * `{ layer, classes }` for `features` classified on `property`. `kind` names the css class of every path
 * (om-<kind>), `label(properties)` names the feature for screen readers (Enter opens its card).
 */
export function choroplethLayer({ features, property, kind, pane, label }) {
  const classes = quantileClasses(features.map((f) => f.properties?.[property]), CLASS_COUNT);
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane,
    style: (feature) => {
      const index = classIndex(feature.properties?.[property], classes);
      return {
        className: `om-choropleth om-${kind} ${index === -1 ? 'om-nodata' : `om-class-${index}`}`,
        color: '#ffffff',
        weight: 1,
        fillOpacity: 0.75,
      };
    },
    onEachFeature: (feature, polygon) => bindArea(polygon, () => label(feature.properties ?? {})),
  });
  return { layer, classes };
}
