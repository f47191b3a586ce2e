// A polygon layer coloured by the classes of one numeric property (ZIP and tract mobility), as /map-config gives
// them. The colours are css classes (.om-class-0 … .om-class-4, .om-nodata) reading the palette's custom properties,
// so the legend's swatches show the very same colours.
import { L } from '../leaflet.js';
import { classIndex } from '../classify.js';
import { bindArea } from './bind.js';

/**
 * The layer of `features` classified on `property` into `classes` (`[{ min, max }]`, lowest first). `kind` names
 * the css class of every path (om-<kind>), `label(properties)` names the feature for screen readers (Enter opens
 * its card).
 */
export function choroplethLayer({ features, property, classes, kind, pane, label }) {
  return L.geoJSON({ type: 'FeatureCollection', features }, {
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
}
