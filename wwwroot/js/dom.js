// Building DOM without HTML strings: every text goes in as a text node, so data is never parsed as markup.

/**
 * Creates an element. `props` may hold className, attrs (set with setAttribute) and text; children are nodes or
 * strings (strings become text nodes); null/undefined/false children are skipped.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  if (props.className) {
    element.className = props.className;
  }

  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }

  if (props.text !== undefined && props.text !== null) {
    element.textContent = String(props.text);
  }

  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }

    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Escapes text for the few places Leaflet only takes HTML strings (attribution, layer-control names). */
export function escapeHtml(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** An http(s) URL from data, or null: anything else (javascript:, data:) never becomes a link. */
export function safeHttpUrl(value) {
  try {
    const url = new URL(String(value), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
