// The 1935 HOLC areas in the map's own colours, with their area labels ("D8") on the map.
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { cssToken, holcCategory } from '../categories.js';
import { t } from '../i18n.js';
import { DEFAULTS } from '../viewState.js';
import { bindArea } from './bind.js';

// The `fill` property is data: only a hex colour is used as one, else the palette's colour of an unknown grade.
const colourOf = (fill, unknown) => (typeof fill === 'string' && /^#[0-9a-f]{3,8}$/i.test(fill) ? fill : unknown);

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
      fillOpacity: DEFAULTS.opacity,
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
