// Every layer the map page (main.js) and the embed (embed.js) draw, in one place: its id (its collection's, and the
// view's name for it in the URL), its order (layer control, legend, table, sources and status line), its pane (their
// stacking is mapView.js's), whether its geometry follows the zoom band, how it is built from its features in the
// deployment's look (look.js), its legend, its table rows, its count for the status line and the names screen
// readers hear. The pages add their own chrome around what `build` returns (load.js loads and builds):
//
//   { overlays: [{ layer, name(), swatchClass?, count?, category?, table: { key, title(), row(feature) } }],
//     legend: { key, title(), content() }, count() }
import { L } from '../leaflet.js';
import { t } from '../i18n.js';
import { dollars, integer, ratio, titleCase } from '../format.js';
import { h } from '../dom.js';
import { GROUPS, childrenChoice } from '../controls/children.js';
import { cssToken } from '../categories.js';
import { choroplethLegend, legendItem, legendList } from '../controls/legend.js';
import { opacitySlider } from '../controls/opacity.js';
import { holcRow, incomeRow, resourceRow } from '../tableRows.js';
import { addHatches, addNoDataHatch, hatchSwatch } from '../hatch.js';
import { choroplethLayer } from './choropleth.js';
import { redliningLayer } from './redlining.js';
import { resourceLayers } from './resources.js';

/**
 * The 1935 HOLC areas: one overlay whose content is Charlotte's areas or, with `showCity`, another city's.
 * Options: `opacity` to start with; `hatched` draws each grade's hatch (css/resident.css) and its legend swatch;
 * `onOpacity(value)` adds the legend's opacity slider and hears it.
 */
function buildRedlining(features, { map, look, pane, opacity, hatched = false, onOpacity = null }) {
  const areas = (list) => redliningLayer(list, { palette: look.palette, pane });
  const charlotte = areas(features);
  const group = L.featureGroup([charlotte.layer]);
  const charlotteCount = () => t('status.count.holc', { count: features.length });
  let current = charlotte;
  let count = charlotteCount;
  charlotte.setOpacity(opacity);
  map.on('zoomend', () => current.refreshLabels());
  if (hatched) {
    addHatches(charlotte.grades);
  }

  const swatch = (g) => (hatched ? { swatchElement: hatchSwatch(g.grade, g.colour) } : { colour: g.colour });
  const setOpacity = (value) => {
    opacity = value;
    current.setOpacity(value);
    onOpacity?.(value);
  };
  return {
    overlays: [{ layer: group, name: () => t('layer.redlining'), table: { key: 'holc', title: () => t('layer.redlining'), row: holcRow } }],
    legend: {
      key: 'holc',
      title: () => t('legend.holc.title'),
      content: () => [
        legendList(...charlotte.grades.map((g) => legendItem(t('legend.holc.item', { grade: g.grade, category: g.category() }), swatch(g)))),
        onOpacity && opacitySlider(t('legend.holc.opacity'), opacity, setOpacity),
      ],
    },
    count: () => count(),
    bounds: () => charlotte.layer.getBounds(),
    /**
     * Shows another city's areas (load.js's cityAreas; null: Charlotte's again), `text()` then being the count.
     * The national file has no map colours: Charlotte's legend gives them, the category following the grade.
     */
    showCity(cityFeatures, text = charlotteCount) {
      const colours = new Map(charlotte.grades.map((g) => [g.grade, g.colour]));
      current = cityFeatures
        ? areas(cityFeatures.map((f) => ({ ...f, properties: { ...f.properties, fill: colours.get(f.properties?.grade) } })))
        : charlotte;
      group.clearLayers();
      group.addLayer(current.layer);
      current.setOpacity(opacity);
      count = cityFeatures ? text : charlotteCount;
    },
  };
}

// The county's own value of `property`, as the layer's features carry it (county_<property>), else null.
const countyValue = (features, property) =>
  features.map((f) => f.properties?.[`county_${property}`]).find(Number.isFinite) ?? null;

