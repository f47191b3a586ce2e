// The "then & now" card's content from GET /api/card (docs/api.md, "Card"). The server's labels and display strings
// are already in the page's language; every text goes in through textContent (h), so data is never markup.
import { h, safeHttpUrl } from './dom.js';
import { t } from './i18n.js';
import { percent, titleCase } from './format.js';
import { facts, present } from './popups.js';
import { socialCapitalSection } from './socialCapital.js';

const text = (value) => (present(value) ? String(value) : '');

// The 1935 form's fields as the card's JSON names them, and their translation keys (the form's order).
const DESCRIPTION_FIELDS = [
  ['favorableInfluences', 'favorable_influences'],
  ['detrimentalInfluences', 'detrimental_influences'],
  ['inhabitantsOccupation', 'inhabitants_occupation'],
  ['trendOfDesirability', 'trend_of_desirability'],
  ['clarifyingRemarks', 'clarifying_remarks'],
];

const section = (kind, title, ...children) =>
  h('section', { className: `om-card-section om-card-${kind}` }, h('h3', { text: title }), ...children);

function holcSection(holc, labels) {
  if (!holc) {
    return section('holc', text(labels.holcTitle), h('p', { text: text(labels.noHolc) }));
  }

  const grade = text(holc.grade);
  const quoted = DESCRIPTION_FIELDS.filter(([name]) => present(holc.description?.[name]));
  const year = text(holc.mapYear) || '1935';
  return section('holc', text(labels.holcTitle),
    h('p', { className: 'om-card-grade' },
      h('span', { className: `om-grade-badge om-grade-${grade.toLowerCase().replace(/[^a-d]/g, '')}`, attrs: { 'aria-hidden': 'true' }, text: grade }),
      h('span', { className: 'om-card-grade-text', text: t('card.holc.grade', { grade, category: text(holc.categoryLabel) || text(holc.category) }) })),
    h('p', { className: 'om-note', text: t('card.holc.area', { id: text(holc.id), city: text(holc.city), year }) }),
    h('p', { text: t('card.holc.explain') }),
    quoted.length === 0
      ? h('p', { className: 'om-note', text: t('popup.holc.none') })
      : h('details', { className: 'om-card-document' },
          h('summary', { text: t('card.holc.read') }),
          h('p', { className: 'om-content-note', attrs: { role: 'note' } },
            h('strong', { text: t('popup.holc.noteLabel') }), text(holc.contentNote) || t('popup.holc.note', { year })),
          h('figure', { className: 'om-document' },
            h('blockquote', { attrs: { lang: 'en', cite: 'https://dsl.richmond.edu/panorama/redlining/' } },
              h('dl', {}, quoted.map(([name, key]) => [
                h('dt', { text: t(`popup.holc.field.${key}`) }), h('dd', { text: text(holc.description[name]) })]))),
            h('figcaption', {},
              '— ', h('cite', { text: t('popup.holc.cite', { id: text(holc.id), city: text(holc.city), year }) }),
              t('popup.holc.transcribed')))));
}

function zipSection(zip, tract, labels) {
  if (!zip) {
    return null;
  }

  const context = (figures) => (figures ? text(figures.householdIncomeDisplay) : null);
  return section('zip', text(labels.zipTitle),
    h('p', { className: 'om-card-place', text: t('card.zip.place', { zip: text(zip.zipcode), city: titleCase(text(zip.postOfficeCity)) }) }),
    facts([
      [text(labels.householdIncome), text(zip.householdIncomeDisplay) || t('format.noData'), t('card.zip.incomeNote')],
      [text(labels.rank), text(zip.rankDisplay), t('popup.zip.rankNote')],
      [t('popup.top20'), present(zip.top20ShareP25) ? percent(zip.top20ShareP25) : null],
      [text(labels.countyValue), context(zip.county)],
      [text(labels.nationalValue), context(zip.national)],
      [t('popup.zip.tracts'), text(zip.tractsBlended)],
      [text(labels.tractTitle), tract ? t('card.tract.value', {
        name: text(tract.name) || text(tract.geoid),
        income: tract.suppressed ? t('popup.tract.suppressed') : text(tract.householdIncomeDisplay) || t('format.noData'),
      }) : null],
    ]));
}

function nearestSection(nearest, labels) {
  if (!Array.isArray(nearest) || nearest.length === 0) {
    return null;
  }

  return section('nearest', text(labels.nearestTitle),
    h('ul', { className: 'om-card-nearest-list' }, nearest.map((r) => h('li', {},
      h('span', { className: 'om-card-nearest-category', text: `${text(r.categoryLabel) || text(r.category)}: ` }),
      h('span', { text: text(r.name) || t('feature.unnamed') }),
      h('span', { className: 'om-card-distance', text: ` — ${text(r.distanceDisplay)}` })))));
}

const link = (href, label) => {
  const url = safeHttpUrl(href);
  return url ? h('a', { attrs: { href: url, rel: 'noopener' }, text: label }) : label;
};

function sourcesSection(sources, labels) {
  if (!Array.isArray(sources) || sources.length === 0) {
    return null;
  }

  return section('sources', text(labels.sourcesTitle),
    h('ul', { className: 'om-card-sources-list' }, sources.map((s) => h('li', {},
      link(s.url, text(s.name) || text(s.attribution)),
      present(s.licence) ? [' (', link(s.licenceUrl, text(s.licence)), ')'] : null,
      present(s.vintage) ? h('span', { className: 'om-note', text: ` ${t('card.sources.vintage', { vintage: text(s.vintage) })}` }) : null))));
}

/** The card's sections for one /api/card answer. */
export function cardContent(card) {
  const labels = card?.labels ?? {};
  if (card?.inCounty === false && !card.holc) {
    return [h('p', { className: 'om-card-outside', text: text(labels.outsideCounty) })];
  }

  return [
    holcSection(card?.holc, labels),
    zipSection(card?.zip, card?.tract, labels),
    socialCapitalSection(card?.socialCapital, labels),
    nearestSection(card?.nearest, labels),
    sourcesSection(card?.sources, labels),
  ];
}
