// Building DOM from data. Feature text is only ever set as textContent, never parsed as HTML.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value != null) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child == null) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A definition list of label/value pairs, skipping empty values. */
export function facts(pairs) {
  const list = el('dl', { class: 'facts' });
  for (const [label, value] of pairs) {
    if (value == null || value === '') continue;
    list.append(el('dt', {}, label), el('dd', {}, value));
  }
  return list;
}
