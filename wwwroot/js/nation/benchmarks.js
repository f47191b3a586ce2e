// The benchmarks section of nation.html: where the county stands among US counties and its state's, by group, and
// its commuting zone among the 50 largest, from /api/benchmarks (its sentences come in the page's language).
import { h } from '../dom.js';
import { integer } from '../format.js';
import { getLocale, t } from '../i18n.js';
import { sourcesLine } from '../attribution.js';

const rank = (value) => (typeof value === 'number'
  ? new Intl.NumberFormat(getLocale(), { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value)
  : t('format.noData'));

const band = (standing) => (standing?.bestRank ? t('nation.benchmarks.band', { best: integer(standing.bestRank), worst: integer(standing.worstRank) }) : '');

function groupsTable(groups) {
  const head = h('thead', {}, h('tr', {}, [
    t('nation.benchmarks.group'), t('nation.benchmarks.value'), t('nation.benchmarks.children'), t('nation.benchmarks.nation'), t('nation.benchmarks.state'),
  ].map((title, i) => h('th', { className: i === 0 ? 'om-nation-text' : null, attrs: { scope: 'col' }, text: title }))));
  const standing = (g, s) => (g.tooFewChildren || !s.rank
    ? s.text
    : `${t('nation.benchmarks.rank', { rank: integer(s.rank), of: integer(s.of) })} ${band(s)}`);
  const body = h('tbody', {}, groups.map((g) => h('tr', {},
    h('th', { className: 'om-nation-text', attrs: { scope: 'row' }, text: g.label }),
    h('td', { text: g.value === null ? t('format.noData') : t('nation.benchmarks.withError', { value: rank(g.value), se: rank(g.standardError) }) }),
    h('td', { text: integer(g.children) }),
    h('td', { text: standing(g, g.nation) }),
    h('td', { text: standing(g, g.state) }))));
  return h('div', { className: 'om-report-table-wrap' },
    h('table', {}, h('caption', { text: t('nation.benchmarks.tableCaption') }), head, body));
}

function zonesTable(zone) {
  const head = h('thead', {}, h('tr', {}, [t('nation.benchmarks.zoneRank'), t('nation.benchmarks.zone'), t('nation.benchmarks.value'), t('nation.benchmarks.children')]
    .map((title, i) => h('th', { className: i === 1 ? 'om-nation-text' : null, attrs: { scope: 'col' }, text: title }))));
  const body = h('tbody', {}, zone.largest.map((z) => h('tr', { className: z.id === zone.id ? 'om-nation-here' : null },
    h('td', { text: integer(z.rank) }),
    h('th', { className: 'om-nation-text', attrs: { scope: 'row' }, text: z.name }),
    h('td', { text: rank(z.value) }),
    h('td', { text: integer(z.children) }))));
  return h('details', { className: 'om-nation-zones' },
    h('summary', { text: t('nation.benchmarks.zonesSummary', { count: zone.largest.length }) }),
    h('div', { className: 'om-report-table-wrap' }, h('table', {}, h('caption', { text: t('nation.benchmarks.zonesCaption') }), head, body)));
}

/** The section's content for one /api/benchmarks answer. */
export function benchmarksContent(json) {
  const pooled = json.groups.find((g) => g.group === 'pooled');
  const zone = json.commutingZone;
  return [
    h('p', { className: 'om-nation-note', text: json.measure }),
    h('div', { className: 'om-nation-key' },
      h('p', {}, h('strong', { text: t('nation.benchmarks.county') }), ` ${pooled.nation.text}`),
      h('p', { text: pooled.state.text }),
      zone ? h('p', {}, h('strong', { text: t('nation.benchmarks.region') }), ` ${zone.amongLargest.text}`) : null),
    zone ? h('p', { className: 'om-nation-note', text: zone.approximation }) : null,
    groupsTable(json.groups),
    zone ? zonesTable(zone) : null,
    h('h3', { text: t('report.methodTitle') }),
    h('p', { className: 'om-nation-note', text: json.method }),
    h('p', { className: 'om-nation-note', text: t('report.sources', { list: sourcesLine(json.sources) }) }),
  ];
}
