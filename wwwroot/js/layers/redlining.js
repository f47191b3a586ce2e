// The 1935 HOLC areas in the map's own colours, with their area labels ("D8") on the map.
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { cssToken, holcCategory } from '../categories.js';
import { t } from '../i18n.js';
import { bindArea } from './bind.js';

// The `fill` property is data: only a hex colour is used as one, else the palette's colour of an unknown grade.
const colourOf = (fill, unknown) => (typeof fill === 'string' && /^#[0-9a-f]{3,8}$/i.test(fill) ? fill : unknown);

// A hex colour with 40% black mixed in: the light 1935 colours (yellow C) need it as lines on a light map.
function darken(hex) {
  const full = hex.length === 4 ? hex.replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3') : hex.slice(0, 7);
  const channels = [1, 3, 5].map((i) => Math.round(parseInt(full.slice(i, i + 2), 16) * 0.6));
  return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function label(p) {
  const grade = String(p.grade ?? '');
  const id = String(p.holc_id ?? grade);
  const number = id.startsWith(grade) ? id.slice(grade.length) : id;
  return h('span', {}, h('span', { className: 'om-holc-grade', text: grade }), h('span', { className: 'om-holc-number', text: number }));
}

/**
 * The HOLC layer in `pane`, its grades for the legend, a setter for the fill opacity, a label refresher.
 * `palette` is /map-config's: the outline, and the fill of an area without a colour of its own.
 */
export function redliningLayer(features, { palette, pane }) {
  const layer = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane,
    style: (feature) => ({
      className: `om-holc om-holc-grade-${cssToken(feature.properties?.grade ?? 'none')}`,
      color: palette.holcOutline,
      weight: 1,
      fillColor: colourOf(feature.properties?.fill, palette.unknown),
      // The fill's opacity is the view's: setOpacity sets it once built.
      fillOpacity: 0,
    }),
    onEachFeature: (feature, polygon) => {
      const p = feature.properties ?? {};
      bindArea(polygon,
        () => t('feature.holc', { id: p.holc_id, grade: p.grade, category: holcCategory(p.grade, p.category) }));
      polygon.bindTooltip(label(p), {
        permanent: true,
        direction: 'center',
        className: `om-holc-label om-holc-label-${cssToken(p.grade ?? 'none')}`,
      });
    },
  });

  // Each grade's own colour, darkened, as a broad band under the area's thin dark edge: the 1935 map reads over the
  // mobility colours under its light fill (issue 16). Not interactive: the area itself takes the clicks and focus.
  const edges = L.geoJSON({ type: 'FeatureCollection', features }, {
    pane,
    interactive: false,
    style: (feature) => ({
      className: 'om-holc-edge', color: darken(colourOf(feature.properties?.fill, palette.unknown)), weight: 4, fill: false,
    }),
  });
  layer.on('add', () => edges.addTo(layer._map));
  layer.on('remove', () => edges.remove());

  const grades = new Map();
  for (const { properties: p } of features) {
    if (p && !grades.has(p.grade)) {
      grades.set(p.grade, { grade: p.grade, category: () => holcCategory(p.grade, p.category), colour: colourOf(p.fill, palette.unknown) });
    }
  }

  return {
    layer,
    grades: [...grades.values()].sort((a, b) => String(a.grade).localeCompare(String(b.grade))),
    setOpacity: (opacity) => layer.setStyle({ fillOpacity: opacity }),
    // Labels change size with the zoom (css); Leaflet must centre them again once the map's classes changed.
    refreshLabels: () => layer.eachLayer((polygon) => polygon.getTooltip()?.update()),
  };
}
