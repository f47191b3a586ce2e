// Popup content for each layer, built as DOM from feature properties (never as HTML strings).
import { el, facts } from './dom.js';
import { formatDollars, formatShare } from './format.js';

const HOLC_TEXT = [
  ['clarifying_remarks', 'Clarifying remarks'],
  ['favorable_influences', 'Favorable influences'],
  ['detrimental_influences', 'Detrimental influences'],
  ['inhabitants_occupation', 'Inhabitants'],
  ['trend_of_desirability', 'Trend of desirability'],
];

export function holcPopup(feature) {
  const p = feature.properties;
  const quote = el('blockquote', { class: 'historical', cite: 'https://dsl.richmond.edu/panorama/redlining/' });
  for (const [key, label] of HOLC_TEXT) {
    if (p[key]) quote.append(el('p', {}, el('strong', {}, `${label}: `), p[key]));
  }
  return el('article', { class: 'popup popup-holc' },
    el('h2', {}, `${p.holc_id}: grade ${p.grade}`, el('span', { class: 'category' }, ` (${p.category})`)),
    el('p', { class: 'content-note', role: 'note' },
      'Content note: this is the 1935 surveyors\' own description, quoted as a historical record. It contains racist language.'),
    quote,
    el('p', { class: 'citation' }, `Home Owners' Loan Corporation, ${p.city ?? 'Charlotte'}, ${p.map_year ?? 1935}. Via Mapping Inequality.`));
}

export function zipPopup(feature) {
  const p = feature.properties;
  return el('article', { class: 'popup popup-zip' },
    el('h2', {}, `ZIP ${p.zipcode}`, el('span', { class: 'category' }, p.post_office_city ? ` ${p.post_office_city}` : '')),
    el('p', {}, 'Children who grew up here in low-income families (parents at the 25th percentile) earn as adults, at about 35:'),
    el('p', { class: 'headline' }, formatDollars(p.household_income_p25), ' household income'),
    facts([
      ['Rank in the county', p.rank != null ? `${p.rank} of ${p.zip_count}` : 'not ranked'],
      ['County as a whole', formatDollars(p.county_household_income_p25)],
      ['Reached the top 20%', formatShare(p.top20_share_p25)],
      ['Census tracts blended', p.tracts_blended],
    ]),
    el('p', { class: 'citation' }, 'Opportunity Atlas (Chetty et al. 2018), blended from census tracts.'));
}

export function resourcePopup(feature, categoryLabel) {
  const p = feature.properties;
  return el('article', { class: 'popup popup-resource' },
    el('h2', {}, p.name ?? 'Unnamed'),
    facts([
      ['Kind', categoryLabel(p.category)],
      ['Type', p.type],
      ['Address', p.address],
    ]));
}
