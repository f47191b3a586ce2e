// The header's Share and Cite buttons on the map page.
import { h } from '../dom.js';
import { openCiteDialog } from './citeDialog.js';
import { openShareDialog } from './shareDialog.js';
import { onLangChange, t } from '../i18n.js';

/** Adds the buttons to `header` (after its lede line, if any), for the view `view` (permalink.js) keeps. */
export function addShareButtons(header, view) {
  // The dialogs' styles are only this feature's: the page's stylesheet stays as it is.
  document.head.append(h('link', { attrs: { rel: 'stylesheet', href: 'css/share.css' } }));
  const share = h('button', { className: 'om-button om-share-button', attrs: { type: 'button', 'aria-haspopup': 'dialog' }, text: t('share.button') });
  const cite = h('button', { className: 'om-button om-cite-button', attrs: { type: 'button', 'aria-haspopup': 'dialog' }, text: t('cite.button') });
  // Relabelled on a language switch: they outlive it (issue 16: Share and Cite stayed English after EN → ES).
  onLangChange(() => {
    share.textContent = t('share.button');
    cite.textContent = t('cite.button');
  });
  share.addEventListener('click', () => openShareDialog(view, share));
  cite.addEventListener('click', () => openCiteDialog(view, cite));
  const actions = h('div', { className: 'om-share-actions' }, share, cite);
  const lede = header.querySelector('.om-lede');
  if (lede) {
    lede.after(actions);
  } else {
    header.append(actions);
  }
}
