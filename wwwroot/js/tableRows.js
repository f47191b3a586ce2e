// What the table view says about each layer's features: name, value and the legend's class.
import { classIndex } from './classify.js';
import { category, holcCategory } from './categories.js';
import { classLabel } from './controls/legend.js';
import { dollars } from './format.js';
import { t } from './i18n.js';

/**
 * A choropleth feature: its `property` in dollars and the legend's class of it; `name(properties)` names it. A value
 * resting on too few children is listed but not classed, as the map draws it (the legend's "No data, or too few").
 */
export const incomeRow = (property, classes, name, format = dollars) => ({ properties: p = {} }) => {
  const index = p.too_few_children === true ? -1 : classIndex(p[property], classes);
  return {
    name: name(p),
    value: p[property] ?? null,
    valueText: format(p[property]),
    classText: index === -1 ? t('legend.noData') : classLabel(classes[index], format),
    classRank: index,
  };
};

/** A 1935 HOLC area: its grade, and the legend's "D — Hazardous". */
export const holcRow = ({ properties: p = {} }) => ({
  name: t('popup.holc.title', { id: p.holc_id }),
  value: p.grade,
  valueText: t('table.grade', { grade: p.grade }),
  classText: t('legend.holc.item', { grade: p.grade, category: holcCategory(p.grade, p.category) }),
  classRank: p.grade,
});

/** A resource of the category `id` (the `rank`th in the legend): its address (shown, not sorted), the legend's category. */
export const resourceRow = (id, rank) => ({ properties: p = {} }) => ({
  name: p.name ?? t('feature.unnamed'),
  value: null,
  valueText: p.address ?? '',
  classText: category(id).plural,
  classRank: rank,
});