// A layer coloured by the classes /map-config gives for its collection; `place(properties)` names a feature;
// `format` writes its values (dollars by default), `note` is the legend's note.
const choropleth = ({ id, order, kind, pane, name, label, place, format = dollars, note = 'legend.income.note' }) => ({
  id, order, pane, what: `status.what.${kind}`, name, simplified: true,
  build(features, { look }) {
    const spec = look.choropleth(id);
    if (!spec) {
      throw new Error(`The map settings give no classes for ${id}.`);
    }

    const { property, classes } = spec;
    addNoDataHatch(look.palette.noData);
    const layer = choroplethLayer({ features, property, classes, kind, pane, label: (p) => label(p, format(p[property])), minimum: spec.minimumChildren });
    // All children's household income, or a group's income rank (the children choice, when /map-config has its classes).
    const groups = GROUPS.filter((g) => g === 'all' || look.choropleth(id, g));
    let group = 'all';
    const key = () => (group === 'all'
      ? choroplethLegend(classes, t(note), { county: countyValue(features, property), format })
      : choroplethLegend(look.choropleth(id, group).classes, t('legend.rank.note', { group: t(`legend.group.${group}`) }),
        { format: integer }));
    const choose = (next, part) => {
      group = next;
      const chosen = next === 'all' ? { property, classes, children: null } : look.choropleth(id, next);
      layer.setMeasure({ property: chosen.property, classes: chosen.classes, children: chosen.children ?? null });
      part.replaceChildren(...key());
    };
    return {
      overlays: [{ layer, name, table: { key: kind, title: name, row: incomeRow(property, classes, place, format) } }],
      legend: {
        key: kind,
        title: () => t(`legend.${kind}.title`),
        content: () => {
          const part = h('div', { className: 'om-legend-measure' }, ...key());
          return [groups.length > 1 ? childrenChoice(groups, group, (next) => choose(next, part)) : null, part];
        },
      },
      count: () => t(`status.count.${kind}`, { count: features.length }),
    };
  },
});

/** Resources, one overlay per category; option `categories` (null: all) keeps only those. */
function buildResources(features, { pane, categories = null }) {
  const groups = resourceLayers(features, pane).filter((g) => categories === null || categories.includes(g.id));
  const swatchClass = (g) => `om-swatch-point om-resource-${cssToken(g.id)}`;
  return {
    overlays: groups.map((g, i) => ({
      layer: g.layer, name: g.label, swatchClass: swatchClass(g), count: g.count, category: g.id,
      table: { key: `resource-${g.id}`, title: () => t('legend.resources.title'), row: resourceRow(g.id, i) },
    })),
    legend: {
      key: 'resources',
      title: () => t('legend.resources.title'),
      content: () => [legendList(...groups.map((g) => legendItem(g.label(), { swatchClass: swatchClass(g) })))],
    },
    count: () => t('status.count.resources', { count: features.length }),
  };
}

/** The layers in their order. `lazy`: the map page reads its features only once it is first switched on. */
export const LAYERS = [
  {
    id: 'redlining-1935', order: 1, pane: 'om-holc', what: 'status.what.redlining', name: () => t('layer.redlining'),
    simplified: false, build: buildRedlining,
  },
  choropleth({
    id: 'zip-mobility', order: 2, kind: 'zip', pane: 'om-zip', name: () => t('layer.zip'),
    label: (p, income) => t('feature.zip', { zip: p.zipcode, city: titleCase(p.post_office_city), income }),
    place: (p) => t('card.zip.place', { zip: p.zipcode, city: titleCase(p.post_office_city) }),
  }),
  {
    ...choropleth({
      id: 'tract-mobility', order: 3, kind: 'tract', pane: 'om-tract', name: () => t('layer.tract'),
      label: (p, income) => t('feature.tract', { name: p.name, income: p.suppressed ? t('feature.suppressed') : income }),
      place: (p) => String(p.name ?? p.geoid ?? ''),
    }),
    lazy: true,
    loading: 'status.loadingTracts',
  },
  {
    ...choropleth({
      id: 'zip-social-capital', order: 4, kind: 'social', pane: 'om-zip', name: () => t('layer.social'),
      format: ratio, note: 'legend.social.note',
      label: (p, value) => t('feature.social', { zip: p.zipcode, city: titleCase(p.post_office_city), value }),
      place: (p) => t('card.zip.place', { zip: p.zipcode, city: titleCase(p.post_office_city) }),
    }),
    lazy: true,
    loading: 'status.loadingSocial',
  },
  {
    id: 'resources', order: 10, pane: 'om-resources', what: 'status.what.resources', name: () => t('legend.resources.title'),
    simplified: false, build: buildResources,
  },
];
