// The 1935 grade vs today page: a bar chart drawn as SVG (with a title, a description and the table as its twin)
// and the table of every figure, from /api/report/holc-vs-today, in the page's language (?lang=, EN | ES switch).
import { getReport } from './api.js';
import { h } from './dom.js';
import { dollars, integer, percent } from './format.js';
import { getLang, getLocale, initI18n, onLangChange, t } from './i18n.js';
import { languageSwitch } from './controls/lang.js';
import { category, holcCategory } from './categories.js';
import { metricTitle } from './metrics.js';
import { svg } from './svg.js';

const INCOME = 'household_income_p25';
const decimal = (value) => (typeof value === 'number' && Number.isFinite(value)
  ? new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(value)
  : t('format.noData'));
const label = (row) => (row.grade === 'ungraded' ? t('summary.ungraded') : `${row.grade} — ${holcCategory(row.grade, row.category)}`);

// The finding in one sentence, from the figures (issue 16: the page showed it but never said it).
function headline(report) {
  const byGrade = new Map(report.rows.map((r) => [r.grade, r.mobility[INCOME]]));
  const [a, d, county] = [byGrade.get('A'), byGrade.get('D'), report.county[INCOME]];
  return [a, d, county].every((v) => typeof v === 'number')
    ? t('report.headline', { d: dollars(d), a: dollars(a), county: dollars(county), share: percent(d / a) })
    : '';
}

// Drawn at the width it is shown at (at most 720), so its text keeps its size on a phone rather than shrink with a
// wide drawing (issue 16: 6.5 px labels).
function chart(report, shownWidth) {
  const rows = report.rows;
  const width = Math.round(Math.max(300, Math.min(720, shownWidth || 720)));
  const left = width < 500 ? 120 : 190;
  const right = width < 500 ? 70 : 90;
  const bar = 34;
  const gap = 12;
  const top = 10;
  const height = top + rows.length * (bar + gap) + 30;
  const values = rows.map((r) => r.mobility[INCOME] ?? 0);
  const max = Math.max(...values, report.county[INCOME] ?? 0) * 1.05 || 1;
  const x = (value) => left + ((width - left - right) * value) / max;

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'om-chart' });
  root.append(svg('title', { id: 'chart-title' }, t('report.chartTitle')));
  root.append(svg('desc', { id: 'chart-desc' }, rows.map((r) => `${label(r)}: ${dollars(r.mobility[INCOME])}`).join('; ')
    + `; ${t('report.countyDesc', { value: dollars(report.county[INCOME]) })}.`));
  rows.forEach((row, i) => {
    const y = top + i * (bar + gap);
    const value = row.mobility[INCOME];
    root.append(svg('text', { x: left - 8, y: y + bar / 2, class: 'om-chart-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label(row)));
    root.append(svg('rect', { x: left, y, width: Math.max(0, x(value ?? 0) - left), height: bar, class: `om-bar om-bar-${row.grade}` }));
    root.append(svg('text', { x: x(value ?? 0) + 6, y: y + bar / 2, class: 'om-chart-value', 'dominant-baseline': 'middle' }, dollars(value)));
  });
  const county = report.county[INCOME];
  if (typeof county === 'number') {
    const bottom = top + rows.length * (bar + gap);
    root.append(svg('line', { x1: x(county), x2: x(county), y1: top - 4, y2: bottom, class: 'om-chart-county' }));
    root.append(svg('text', { x: x(county), y: bottom + 16, class: 'om-chart-note', 'text-anchor': 'middle' }, t('report.county', { value: dollars(county) })));
  }

  return root;
}

// A group's income rank with the children behind it, or "too few children" under the minimum.
function group(mobility, name) {
  const estimate = (mobility.estimates ?? []).find((e) => e.name === name);
  if (!estimate || estimate.value === null) {
    return t('format.noData');
  }

  const children = integer(estimate.childrenBehind);
  return estimate.tooFewChildren ? t('report.tooFew', { children }) : t('report.groupValue', { rank: decimal(estimate.value), children });
}

// How the comparison moves: the findings the server wrote from the numbers, and every threshold's values.
function robustness(report) {
  const r = report.robustness;
  if (!r) {
    return [];
  }

  const grades = report.rows.filter((row) => row.grade !== 'ungraded');
  return [
    h('ul', { className: 'om-report-findings' }, r.findings.map((f) => h('li', {}, f))),
    // Scrolls sideways on a phone: a named region reachable by keyboard (axe: scrollable-region-focusable).
    h('div', { className: 'om-report-table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'report-thresholds-caption' } },
      h('table', { className: 'om-report-thresholds' },
        h('caption', { attrs: { id: 'report-thresholds-caption' } }, t('report.thresholdCaption')),
      h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, t('report.threshold')),
        grades.map((row) => h('th', { attrs: { scope: 'col' } }, label(row))))),
      h('tbody', {}, r.thresholds.map((threshold) => h('tr', { className: threshold.published ? 'om-published' : '' },
        h('th', { attrs: { scope: 'row' } }, percent(threshold.minimumShare)),
        grades.map((row) => h('td', {}, dollars(threshold.household_income_p25[row.grade])))))))),
  ];
}

