// The "then & now" card's content from GET /api/card (docs/api.md, "Card"). The server's labels and display strings
// are already in the page's language; every text goes in through textContent (h), so data is never markup.
import { h, safeHttpUrl } from './dom.js';
import { has, t } from './i18n.js';
import { dollars, percent, titleCase, versusCounty } from './format.js';
import { facts, present } from './popups.js';
import { sourceNames } from './attribution.js';
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

// A place that is not itself a 1935 area (a ZIP, tract, neighborhood, town): the 1935 areas its land lies in.
function overlapSection(areas, labels, openPlace) {
  const graded = areas.reduce((sum, a) => sum + (Number.isFinite(a.share) ? a.share : 0), 0);
  return section('holc', text(labels.holcTitle),
    h('p', { text: t('card.holc.overlapIntro') }),
    h('ul', { className: 'om-card-overlaps' }, areas.map((a) => h('li', {},
      h('span', { className: `om-grade-badge om-grade-${text(a.grade).toLowerCase().replace(/[^a-d]/g, '')}`, attrs: { 'aria-hidden': 'true' }, text: text(a.grade) }),
      h('span', { text: t('card.holc.overlap', { share: percent(a.share), grade: text(a.grade), category: text(a.categoryLabel) }) }),
      openPlace
        ? actionButton(t('card.holc.areaLink', { id: text(a.id) }), t('card.holc.open', { id: text(a.id) }), () => openPlace({ collection: 'redlining-1935', id: a.id, label: a.id }))
        : h('span', { text: t('card.holc.areaLink', { id: text(a.id) }) })))),
    graded < 0.995 ? h('p', { className: 'om-note', text: t('card.holc.overlapRest', { share: percent(1 - graded) }) }) : null,
    h('p', { className: 'om-note', text: t('card.holc.explain') }));
}

const actionButton = (label, name, onClick) => {
  const button = h('button', { className: 'om-link-button', attrs: { type: 'button', 'aria-label': name }, text: label });
  button.addEventListener('click', onClick);
  return button;
};

