// The resource categories, in the order the layer control and legend list them (/map-config's palette order, set
// by look.js). Their marker
// colours come from /map-config (look.js) as css custom properties, which css/map.css gives .om-resource-<category>,
// so the map and the legend share one palette; their names are in i18n/*.json.
import { has, t } from './i18n.js';

const humanise = (id) => String(id).replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

const name = (id, form) => (has(`category.${id}.${form}`) ? t(`category.${id}.${form}`) : humanise(id));

/** The category's labels in the page's language; a category this page does not know yet is named after its id. */
export function category(id) {
  return { id, singular: name(id, 'one'), plural: name(id, 'other') };
}

let KNOWN = [];

/** The deployment's categories in their order (look.js, from /map-config's palette). */
export const setCategoryOrder = (ids) => {
  KNOWN = [...ids];
};

/** Known categories first, in their order, then any others alphabetically. */
export function sortCategories(ids) {
  const rank = (id) => {
    const index = KNOWN.indexOf(id);
    return index === -1 ? KNOWN.length : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
}

/** A css class suffix from a category id: only [a-z0-9_-], so data never injects other classes. */
export const cssToken = (id) => String(id).toLowerCase().replace(/[^a-z0-9_-]/g, '-');

/** The 1935 category of a grade in the page's language; the data's own (English) category when the grade is unknown. */
export const holcCategory = (grade, fallback) => (has(`holc.category.${grade}`) ? t(`holc.category.${grade}`) : fallback ?? '');
