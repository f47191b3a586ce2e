// A modal <dialog>: the rest of the page is inert while it is open (so Tab stays inside), Esc closes it, it is
// named by its heading, and the focus returns to the button that opened it.
import { h } from '../dom.js';
import { t } from '../i18n.js';

let nextId = 0;

/** Opens a modal dialog titled `title` holding `content`; returns the <dialog> element. */
export function openDialog(className, title, content, opener) {
  const headingId = `om-dialog-title-${++nextId}`;
  const close = h('button', { className: 'om-button om-dialog-close', attrs: { type: 'button' }, text: t('share.close') });
  const dialog = h('dialog', { className: `om-dialog ${className}`, attrs: { 'aria-labelledby': headingId } },
    h('div', { className: 'om-dialog-head' }, h('h2', { attrs: { id: headingId }, text: title }), close),
    content);
  close.addEventListener('click', () => dialog.close());
  dialog.addEventListener('keydown', (event) => trapTab(dialog, event));
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

const FOCUSABLE = 'button, input, textarea, a[href], select, [tabindex]:not([tabindex="-1"])';

// The page behind a modal dialog is inert; this keeps Tab from leaving for the browser's own controls too.
function trapTab(dialog, event) {
  if (event.key !== 'Tab') {
    return;
  }

  const focusable = [...dialog.querySelectorAll(FOCUSABLE)].filter((e) => !e.disabled && e.getClientRects().length > 0);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/** A labelled read-only text field (a textarea when `rows` > 1), with an id for its Copy button. */
export function readOnlyField(label, value, rows = 1) {
  const id = `om-field-${++nextId}`;
  const field = rows > 1
    ? h('textarea', { className: 'om-field', attrs: { id, rows, readonly: true, spellcheck: 'false' } })
    : h('input', { className: 'om-field', attrs: { id, type: 'text', readonly: true, spellcheck: 'false' } });
  field.value = value;
  field.addEventListener('focus', () => field.select());
  return { field, label: h('label', { attrs: { for: id }, text: label }) };
}
