// The every-HOLC-city section of nation.html: a dumbbell chart of the largest A-D gaps (and Charlotte) drawn as SVG
// with a title and a description, and the sortable table of every city as its twin, from /api/report/holc-cities.
import { h } from '../dom.js';
import { dollars, integer } from '../format.js';
import { t } from '../i18n.js';
import { sortableTable } from './sortableTable.js';
import { svg } from '../svg.js';

const HERE = 'charlotte-nc';
const GRADES = ['A', 'B', 'C', 'D'];
const CHARTED = 20;

const grade = (city, letter) => city.grades.find((g) => g.grade === letter);
const name = (city) => t('city.option.short', { city: city.city, state: city.state });

/** The dumbbell chart: the CHARTED largest ranked gaps, and Charlotte if it is not among them. */
export function citiesChart(cities) {
  const ranked = cities.filter((c) => c.gapRank !== null).sort((a, b) => a.gapRank - b.gapRank);
  const shown = ranked.slice(0, CHARTED);
  const here = ranked.find((c) => c.key === HERE);
  if (here && !shown.includes(here)) {
    shown.push(here);
  }

  const width = 720;
  const left = 200;
  const right = 30;
  const row = 22;
  const top = 24;
  const height = top + shown.length * row + 30;
  const values = shown.flatMap((c) => [grade(c, 'A').value, grade(c, 'D').value]);
  const min = Math.min(...values) * 0.9;
  const max = Math.max(...values) * 1.05;
  const x = (value) => left + ((width - left - right) * (value - min)) / (max - min);

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'cities-chart-title cities-chart-desc', class: 'om-chart' });
  root.append(svg('title', { id: 'cities-chart-title' }, t('nation.cities.chartTitle')));
  root.append(svg('desc', { id: 'cities-chart-desc' }, shown.map((c) => t('nation.cities.chartItem', {
    rank: c.gapRank, city: name(c), a: dollars(grade(c, 'A').value), d: dollars(grade(c, 'D').value), gap: dollars(c.gapAD),
  })).join('; ')));
  root.append(svg('text', { x: x(min), y: 14, class: 'om-chart-note' }, t('nation.cities.chartLegend')));
  // A light grid every $10,000, labelled under the rows.
  const bottom = top + shown.length * row;
  for (let tick = Math.ceil(min / 10_000) * 10_000; tick <= max; tick += 10_000) {
    root.append(svg('line', { x1: x(tick), x2: x(tick), y1: top, y2: bottom, class: 'om-chart-grid' }));
    root.append(svg('text', { x: x(tick), y: bottom + 16, class: 'om-chart-note', 'text-anchor': 'middle' }, dollars(tick)));
  }

  shown.forEach((c, i) => {
    const y = top + i * row + row / 2;
    const a = grade(c, 'A').value;
    const d = grade(c, 'D').value;
    const label = `${c.gapRank}. ${name(c)}`;
    root.append(svg('text', { x: left - 8, y, class: `om-chart-label${c.key === HERE ? ' om-chart-here' : ''}`, 'text-anchor': 'end', 'dominant-baseline': 'middle' }, label));
    root.append(svg('line', { x1: x(d), x2: x(a), y1: y, y2: y, class: 'om-dumbbell-line' }));
    root.append(svg('circle', { cx: x(d), cy: y, r: 5, class: 'om-dumbbell-d' }));
    root.append(svg('circle', { cx: x(a), cy: y, r: 5, class: 'om-dumbbell-a' }));
  });
  return root;
}

/** Fills `table` with every city, sortable; each city with a map links to it. */
export function citiesTable(table, cities, lang) {
  const link = (city) => (city.mapKey
    ? h('a', { attrs: { href: `./?${new URLSearchParams({ city: city.mapKey, lang })}` }, text: name(city) })
    : name(city));
  const value = (letter) => (c) => grade(c, letter).value;
  const columns = [
    { key: 'city', title: t('nation.cities.city'), value: name, cell: link, text: true },
    ...GRADES.map((letter) => ({
      key: letter, title: t('nation.cities.grade', { grade: letter }), value: value(letter), cell: (c) => grade(c, letter).display,
    })),
    { key: 'gap', title: t('nation.cities.gap'), value: (c) => c.gapAD, cell: (c) => dollars(c.gapAD) },
    { key: 'rank', title: t('nation.cities.rank'), value: (c) => c.gapRank, cell: (c) => (c.gapRank === null ? t('nation.cities.notRanked') : integer(c.gapRank)) },
  ];
  return sortableTable(table, {
    columns, rows: cities, sort: { key: 'rank', descending: false }, rowClass: (c) => (c.key === HERE ? 'om-nation-here' : null),
  });
}
