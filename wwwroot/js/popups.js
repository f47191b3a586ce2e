// Popup content for every layer, built as DOM with textContent only: feature text is never parsed as HTML.
import { h } from './dom.js';
import { dollars, integer, percent, titleCase } from './format.js';
import { category } from './categories.js';

const present = (value) => value !== null && value !== undefined && value !== '';

// A definition list of [term, value, note?] rows; rows without a value are left out.
function facts(rows) {
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

// The 1935 form's own headings, in the form's order.
const HOLC_TEXT_FIELDS = [
  ['favorable_influences', 'Favorable influences'],
  ['detrimental_influences', 'Detrimental influences'],
  ['inhabitants_occupation', 'Inhabitants: occupation'],
  ['trend_of_desirability', 'Trend of desirability'],
  ['clarifying_remarks', 'Clarifying remarks'],
];

/** A 1935 HOLC area: grade, category, area, then the surveyors' description as a quoted historical document. */
export function holcPopup(p) {
  const quoted = HOLC_TEXT_FIELDS.filter(([name]) => present(p[name]));
  const year = present(p.map_year) ? String(p.map_year) : '1935';
  const city = present(p.city) ? String(p.city) : 'Charlotte';
  return popup(
    'holc',
    h('h2', { text: `HOLC area ${p.holc_id ?? ''}`.trim() }),
    facts([
      ['Grade', p.grade],
      ['Category', p.category],
      ['Area', p.holc_id],
    ]),
    quoted.length === 0
      ? h('p', { className: 'om-note', text: 'No area description survives for this area.' })
      : [
          h('p', { className: 'om-content-note', attrs: { role: 'note' } },
            h('strong', { text: 'Content note: ' }),
            `the ${year} text below contains racist language. It is shown unedited as a historical record of how the ` +
              'Home Owners\u2019 Loan Corporation judged this neighborhood.'),
          h('figure', { className: 'om-document' },
            h('blockquote', { attrs: { cite: 'https://dsl.richmond.edu/panorama/redlining/' } },
              h('dl', {}, quoted.map(([name, label]) => [h('dt', { text: label }), h('dd', { text: p[name] })]))),
            h('figcaption', {},
              '— ', h('cite', { text: `HOLC area description ${p.holc_id ?? ''}, ${city}, ${year}` }),
              ', as transcribed by Mapping Inequality (University of Richmond).')),
        ],
  );
}

/** A ZIP area's upward-mobility score, its rank among the county's ZIPs, and the county value for context. */
export function zipPopup(p) {
  const rank = present(p.rank) ? `${p.rank} of ${p.zip_count ?? '?'}` : null;
  return popup(
    'zip',
    h('h2', { text: `ZIP ${p.zipcode ?? ''}`.trim() }),
    present(p.post_office_city) ? h('p', { className: 'om-subtitle', text: titleCase(p.post_office_city) }) : null,
    facts([
      ['Household income at 35', dollars(p.household_income_p25), 'for children of low-income parents (25th percentile), in 2015 dollars'],
      ['Rank in the county', rank, '(1 = highest)'],
      ['Reached the top 20%', present(p.top20_share_p25) ? percent(p.top20_share_p25) : null],
      ['Census tracts blended', p.tracts_blended],
      ['Mecklenburg County', present(p.county_household_income_p25) ? dollars(p.county_household_income_p25) : null, 'household income at 35, county-wide'],
    ]),
  );
}

/** A 2010 census tract's Opportunity Atlas outcomes; suppressed values say so. */
export function tractPopup(p) {
  return popup(
    'tract',
    h('h2', { text: present(p.name) ? String(p.name) : `Tract ${p.geoid ?? ''}` }),
    h('p', { className: 'om-subtitle', text: `Census tract ${p.geoid ?? ''} (2010)` }),
    facts([
      ['Household income at 35', p.suppressed ? 'suppressed in the source' : dollars(p.household_income_p25), 'for children of low-income parents (25th percentile), in 2015 dollars'],
      ['Reached the top 20%', present(p.top20_share_p25) ? percent(p.top20_share_p25) : null],
      ['Children in the sample', present(p.kid_pooled_n) ? integer(p.kid_pooled_n) : null],
    ]),
  );
}

/** A school, library, park, …: name, category, type and address. */
export function resourcePopup(p) {
  return popup(
    'resource',
    h('h2', { text: present(p.name) ? String(p.name) : 'Unnamed' }),
    facts([
      ['Category', category(p.category).singular],
      ['Type', p.type],
      ['Address', p.address],
    ]),
  );
}
