// The Share dialog: this view's link, the embed code (iframe and pym.js) with a title the journalist may change,
// each copyable, and a preview of the embed.
import { h } from '../dom.js';
import { copyButton } from './copy.js';
import { openDialog, readOnlyField } from './dialog.js';
import { defaultTitle, iframeCode, pymCode } from './embedCode.js';
import { t } from '../i18n.js';
import { TITLE_MAX } from '../viewState.js';

const row = ({ label, field }) => h('div', { className: 'om-dialog-row' }, label, h('div', { className: 'om-copy-row' }, field, ...copyButton(field)));

/** Opens the dialog for the view `view` (permalink.js) now shows. */
export function openShareDialog(view, opener) {
  const state = view.current();
  const fallbackTitle = state.title ?? defaultTitle(state.layers);
  const link = readOnlyField(t('share.link'), view.url());
  const iframe = readOnlyField(t('share.iframe'), '', 3);
  const pym = readOnlyField(t('share.pym'), '', 3);
  const preview = h('a', { className: 'om-preview', attrs: { target: '_blank', rel: 'noopener' }, text: t('share.preview') });

  const titleId = 'om-share-embed-title';
  const title = h('input', { className: 'om-field', attrs: { id: titleId, type: 'text', maxlength: TITLE_MAX } });
  title.value = fallbackTitle;
  const update = () => {
    const text = title.value.trim() || fallbackTitle;
    // The title travels in the embed's URL only when it is not the default one.
    const src = view.url('embed', { title: text === fallbackTitle && !state.title ? null : text });
    iframe.field.value = iframeCode(src, text);
    pym.field.value = pymCode(src, text);
    preview.href = src;
  };
  title.addEventListener('input', update);
  update();

  return openDialog('om-share-dialog', t('share.title'), h('div', { className: 'om-dialog-body' },
    row(link),
    h('div', { className: 'om-dialog-row' }, h('label', { attrs: { for: titleId }, text: t('share.embedTitle') }), title),
    row(iframe),
    row(pym),
    h('p', {}, preview)), opener);
}
