// HOLC grades told apart without colour: each grade's 1935 colour under its own hatch (A plain, B sparse diagonal,
// C horizontal, D cross-hatched), as SVG patterns in the page's shared <defs>; css gives each grade's path its pattern.
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

/** Adds (or replaces) one pattern per grade, filled with that grade's `colour`, to the page's shared defs. */
export function addHatches(grades) {
  let defs = document.querySelector('svg.om-defs defs');
  if (!defs) {
    defs = svg('defs', {});
    document.body.append(svg('svg', { class: 'om-defs', width: 0, height: 0, 'aria-hidden': 'true', focusable: 'false' }, defs));
  }

  for (const { grade, colour } of grades) {
    const id = hatchId(grade);
    if (!id) {
      continue;
    }

    document.getElementById(id)?.remove();
    const lines = HATCHES[String(grade).toLowerCase()].map(([x1, y1, x2, y2]) =>
      svg('line', { x1, y1, x2, y2, stroke: '#1a1a1a', 'stroke-width': 1.1, 'stroke-opacity': 0.55 }));
    defs.append(svg('pattern', { id, width: SIZE, height: SIZE, patternUnits: 'userSpaceOnUse' },
      svg('rect', { width: SIZE, height: SIZE, fill: colour }), ...lines));
  }
}

/** A legend swatch drawn with the grade's pattern (a tiny inline SVG, hidden from screen readers). */
export function hatchSwatch(grade, colour) {
  const id = hatchId(grade);
  return svg('svg', { class: 'om-swatch om-swatch-hatch', width: 18, height: 13, 'aria-hidden': 'true', focusable: 'false' },
    svg('rect', { width: 18, height: 13, fill: id ? `url(#${id})` : colour }));
}
