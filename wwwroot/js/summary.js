// The area summary panel: what a drawn area or a ZIP code holds (area, 1935 grades, mobility, resources,
// neighborhood metrics), built as DOM nodes (text only) from the /api/summary answer, in the page's language.
import { h } from './dom.js';
import { dollars, integer, percent } from './format.js';
import { getLocale, onLangChange, t } from './i18n.js';
import { category } from './categories.js';
import { metricTitle, metricValue } from './metrics.js';

const decimal = (value) => (typeof value === 'number' && Number.isFinite(value)
  ? new Intl.NumberFormat(getLocale(), { maximumFractionDigits: 1 }).format(value)
  : t('format.noData'));

function facts(rows) {
  return h('dl', { className: 'om-facts' }, rows.filter(Boolean).flatMap(([term, value]) => [h('dt', {}, term), h('dd', {}, value)]));
}

function section(title, ...children) {
  return h('section', { className: 'om-summary-section' }, h('h3', {}, title), ...children);
}

function body(summary) {
  const m = summary.mobility;
  const outside = summary.area.countyCoverage === 0;
  return [
    summary.input?.repaired ? h('p', { className: 'om-content-note' }, t('summary.repaired')) : null,
    outside ? h('p', { className: 'om-content-note' }, t('summary.outside')) : null,
    facts([
      [t('summary.area'), t('summary.areaValue', { km2: decimal(summary.area.squareKilometres), mi2: decimal(summary.area.squareMiles) })],
      [t('summary.coverage'), percent(summary.area.countyCoverage)],
    ]),
    section(t('summary.gradesTitle'), facts(Object.entries(summary.grades).map(([grade, share]) =>
      [grade === 'ungraded' ? t('summary.ungraded') : grade, percent(share)]))),
    section(t('summary.mobilityTitle'),
      facts([[t('summary.income'), dollars(m.household_income_p25)], [t('summary.top20'), percent(m.top20_share_p25)], [t('summary.rank'), decimal(m.kir_rank_p25)]]),
      h('p', { className: 'om-note' }, t('summary.tracts', { count: m.tractsBlended, children: integer(m.children) }))),
    section(t('summary.resourcesTitle'), facts(Object.entries(summary.resources.byCategory).map(([id, r]) =>
      [category(id).plural, t('summary.perKm2', { count: r.count, density: decimal(r.perSquareKilometre) })]))),
    section(t('summary.metricsTitle'),
      facts(summary.neighborhoods.metrics.map((metric) => [metricTitle(metric),
        metric.value === null ? t('format.noData') : t('summary.metricValue', { value: metricValue(metric, decimal(metric.value)), year: metric.year })])),
      h('p', { className: 'om-note' }, t('summary.neighborhoods', { count: summary.neighborhoods.areas.length }))),
    h('p', { className: 'om-note' }, t('summary.sources', { list: [...new Set(summary.sources.map((s) => s.attribution))].join('; ') })),
  ];
}

/** The panel, appended to `container`, hidden until a summary is asked for. */
export function createSummaryPanel(container, { onClose } = {}) {
  const heading = h('h2', { attrs: { id: 'om-summary-title', tabindex: '-1' } });
  const content = h('div', { className: 'om-summary-body', attrs: { 'aria-live': 'polite' } });
  const close = h('button', { className: 'om-summary-close', attrs: { type: 'button' }, text: '×' });
  const panel = h('aside', { className: 'om-summary', attrs: { hidden: true, 'aria-labelledby': 'om-summary-title' } }, close, heading, content);
  container.append(panel);
  let request = 0;
  // What the panel shows, as functions of the language: a switch redraws it from the same answer.
  let title = () => '';
  let shown = () => [];
  const render = () => {
    close.setAttribute('aria-label', t('summary.close'));
    heading.textContent = title();
    content.replaceChildren(...shown().filter(Boolean));
  };
  render();
  onLangChange(render);

  const hide = () => {
    request++;
    panel.hidden = true;
    onClose?.();
  };
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      hide();
    }
  });

  /**
   * Shows `titleText()` and the summary that `load()` resolves to (or its error); a newer call wins. Errors
   * with a `key` are said in the page's language.
   */
  async function run(titleText, load) {
    const mine = ++request;
    panel.hidden = false;
    title = titleText;
    shown = () => [h('p', {}, t('summary.loading'))];
    render();
    heading.focus();
    try {
      const summary = await load();
      if (mine === request) {
        shown = () => body(summary);
        render();
      }
    } catch (error) {
      if (mine === request) {
        shown = () => [h('p', { className: 'om-content-note', attrs: { role: 'alert' } }, error.key ? t(error.key) : error.message)];
        render();
      }
    }
  }

  return { run, hide };
}