function table(report) {
  const rows = report.rows;
  const measures = [
    [t('report.row.holcAreas'), (r) => (r.grade === 'ungraded' ? '—' : integer(r.holcAreas))],
    [t('report.row.land'), (r) => decimal(r.area.landSquareKilometres)],
    [t('report.row.income'), (r) => dollars(r.mobility[INCOME])],
    [t('report.row.top20'), (r) => percent(r.mobility.top20_share_p25)],
    [t('report.row.rank'), (r) => decimal(r.mobility.kir_rank_p25)],
    [t('report.row.tracts'), (r) => `${r.tracts} (${r.mobility.tractsBlended})`],
    [t('report.row.children'), (r) => integer(r.mobility.children)],
    [t('report.row.black'), (r) => group(r.mobility, 'kir_black_p25')],
    [t('report.row.white'), (r) => group(r.mobility, 'kir_white_p25')],
    [t('report.row.neighborhoods'), (r) => integer(r.neighborhoodCount)],
    ...rows[0].neighborhoods.metrics.map((metric, i) => [t('report.row.metric', { title: metricTitle(metric), year: metric.years ?? metric.year }),
      (r) => (r.neighborhoods.metrics[i].value === null ? t('format.noData') : decimal(r.neighborhoods.metrics[i].value))]),
    [t('report.row.resources'), (r) => decimal(r.resources.perSquareKilometre)],
    ...Object.keys(rows[0].resources.byCategory).map((id) => [t('report.row.category', { category: category(id).plural }),
      (r) => `${r.resources.byCategory[id].count} (${decimal(r.resources.byCategory[id].perSquareKilometre)})`]),
  ];
  const head = h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, t('report.measure')),
    rows.map((r) => h('th', { attrs: { scope: 'col' }, className: `om-col-${r.grade}` }, label(r)))));
  const body = h('tbody', {}, measures.map(([name, cell]) =>
    h('tr', {}, h('th', { attrs: { scope: 'row' } }, name), rows.map((r) => h('td', {}, cell(r))))));
  return [head, body];
}

async function start() {
  await initI18n();
  languageSwitch(document.getElementById('om-lang'));
  const back = document.getElementById('report-back');
  const nation = document.getElementById('report-nation');
  const status = document.getElementById('report-status');
  let render = () => {};
  // The links to the map and to the nation page keep the page's language.
  const keepLang = () => {
    back.href = `./?lang=${getLang()}`;
    nation.href = `nation.html?lang=${getLang()}`;
  };
  onLangChange(() => {
    keepLang();
    render();
  });
  keepLang();
  try {
    const report = await getReport();
    const figure = document.getElementById('report-chart');
    const drawChart = () => figure.replaceChildren(chart(report, figure.clientWidth));
    render = () => {
      drawChart();
      document.getElementById('report-headline').textContent = headline(report);
      const element = document.getElementById('report-table');
      element.replaceChildren(element.querySelector('caption'), ...table(report));
      document.getElementById('report-robustness').replaceChildren(...robustness(report));
      const method = document.getElementById('report-method-link');
      method.href = report.method;
      method.textContent = t('report.methodLink');
      document.getElementById('report-sources').textContent =
        t('report.sources', { list: [...new Set(report.sources.map((s) => s.attribution))].join('; ') });
      status.textContent = t('report.done', { count: report.rows.length - 1 });
    };
    render();
    // Only the chart follows its width: the tables (and a focused one's keyboard focus) stay as they are.
    let resized = 0;
    window.addEventListener('resize', () => {
      clearTimeout(resized);
      resized = setTimeout(drawChart, 200);
    });
    status.dataset.state = 'done';
  } catch (error) {
    render = () => {
      status.textContent = t('report.failed', { message: error.message });
    };
    render();
    status.dataset.state = 'error';
  }
}

start();
