// "Cite this view": the view's title and permalink, every shown layer's sources with licence and vintage, and the
// access date in the page's language, as plain text to copy.
import { h } from '../dom.js';
import { getCollection } from '../api.js';
import { copyButton } from './copy.js';
import { openDialog, readOnlyField } from './dialog.js';
import { defaultTitle } from './embedCode.js';
import { getLang, getLocale, t } from '../i18n.js';

/** One line per distinct source of the collections `ids` (their /collections/{id} documents). */
export async function sourceLines(ids) {
  const collections = await Promise.all(ids.map((id) => getCollection(id, undefined, getLang()).catch(() => null)));
  const lines = new Set();
  for (const source of collections.flatMap((c) => (Array.isArray(c?.sources) ? c.sources : []))) {
    const parts = [source.attribution || source.name];
    if (source.vintage) {
      parts.push(`${t('cite.vintage')} ${source.vintage}`);
    }

    if (source.licence) {
      parts.push(`${t('cite.licence')}: ${source.licence}${source.licenceUrl ? ` (${source.licenceUrl})` : ''}`);
    }

    if (source.url) {
      parts.push(source.url);
    }

    lines.add(`- ${parts.filter(Boolean).join('. ')}.`);
  }

  return [...lines];
}

/** The whole citation of `state` at `url`, accessed on `date`. */
export async function citationText(state, url, date = new Date()) {
  const accessed = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'long' }).format(date);
  const title = state.title ?? defaultTitle(state.layers);
  const sources = await sourceLines(state.layers);
  return [
    `${title}. ${t('cite.mapView')}. ${url}. ${t('cite.accessed', { date: accessed })}.`,
    ...(sources.length > 0 ? [`${t('cite.sources')}:`, ...sources] : []),
  ].join('\n');
}

/** Opens the dialog for the view `view` (permalink.js) now shows. */
export function openCiteDialog(view, opener) {
  const { field, label } = readOnlyField(t('cite.text'), t('cite.loading'), 8);
  const dialog = openDialog('om-cite-dialog', t('cite.title'), h('div', { className: 'om-dialog-body' },
    h('div', { className: 'om-dialog-row' }, label, field, h('div', { className: 'om-copy-row' }, ...copyButton(field)))), opener);
  field.setAttribute('aria-busy', 'true');
  citationText(view.current(), view.url()).then((text) => {
    field.value = text;
    field.removeAttribute('aria-busy');
  });
  return dialog;
}
