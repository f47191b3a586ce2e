// The resource categories, in the order the layer control and legend list them. Their marker colours live in
// css/map.css (.om-resource-<category>), so the map and the legend share one palette.

const KNOWN = [
  { id: 'school', singular: 'School', plural: 'Schools' },
  { id: 'college', singular: 'College or university', plural: 'Colleges and universities' },
  { id: 'library', singular: 'Library', plural: 'Libraries' },
  { id: 'park', singular: 'Park', plural: 'Parks' },
  { id: 'hospital', singular: 'Hospital', plural: 'Hospitals' },
  { id: 'fire_station', singular: 'Fire station', plural: 'Fire stations' },
  { id: 'police_station', singular: 'Police station', plural: 'Police stations' },
];

const humanise = (id) => String(id).replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

/** The category's labels; a category this page does not know yet is still shown, named after its id. */
export function category(id) {
  return KNOWN.find((c) => c.id === id) ?? { id, singular: humanise(id), plural: humanise(id) };
}

/** Known categories first, in their order, then any others alphabetically. */
export function sortCategories(ids) {
  const rank = (id) => {
    const index = KNOWN.findIndex((c) => c.id === id);
    return index === -1 ? KNOWN.length : index;
  };
  return [...ids].sort((a, b) => rank(a) - rank(b) || String(a).localeCompare(String(b)));
}

/** A css class suffix from a category id: only [a-z0-9_-], so data never injects other classes. */
export const cssToken = (id) => String(id).toLowerCase().replace(/[^a-z0-9_-]/g, '-');
