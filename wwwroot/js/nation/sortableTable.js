// A table whose column headers sort it: each header is a button (keyboard and screen readers), the sorted column
// carries aria-sort. Missing values (null) always sort last.
import { h } from '../dom.js';
import { getLocale } from '../i18n.js';

/**
 * Fills `table` (keeping its caption) with `rows`. `columns`: [{ key, title, value(row), cell(row), text: true|false }];
 * `sort`: { key, descending } to start with; `rowClass(row)` marks a row. Returns `sortBy(key)`.
 */
export function sortableTable(table, { columns, rows, sort, rowClass = () => null }) {
  let current = { ...sort };
  const caption = table.querySelector('caption');
  const compare = (column) => (a, b) => {
    const [x, y] = [column.value(a), column.value(b)];
    if (x === null || x === undefined) {
      return y === null || y === undefined ? 0 : 1;
    }

    if (y === null || y === undefined) {
      return -1;
    }

    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), getLocale());
    return current.descending ? -order : order;
  };

  const render = () => {
    const column = columns.find((c) => c.key === current.key) ?? columns[0];
    const sorted = [...rows].sort(compare(column));
    const head = h('thead', {}, h('tr', {}, columns.map((c) => {
      const button = h('button', { className: 'om-sort', attrs: { type: 'button' }, text: c.title });
      button.addEventListener('click', () => sortBy(c.key));
      const sortState = c.key === current.key ? (current.descending ? 'descending' : 'ascending') : null;
      return h('th', { className: c.text ? 'om-nation-text' : null, attrs: { scope: 'col', 'aria-sort': sortState } }, button);
    })));
    const body = h('tbody', {}, sorted.map((row) => h('tr', { className: rowClass(row) },
      columns.map((c, i) => h(i === 0 ? 'th' : 'td', { className: c.text ? 'om-nation-text' : null, attrs: i === 0 ? { scope: 'row' } : {} }, c.cell(row))))));
    table.replaceChildren(...[caption, head, body].filter(Boolean));
  };

  function sortBy(key) {
    const column = columns.find((c) => c.key === key);
    current = current.key === key ? { key, descending: !current.descending } : { key, descending: !column?.text };
    render();
    table.querySelector(`thead th:nth-child(${columns.indexOf(column) + 1}) button`)?.focus();
  }

  render();
  return { sortBy };
}
