// Areas told apart without colour: each HOLC grade's 1935 colour under its own hatch (A plain, B sparse diagonal,
// C horizontal, D cross-hatched), and the choropleths' "no data" hatch in the palette's no-data colour, as SVG
// patterns in the page's shared <defs>; css gives each path its pattern.
const SVG = 'http://www.w3.org/2000/svg';
const SIZE = 8;

// Lines of each grade's hatch, in an 8 x 8 tile.
const HATCHES = {
  a: [],
  b: [[0, SIZE, SIZE, 0]],
  c: [[0, SIZE / 2, SIZE, SIZE / 2]],
  d: [[0, SIZE, SIZE, 0], [0, 0, SIZE, SIZE]],
};

const svg = (name, attributes, ...children) => {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }

  element.append(...children);
  return element;
};

/** The pattern id of a grade ("om-holc-hatch-d"), or null for a grade without one. */
export const hatchId = (grade) => (String(grade).toLowerCase() in HATCHES ? `om-holc-hatch-${String(grade).toLowerCase()}` : null);

// Adds (or replaces) the pattern `id` in the page's shared defs.
function define(id, attributes, ...children) {
  let defs = document.querySelector('svg.om-defs defs');
  if (!defs) {
    defs = svg('defs', {});
    document.body.append(svg('svg', { class: 'om-defs', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' }, defs));
  }

  document.getElementById(id)?.remove();
  defs.append(svg('pattern', { id, width: SIZE, height: SIZE, patternUnits: 'userSpaceOnUse', ...attributes }, ...children));
}

/** Adds (or replaces) one pattern per grade, filled with that grade's `colour`, to the page's shared defs. */
export function addHatches(grades) {
  for (const { grade, colour } of grades) {
    const id = hatchId(grade);
    if (id) {
      const lines = HATCHES[String(grade).toLowerCase()].map(([x1, y1, x2, y2]) =>
        svg('line', { x1, y1, x2, y2, stroke: '#1a1a1a', 'stroke-width': 1.1, 'stroke-opacity': 0.55 }));
      define(id, {}, svg('rect', { width: SIZE, height: SIZE, fill: colour }), ...lines);
    }
  }
}

/** The "no data" hatch (`#om-nodata`, css/map.css fills such paths with it): `colour` (the palette's) with grey stripes. */
export function addNoDataHatch(colour) {
  define('om-nodata', { patternTransform: 'rotate(45)' },
    svg('rect', { width: SIZE, height: SIZE, fill: colour }), svg('line', { x1: 0, y1: 0, x2: 0, y2: SIZE, stroke: '#8c8c8c', 'stroke-width': 3 }));
}

/** A legend swatch drawn with the grade's pattern (a tiny inline SVG, hidden from screen readers). */
export function hatchSwatch(grade, colour) {
  const id = hatchId(grade);
  return svg('svg', { class: 'om-swatch om-swatch-hatch', width: 18, height: 13, 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { width: 18, height: 13, fill: id ? `url(#${id})` : colour }));
}
