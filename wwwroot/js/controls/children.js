// The map's choice of children for a mobility layer: all children (household income at 35, the default) or Black or
// white children (their individual income rank, on one set of classes so the two compare). docs/data.md, "Small numbers".
import { h } from '../dom.js';
import { t } from '../i18n.js';

export const GROUPS = ['all', 'black', 'white'];

let nextId = 0;

/** A labelled select of `groups` showing `current`; `onChange(group)` runs on every change. */
export function childrenChoice(groups, current, onChange) {
  const id = `om-children-${++nextId}`;
  const select = h('select', { attrs: { id } }, groups.map((g) => h('option', { attrs: { value: g }, text: t(`children.${g}`) })));
  select.value = current;
  select.addEventListener('change', () => onChange(select.value));
  return h('div', { className: 'om-children-choice' }, h('label', { attrs: { for: id }, text: t('children.label') }), select);
}