function holcSection(holc, labels, overlaps = [], openPlace = null) {
  if (!holc && overlaps.length > 0) {
    return overlapSection(overlaps, labels, openPlace);
  }

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

// All, Black and white children's income rank, each with the children behind it (the server words each line).
const groupRows = (groups) => (Array.isArray(groups) ? groups : []).map((g) => [text(g.label), text(g.display)]);

function zipSection(zip, tract, labels) {
  if (!zip) {
    return null;
  }

  const context = (figures) => (figures ? text(figures.householdIncomeDisplay) : null);
  const atlas = (Array.isArray(zip.county?.atlas) ? zip.county.atlas : []).filter((a) => present(a.display));
  return section('zip', text(labels.zipTitle),
    h('p', { className: 'om-card-place', text: t('card.zip.place', { zip: text(zip.zipcode), city: titleCase(text(zip.postOfficeCity)) }) }),
    facts([
      [text(labels.householdIncome), text(zip.householdIncomeDisplay) || t('format.noData'), t('card.zip.incomeNote')],
      [text(labels.children), text(zip.childrenDisplay)],
      [text(labels.rank), text(zip.rankDisplay), zip.tooFewChildren ? null : t('popup.zip.rankNote')],
      [t('popup.top20'), present(zip.top20ShareP25) ? percent(zip.top20ShareP25) : null],
      [text(labels.countyValue), context(zip.county)],
      [text(labels.nationalValue), context(zip.national)],
      [t('popup.zip.tracts'), text(zip.tractsBlended)],
      [text(labels.tractTitle), tract ? t('card.tract.value', {
        name: text(tract.name) || text(tract.geoid),
        income: tract.suppressed ? text(tract.status) : `${text(tract.householdIncomeDisplay) || t('format.noData')} (${text(tract.status)})`,
      }) : null],
    ]),
    h('h4', { className: 'om-card-subtitle', text: text(labels.byGroup) }),
    facts(groupRows(zip.byGroup)),
    atlas.length === 0 ? null : [h('h4', { className: 'om-card-subtitle', text: text(labels.atlasCounty) }),
      facts(atlas.map((a) => [text(a.label), text(a.display)]))]);
}

// The Quality of Life figures: each with its unit (the server's display), its year and one plain sentence.
function neighborhoodSection(neighborhood, labels) {
  const metrics = (neighborhood?.metrics ?? []).filter((m) => present(m.display));
  if (metrics.length === 0) {
    return null;
  }

  return section('neighborhood', text(labels.neighborhoodTitle),
    h('p', { className: 'om-note', text: t('card.neighborhood.intro', { name: text(neighborhood.label) }) }),
    h('dl', { className: 'om-card-metrics' }, metrics.map((m) => [
      h('dt', { text: text(m.label) }),
      h('dd', {},
        h('span', { className: 'om-card-metric-value', text: text(m.display) }),
        present(m.year) ? h('span', { className: 'om-note', text: ` ${t('card.neighborhood.year', { year: text(m.year) })}` }) : null,
        has(`metric.${m.name}.explain`) ? h('span', { className: 'om-card-metric-explain', text: t(`metric.${m.name}.explain`) }) : null),
    ])));
}

function nearestSection(nearest, labels) {
  if (!Array.isArray(nearest) || nearest.length === 0) {
    return null;
  }

  return section('nearest', text(labels.nearestTitle),
    h('ul', { className: 'om-card-nearest-list' }, nearest.map((r) => h('li', {},
      h('span', { className: 'om-card-nearest-category', text: `${text(r.categoryLabel) || text(r.category)}: ` }),
      h('span', { text: titleCase(text(r.name)) || t('feature.unnamed') }),
      h('span', { className: 'om-card-distance', text: ` — ${text(r.distanceDisplay)}` })))));
}

const link = (href, label) => {
  const url = safeHttpUrl(href);
  return url ? h('a', { attrs: { href: url, rel: 'noopener' }, text: label }) : label;
};

// Every layer of the card lists its sources: the same source once, in one short line, the details behind it.
function sourcesSection(sources) {
  if (!Array.isArray(sources) || sources.length === 0) {
    return null;
  }

  const unique = [...new Map(sources.map((s) => [`${text(s.name)}|${text(s.url)}`, s])).values()];
  const vintages = (s) => [...new Set(sources.filter((o) => text(o.name) === text(s.name)).map((o) => text(o.vintage)).filter(Boolean))];
  return h('details', { className: 'om-card-section om-card-sources' },
    h('summary', {},
      h('span', { text: t('card.sources.line', { list: sourceNames(unique).join(' · ') }) }),
      h('span', { className: 'om-visually-hidden', text: ` — ${t('card.sources.more')}` })),
    h('ul', { className: 'om-card-sources-list' }, unique.map((s) => h('li', {},
      link(s.url, text(s.name) || text(s.attribution)),
      present(s.licence) ? [' (', link(s.licenceUrl, text(s.licence)), ')'] : null,
      vintages(s).length > 0 ? h('span', { className: 'om-note', text: ` ${t('card.sources.vintage', { vintage: vintages(s).join('; ') })}` }) : null))));
}

// The peek: the place's 1935 grade (or the grade most of its land had) and its children's income now, in one
// sentence, so a phone's half-open sheet tells the story before any scrolling (issue 16).
function peek(card) {
  const overlaps = Array.isArray(card?.holcAreas) ? card.holcAreas : [];
  const largest = overlaps.reduce((best, a) => (Number.isFinite(a.share) && a.share > (best?.share ?? 0) ? a : best), null);
  const area = card?.holc ?? largest;
  const then = area
    ? t(card?.holc ? 'card.peek.graded' : 'card.peek.mostly', { grade: text(area.grade), category: text(area.categoryLabel) || text(area.category) })
    : t('card.peek.ungraded');
  const figures = card?.zip ?? (card?.tract?.suppressed ? null : card?.tract);
  const income = figures?.householdIncomeP25;
  const county = card?.zip?.county?.householdIncomeP25;
  if (!Number.isFinite(income)) {
    return h('p', { className: 'om-card-peek', text: t('card.peek.thenOnly', { then }) });
  }

  return h('p', { className: 'om-card-peek', text: Number.isFinite(county)
    ? t('card.peek.sentence', { then, income: dollars(income), versus: versusCounty(income, county), county: dollars(county) })
    : t('card.peek.noCounty', { then, income: dollars(income) }) });
}

/**
 * The card's sections for one /api/card answer; `openPlace({ collection, id, label })` opens another place's card
 * (the 1935 areas a place overlaps).
 */
export function cardContent(card, { openPlace = null } = {}) {
  const labels = card?.labels ?? {};
  if (card?.inCounty === false && !card.holc) {
    return [h('p', { className: 'om-card-outside', text: text(labels.outsideCounty) })];
  }

  return [
    peek(card),
    holcSection(card?.holc, labels, Array.isArray(card?.holcAreas) ? card.holcAreas : [], openPlace),
    zipSection(card?.zip, card?.tract, labels),
    neighborhoodSection(card?.neighborhood, labels),
    socialCapitalSection(card?.socialCapital, labels),
    nearestSection(card?.nearest, labels),
    sourcesSection(card?.sources),
  ];
}
