// The titles and the HTML a journalist pastes: the iframe, and its responsive pym.js twin. The server's oEmbed
// answer builds the same iframe (Sharing/EmbedHtml.cs).
import { escapeHtml } from '../dom.js';
import { t } from '../i18n.js';

export const IFRAME_HEIGHT = 500;

// The pym.js parent script as NPR publishes it: the host page loads it, never this site.
export const PYM_SCRIPT = 'https://pym.nprapps.org/pym.v1.min.js';

/** "Charlotte-Mecklenburg: 1935 redlining map, upward mobility by ZIP code and neighborhood resources". */
export function defaultTitle(layers) {
  const names = layers.map((id) => t(`share.layer.${id}`)).filter((name) => !name.startsWith('share.layer.'));
  if (names.length === 0) {
    return t('share.defaultTitle.none');
  }

  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} ${t('share.defaultTitle.and')} ${names.at(-1)}`;
  return `${t('share.defaultTitle.place')}: ${list.charAt(0).toUpperCase()}${list.slice(1)}`;
}

/** A fixed-height iframe, full width, lazy, with the title screen readers announce. */
export const iframeCode = (src, title, height = IFRAME_HEIGHT) =>
  `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${height}" ` +
  'style="border:0" loading="lazy" allowfullscreen></iframe>';

/** pym.js's auto-initialised container: the iframe follows the embed's height. */
export const pymCode = (src, title) =>
  `<div data-pym-src="${escapeHtml(src)}" data-pym-title="${escapeHtml(title)}" data-pym-allowfullscreen="true"></div>\n` +
  `<script src="${PYM_SCRIPT}"></script>`;
