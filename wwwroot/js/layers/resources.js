// Neighborhood resources as circle markers, one layer per category so each can be switched on and off.
import { L } from '../leaflet.js';
import { resourcePopup } from '../popups.js';
import { category, cssToken, sortCategories } from '../categories.js';
import { t } from '../i18n.js';
import { bindFeature } from './bind.js';

/** `[{ id, label(), count, layer }]`, one per category present in `features`, in the categories' order, in `pane`. */
export function resourceLayers(features, pane) {
  const byCategory = Map.groupBy(features, (f) => f.properties?.category ?? 'other');
  return sortCategories(byCategory.keys()).map((id) => {
    const members = byCategory.get(id);
    const layer = L.geoJSON({ type: 'FeatureCollection', features: members }, {
      pointToLayer: (_, latlng) => L.circleMarker(latlng, {
        pane,
        className: `om-resource om-resource-${cssToken(id)}`,
        radius: 5,
        color: '#ffffff',
        weight: 1.5,
        fillOpacity: 1,
        // A click on a resource opens its popup only, not also the card of the point under it.
        bubblingMouseEvents: false,
      }),
      onEachFeature: (feature, marker) => {
        const name = feature.properties?.name;
        bindFeature(marker, feature, resourcePopup,
          () => t('feature.resource', { category: category(id).singular, name: name ?? t('feature.unnamed') }));
      },
    });
    return { id, label: () => category(id).plural, count: members.length, layer };
  });
}
