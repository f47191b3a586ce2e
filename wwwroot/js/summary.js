// The area summary panel: what a drawn area or a ZIP code holds (area, 1935 grades, mobility, resources,
// neighborhood metrics), built as DOM nodes from the /api/summary answer.
import { h } from './dom.js';
import { dollars, integer, percent } from './format.js';
import { CATEGORIES, TEXT } from './analysis-text.js';

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const area = (s) => `${number.format(s.area.squareKilometres)} km² (${number.format(s.area.squareMiles)} sq mi)`;

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
    summary.input?.repaired ? h('p', { className: 'om-content-note' }, TEXT.repaired) : null,
    outside ? h('p', { className: 'om-content-note' }, TEXT.outside) : null,
    facts([[TEXT.area, area(summary)], [TEXT.coverage, percent(summary.area.countyCoverage)]]),
    section(TEXT.gradesTitle, facts(Object.entries(summary.grades).map(([grade, share]) =>
      [grade === 'ungraded' ? TEXT.ungraded : grade, percent(share)]))),
    section(TEXT.mobilityTitle,
      facts([[TEXT.income, dollars(m.household_income_p25)], [TEXT.top20, percent(m.top20_share_p25)], [TEXT.rank, number.format(m.kir_rank_p25 ?? NaN)]]),
      h('p', { className: 'om-note' }, TEXT.tracts(m.tractsBlended, integer(m.children)))),
    section(TEXT.resourcesTitle, facts(Object.entries(summary.resources.byCategory).map(([category, r]) =>
      [CATEGORIES[category] ?? category, `${r.count} (${number.format(r.perSquareKilometre)} ${TEXT.perKm2})`]))),
    section(TEXT.metricsTitle,
      facts(summary.neighborhoods.metrics.map((metric) => [metric.title, metric.value === null ? 'no data' : `${number.format(metric.value)} (${metric.year})`])),
      h('p', { className: 'om-note' }, TEXT.neighborhoods(summary.neighborhoods.areas.length))),
    h('p', { className: 'om-note' }, `${TEXT.sources}: ${[...new Set(summary.sources.map((s) => s.attribution))].join('; ')}`),
  ];
}

/** The panel, appended to `container`, hidden until a summary is asked for. */
export function createSummaryPanel(container, { onClose } = {}) {
  const heading = h('h2', { attrs: { id: 'om-summary-title', tabindex: '-1' } });
  const content = h('div', { className: 'om-summary-body', attrs: { 'aria-live': 'polite' } });
  const close = h('button', { className: 'om-summary-close', attrs: { type: 'button', 'aria-label': TEXT.close }, text: '×' });
  const panel = h('aside', { className: 'om-summary', attrs: { hidden: true, 'aria-labelledby': 'om-summary-title' } }, close, heading, content);
  container.append(panel);
  let request = 0;

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

  /** Shows `title` and the summary that `load()` resolves to (or its error); a newer call wins. */
  async function run(title, load) {
    const mine = ++request;
    panel.hidden = false;
    heading.textContent = title;
    content.replaceChildren(h('p', {}, TEXT.loading));
    heading.focus();
    try {
      const summary = await load();
      if (mine === request) {
        content.replaceChildren(...body(summary).filter(Boolean));
      }
    } catch (error) {
      if (mine === request) {
        content.replaceChildren(h('p', { className: 'om-content-note', attrs: { role: 'alert' } }, error.message));
      }
    }
  }

  return { run, hide };
}
