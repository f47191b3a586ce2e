// Popup content of the resources (areas open the then & now card instead), built as DOM with textContent only:
// feature text is never parsed as HTML.
import { h } from './dom.js';
import { category } from './categories.js';
import { t } from './i18n.js';

export const present = (value) => value !== null && value !== undefined && value !== '';

/** A definition list of [term, value, note?] rows; rows without a value are left out (the card uses it too). */
export function facts(rows) {
  const list = h('dl', { className: 'om-facts' });
  for (const [term, value, note] of rows) {
    if (!present(value)) {
      continue;
    }

    list.append(h('dt', { text: term }), h('dd', {}, String(value), note ? h('span', { className: 'om-note', text: ` ${note}` }) : null));
  }

  return list;
}

const popup = (kind, ...children) => h('article', { className: `om-popup om-popup-${kind}` }, ...children);

/** A school, library, park, …: name, category, type and address. */
export function resourcePopup(p) {
  return popup(
    'resource',
    h('h2', { text: present(p.name) ? String(p.name) : t('feature.unnamed') }),
    facts([
      [t('popup.resource.category'), category(p.category).singular],
      [t('popup.resource.type'), p.type],
      [t('popup.resource.address'), p.address],
    ]),
  );
}
