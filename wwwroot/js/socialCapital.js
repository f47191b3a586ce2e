// The card's social-capital section (GET /api/card, `socialCapital`): the ZIP code's economic connectedness with its
// standard error, already worded in the page's language by the server, and what it measures.
import { h } from './dom.js';

/** The section, or null when the card has none (outside the layer). */
export function socialCapitalSection(social, labels) {
  if (!social) {
    return null;
  }

  return h('section', { className: 'om-card-section om-card-social' },
    h('h3', { text: labels.socialCapitalTitle ?? '' }),
    h('p', { className: 'om-card-social-value', text: social.display }),
    h('p', { className: 'om-note', text: social.explanation }));
}
