// Copy buttons: the clipboard API, or, where it is refused (no permission, an old browser), the text selected for
// the reader to copy by hand.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** A Copy button for `field` (an input or textarea) and the status line that says what happened. */
export function copyButton(field) {
  const status = h('span', { className: 'om-copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = h('button', { className: 'om-button', attrs: { type: 'button', 'aria-describedby': field.id }, text: t('share.copy') });
  button.addEventListener('click', async () => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = t('share.copied');
    } catch {
      field.focus();
      field.select();
      status.textContent = t('share.copyManually');
    }
  });
  return [button, status];
}
