// Popup content for every layer, built as DOM with textContent only: feature text is never parsed as HTML.
import { h } from './dom.js';
import { dollars, integer, percent, titleCase } from './format.js';
import { category, holcCategory } from './categories.js';
import { t } from './i18n.js';

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

// The 1935 form's own headings, in the form's order (their labels: popup.holc.field.<name>).
export const HOLC_TEXT_FIELDS = [
  'favorable_influences', 'detrimental_influences', 'inhabitants_occupation', 'trend_of_desirability', 'clarifying_remarks',
];

/** A 1935 HOLC area: grade, category, area, then the surveyors' description as a quoted historical document. */
export function holcPopup(p) {
  const quoted = HOLC_TEXT_FIELDS.filter((name) => present(p[name]));
  const year = present(p.map_year) ? String(p.map_year) : '1935';
  const city = present(p.city) ? String(p.city) : 'Charlotte';
  return popup(
    'holc',
    h('h2', { text: t('popup.holc.title', { id: p.holc_id ?? '' }).trim() }),
    facts([
      [t('popup.holc.grade'), p.grade],
      [t('popup.holc.category'), present(p.category) ? holcCategory(p.grade, p.category) : null],
      [t('popup.holc.area'), p.holc_id],
    ]),
    quoted.length === 0
      ? h('p', { className: 'om-note', text: t('popup.holc.none') })
      : [
          h('p', { className: 'om-content-note', attrs: { role: 'note' } },
            h('strong', { text: t('popup.holc.noteLabel') }),
            t('popup.holc.note', { year })),
          h('figure', { className: 'om-document' },
            h('blockquote', { attrs: { cite: 'https://dsl.richmond.edu/panorama/redlining/' } },
              h('dl', {}, quoted.map((name) => [h('dt', { text: t(`popup.holc.field.${name}`) }), h('dd', { text: p[name] })]))),
            h('figcaption', {},
              '— ', h('cite', { text: t('popup.holc.cite', { id: p.holc_id ?? '', city, year }) }),
              t('popup.holc.transcribed'))),
        ],
  );
}

/** A ZIP area's upward-mobility score, its rank among the county's ZIPs, and the county value for context. */
export function zipPopup(p) {
  const rank = present(p.rank) ? t('popup.zip.rankValue', { rank: p.rank, count: p.zip_count ?? '?' }) : null;
  return popup(
    'zip',
    h('h2', { text: t('popup.zip.title', { zip: p.zipcode ?? '' }).trim() }),
    present(p.post_office_city) ? h('p', { className: 'om-subtitle', text: titleCase(p.post_office_city) }) : null,
    facts([
      [t('popup.income'), dollars(p.household_income_p25), t('popup.income.note')],
      [t('popup.zip.rank'), rank, t('popup.zip.rankNote')],
      [t('popup.top20'), present(p.top20_share_p25) ? percent(p.top20_share_p25) : null],
      [t('popup.zip.tracts'), p.tracts_blended],
      [t('popup.zip.county'), present(p.county_household_income_p25) ? dollars(p.county_household_income_p25) : null, t('popup.zip.countyNote')],
    ]),
  );
}

/** A 2010 census tract's Opportunity Atlas outcomes; suppressed values say so. */
export function tractPopup(p) {
  return popup(
    'tract',
    h('h2', { text: present(p.name) ? String(p.name) : t('popup.tract.title', { geoid: p.geoid ?? '' }) }),
    h('p', { className: 'om-subtitle', text: t('popup.tract.subtitle', { geoid: p.geoid ?? '' }) }),
    facts([
      [t('popup.income'), p.suppressed ? t('popup.tract.suppressed') : dollars(p.household_income_p25), t('popup.income.note')],
      [t('popup.top20'), present(p.top20_share_p25) ? percent(p.top20_share_p25) : null],
      [t('popup.tract.children'), present(p.kid_pooled_n) ? integer(p.kid_pooled_n) : null],
    ]),
  );
}

/** A school, library, park, …: name, category, type and address. */
export function resourcePopup(p) {
  return popup(
    'resource',
    h('h2', { text: present(p.name) ? String(p.name) : t('feature.unnamed') }),
    facts([
      [t('popup.resource.category'), category(p.category).singular],
      [t('popup.resource.type'), p.type],
      [t('popup.resource.address'), p.address],
    ]),
  );
}
