// The 1935 report's social-capital section: the Social Capital Atlas's ZIP measures by grade from
// /api/report/social-capital, in the page's language (its words come from the API in that language).
import { getSocialCapitalReport } from './api.js';
import { h } from './dom.js';
import { integer } from './format.js';
import { getLang, getLocale, initI18n, onLangChange, t } from './i18n.js';
import { sourcesLine } from './attribution.js';

// The measures a resident reads here, in this order; the API and its CSV have them all.
const SHOWN = ['ec_zip', 'ec_high_zip', 'exposure_grp_mem_zip', 'bias_grp_mem_zip', 'volunteering_rate_zip', 'civic_organizations_zip'];

const number = (value) => (typeof value === 'number'
  ? new Intl.NumberFormat(getLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 3 }).format(value)
  : t('format.noData'));

function table(report) {
  const rows = report.rows;
  const label = (row) => (['A', 'B', 'C', 'D'].includes(row.grade) ? `${row.grade} — ${row.category}` : row.category);
  const measures = report.measures.filter((m) => SHOWN.includes(m.name)).sort((a, b) => SHOWN.indexOf(a.name) - SHOWN.indexOf(b.name));
  const cell = (row, name) => {
    const error = row.standardErrors[name];
    return typeof error === 'number' ? t('report.social.withError', { value: number(row.values[name]), se: number(error) }) : number(row.values[name]);
  };
  const head = h('thead', {}, h('tr', {}, h('th', { attrs: { scope: 'col' }, text: t('report.measure') }),
    rows.map((r) => h('th', { attrs: { scope: 'col' }, className: `om-col-${r.grade}`, text: label(r) }))));
  const body = h('tbody', {},
    measures.map((m) => h('tr', {}, h('th', { attrs: { scope: 'row' }, text: m.title }), rows.map((r) => h('td', { text: cell(r, m.name) })))),
    h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('report.social.people') }), rows.map((r) => h('td', { text: integer(r.people) }))),
    h('tr', {}, h('th', { attrs: { scope: 'row' }, text: t('report.social.zips') }), rows.map((r) => h('td', { text: integer(r.zips) }))));
  return [head, body];
}

async function show() {
  const status = document.getElementById('social-capital-status');
  try {
    const report = await getSocialCapitalReport(getLang());
    document.getElementById('social-capital-explain').textContent = report.explanation;
    const element = document.getElementById('social-capital-table');
    element.replaceChildren(element.querySelector('caption'), ...table(report));
    document.getElementById('social-capital-method').textContent =
      `${report.method} ${t('report.sources', { list: sourcesLine(report.sources) })}`;
    status.textContent = t('report.social.done');
    status.dataset.state = 'done';
  } catch (error) {
    status.textContent = t('report.social.failed', { message: error.message });
    status.dataset.state = 'error';
  }
}

// Its own start, beside report.js's: the words are loaded once (initI18n shares them), then the section follows
// the page's language.
await initI18n();
onLangChange(show);
show();
