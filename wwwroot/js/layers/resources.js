// Neighborhood resources as circle markers, one layer per category so each can be switched on and off, all drawn
// through one Leaflet.markercluster group: at the county's zoom hundreds of dots hid the 1935 map (issue 16), so
// nearby dots gather into one counted, named cluster until the map is close enough to tell them apart.
import { L } from '../leaflet.js';
import { resourcePopup } from '../popups.js';
import { category, cssToken, sortCategories } from '../categories.js';
import { getLang, onLangChange, t } from '../i18n.js';
import { bindFeature } from './bind.js';

// From this zoom on every resource is its own dot (a neighborhood fills the screen).
export const UNCLUSTERED_ZOOM = 15;

/**
 * A category's markers as one layer: on the map it hands them to the shared cluster group (which draws them, or their
 * clusters), off it takes them back. A feature group still, so the table view and the legend read its markers.
 */
const CategoryLayer = L.FeatureGroup.extend({
  initialize(markers, cluster) {
    L.FeatureGroup.prototype.initialize.call(this, markers);
    this._cluster = cluster;
  },

  onAdd(map) {
    this._cluster.addLayers(this.getLayers());
    if (!map.hasLayer(this._cluster)) {
      map.addLayer(this._cluster);
    }
  },

  onRemove(map) {
    this._cluster.removeLayers(this.getLayers());
    if (this._cluster.getLayers().length === 0) {
      map.removeLayer(this._cluster);
    }
  },
});

// "12 resources here: 8 parks, 3 schools, 1 library": what a cluster holds, for its button's name and tooltip.
function clusterLabel(cluster) {
  const byCategory = Map.groupBy(cluster.getAllChildMarkers(), (m) => m.feature?.properties?.category ?? 'other');
  const list = sortCategories(byCategory.keys()).map((id) => {
    const count = byCategory.get(id).length;
    const names = category(id);
    return `${count} ${(count === 1 ? names.singular : names.plural).toLocaleLowerCase(getLang())}`;
  });
  return t('cluster.label', { count: cluster.getChildCount(), list: list.join(t('status.listJoin')) });
}

// A cluster's icon: its count, named for screen readers (Leaflet makes a marker's icon a focusable button).
const ClusterIcon = L.DivIcon.extend({
  createIcon(old) {
    const div = L.DivIcon.prototype.createIcon.call(this, old);
    div.setAttribute('aria-label', this.options.label);
    div.title = this.options.label;
    return div;
  },
});

function clusterIcon(cluster) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 24 : count < 50 ? 30 : 36;
  return new ClusterIcon({
    html: `<span>${count}</span>`,
    className: 'om-cluster',
    iconSize: [size, size],
    label: clusterLabel(cluster),
  });
}

/** The group every category's markers are drawn through, its clusters in `pane`. */
function clusterGroup(pane) {
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const group = L.markerClusterGroup({
    clusterPane: pane,
    maxClusterRadius: 80,
    disableClusteringAtZoom: UNCLUSTERED_ZOOM,
    showCoverageOnHover: false,
    // Every marker stays drawn from the unclustered zoom on, in view or not, as before clustering (the table view,
    // keyboard order and tests see them all).
    removeOutsideVisibleBounds: false,
    spiderfyOnMaxZoom: false,
    animate: !reducedMotion,
    iconCreateFunction: clusterIcon,
  });
  onLangChange(() => group.refreshClusters());
  return group;
}

/** `[{ id, label(), count, layer }]`, one per category present in `features`, in the categories' order, in `pane`. */
export function resourceLayers(features, pane) {
  const cluster = clusterGroup(pane);
  const byCategory = Map.groupBy(features, (f) => f.properties?.category ?? 'other');
  return sortCategories(byCategory.keys()).map((id) => {
    const members = byCategory.get(id);
    const markers = L.geoJSON({ type: 'FeatureCollection', features: members }, {
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
    }).getLayers();
    return { id, label: () => category(id).plural, count: members.length, layer: new CategoryLayer(markers, cluster) };
  });
}
