// The 1935 grade vs today page: a bar chart drawn as SVG (with a title, a description and the table as its twin)
// and the table of every figure, from /api/report/holc-vs-today.
import { getReport } from './api.js';
import { h } from './dom.js';
import { dollars, integer, percent } from './format.js';
import { CATEGORIES } from './analysis-text.js';

const SVG = 'http://www.w3.org/2000/svg';
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const INCOME = 'household_income_p25';
const label = (row) => (row.grade === 'ungraded' ? 'Not graded' : `${row.grade} — ${row.category}`);

function svg(tag, attrs = {}, text = null) {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) {
    element.setAttribute(name, String(value));
  }

  if (text !== null) {
    element.textContent = text;
  }

  return element;
}

function chart(report) {
  const rows = report.rows;
  const width = 720;
  const left = 190;
  const right = 90;
  const bar = 34;
  const gap = 12;
  const top = 10;
  const height = top + rows.length * (bar + gap) + 30;
  const values = rows.map((r) => r.mobility[INCOME] ?? 0);
  const max = Math.max(...values, report.county[INCOME] ?? 0) * 1.05 || 1;
  const x = (value) => left + ((width - left - right) * value) / max;

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'chart-title chart-desc', class: 'om-chart' });
  root.append(svg('title', { id: 'chart-title' }, 'Household income at 35 by 1935 HOLC grade'));
  root.append(svg('desc', { id: 'chart-desc' }, rows.map((r) => `${label(r)}: ${dollars(r.mobility[INCOME])}`).join('; ')
    + `; county: ${dollars(report.county[INCOME])}.`));
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
    root.append(svg('text', { x: x(county), y: bottom + 16, class: 'om-chart-note', 'text-anchor': 'middle' }, `County ${dollars(county)}`));
  }

  return root;
}

function table(report) {
  const rows = report.rows;
  const measures = [
    ['Areas on the 1935 map', (r) => (r.grade === 'ungraded' ? '—' : integer(r.holcAreas))],
    ['Land (km²)', (r) => number.format(r.area.squareKilometres)],
    ['Household income at 35 (parents at the 25th percentile)', (r) => dollars(r.mobility[INCOME])],
    ['Share reaching the top 20%', (r) => percent(r.mobility.top20_share_p25)],
    ['Income rank (0-100)', (r) => number.format(r.mobility.kir_rank_p25 ?? NaN)],
    ['Census tracts overlapped (with a value)', (r) => `${r.tracts} (${r.mobility.tractsBlended})`],
    ['Children behind the estimates (share × children)', (r) => integer(r.mobility.children)],
    ['Neighborhood profile areas overlapped', (r) => integer(r.neighborhoodCount)],
    ...rows[0].neighborhoods.metrics.map((metric, i) => [`${metric.title} (${metric.year})`,
      (r) => (r.neighborhoods.metrics[i].value === null ? 'no data' : number.format(r.neighborhoods.metrics[i].value))]),
    ['Resources per km²', (r) => number.format(r.resources.perSquareKilometre)],
    ...Object.keys(rows[0].resources.byCategory).map((category) => [`${CATEGORIES[category] ?? category} (count, per km²)`,
      (r) => `${r.resources.byCategory[category].count} (${number.format(r.resources.byCategory[category].perSquareKilometre)})`]),
  ];
  const head = h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' } }, 'Measure'),
    rows.map((r) => h('th', { attrs: { scope: 'col' }, className: `om-col-${r.grade}` }, label(r)))));
  const body = h('tbody', {}, measures.map(([name, cell]) =>
    h('tr', {}, h('th', { attrs: { scope: 'row' } }, name), rows.map((r) => h('td', {}, cell(r))))));
  return [head, body];
}

async function start() {
  const status = document.getElementById('report-status');
  try {
    const report = await getReport();
    document.getElementById('report-chart').replaceChildren(chart(report));
    const element = document.getElementById('report-table');
    element.append(...table(report));
    document.getElementById('report-sources').textContent =
      `Sources: ${[...new Set(report.sources.map((s) => s.attribution))].join('; ')}.`;
    status.textContent = `Report of ${report.rows.length - 1} grades and the ungraded rest of the county.`;
    status.dataset.state = 'done';
  } catch (error) {
    status.textContent = `The report could not be loaded: ${error.message}`;
    status.dataset.state = 'error';
  }
}

start();
