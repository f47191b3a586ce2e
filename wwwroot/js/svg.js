// SVG elements for the pages' charts, built without markup strings (text as text content).
const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with `attrs` set and, if given, `text` as its text content. */
export function svg(tag, attrs = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    element.setAttribute(name, String(value));
  }

  if (text !== null) {
    element.textContent = text;
  }

  return element;
}
