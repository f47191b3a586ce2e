// The table view: a sortable table twin of what the map shows in its current view (each visible layer's features
// that intersect the map's bounds), with the legend's classes; every row's name opens that feature's card.
import { L } from './leaflet.js';
import { h } from './dom.js';
import { getLocale, onLangChange, t } from './i18n.js';
import { pointOf } from './geometry.js';
import { cssToken } from './categories.js';
import { resizeKeepingView } from './mapView.js';

const COLUMNS = ['layer', 'name', 'value', 'class'];

// Numbers, then text, then missing values, whichever the direction; within a kind numbers by value and text in the
// page's language's order, reversed for a descending sort.
const kind = (v) => (v === null || v === undefined || v === '' ? 2 : typeof v === 'number' ? 0 : 1);

function compare(a, b, direction) {
  const [ka, kb] = [kind(a), kind(b)];
  if (ka !== kb || ka === 2) {
    return ka - kb;
  }

  return direction * (ka === 0 ? a - b : String(a).localeCompare(String(b), getLocale(), { numeric: true }));
}

const intersects = (layer, bounds) => (layer.getLatLng ? bounds.contains(layer.getLatLng()) : bounds.intersects(layer.getBounds()));

/**
 * The table panel (placed in `host`, hidden) and its toggle button (in `toggleHost`). `openCard(latlng, { source })` opens
 * a feature's card. `addSource({ key, order, layer, title(), row(feature) })` adds a layer (`order` sorts the layer
 * column as the layer control does): `row` gives `{ name, value, valueText, classText, classRank }` for one feature.
 */
export function createTable(map, host, toggleHost, { openCard }) {
  const sources = [];
  let sort = { column: 'layer', direction: 1 };

  const caption = h('caption', { className: 'om-table-caption', attrs: { 'aria-live': 'polite' } });
  const headers = COLUMNS.map((column) => {
    const button = h('button', { className: 'om-sort', attrs: { type: 'button', 'data-column': column } });
    button.addEventListener('click', () => {
      sort = { column, direction: sort.column === column ? -sort.direction : 1 };
      render();
    });
    return h('th', { attrs: { scope: 'col', 'data-column': column } }, button);
  });
  const body = h('tbody');
  const title = h('h2', { className: 'om-table-title', attrs: { id: 'om-table-title', tabindex: '-1' } });
  const panel = h('section', { className: 'om-table-panel', attrs: { id: 'om-table', 'aria-labelledby': 'om-table-title', hidden: true } },
    title, h('div', { className: 'om-table-scroll' },
      h('table', { className: 'om-table' }, caption, h('thead', {}, h('tr', {}, headers)), body)));
  host.insertBefore(panel, host.querySelector('#om-card'));

  const toggle = h('button', { className: 'om-table-toggle', attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'om-table' } });
  toggleHost.replaceChildren(toggle);

  function rows() {
    const bounds = map.getBounds();
    const found = [];
    for (const source of sources) {
      if (!map.hasLayer(source.layer)) {
        continue;
      }

      source.layer.eachLayer(function visit(layer) {
        if (layer.eachLayer) {
          layer.eachLayer(visit); // a group of layers (the tracts' group holds their GeoJSON layer)
        } else if (layer.feature && intersects(layer, bounds)) {
          found.push({ source, layer, ...source.row(layer.feature) });
        }
      });
    }

    return found;
  }

  const sortValue = (row, column) => ({
    layer: row.source.order,
    name: row.name,
    value: row.value,
    class: row.classRank ?? row.classText,
  })[column];

  function render() {
    title.textContent = t('table.title');
    toggle.textContent = t(panel.hidden ? 'table.show' : 'table.hide');
    headers.forEach((th, i) => {
      const column = COLUMNS[i];
      const button = th.firstChild;
      const sorted = sort.column === column;
      th.setAttribute('aria-sort', sorted ? (sort.direction === 1 ? 'ascending' : 'descending') : 'none');
      button.textContent = t(`table.column.${column}`);
      button.append(h('span', { className: 'om-sort-mark', attrs: { 'aria-hidden': 'true' }, text: sorted ? (sort.direction === 1 ? ' ▲' : ' ▼') : '' }));
    });
    if (panel.hidden) {
      return;
    }

    const found = rows().sort((a, b) =>
      compare(sortValue(a, sort.column), sortValue(b, sort.column), sort.direction) || compare(a.name, b.name, 1));
    caption.textContent = t('table.caption', { count: found.length });
    // A redraw (the map moved) must not drop the keyboard focus from the row it was on.
    const focused = body.contains(document.activeElement) ? document.activeElement.id : null;
    body.replaceChildren(...found.map((row) => {
      const key = `${row.source.key}-${row.layer.feature.id ?? L.stamp(row.layer)}`;
      const open = h('button', {
        className: 'om-table-open',
        attrs: { type: 'button', id: `om-row-${cssToken(key)}`, 'aria-label': t('table.open', { name: row.name }) },
        text: row.name,
      });
      open.addEventListener('click', () => openCard(pointOf(row.layer), { source: open }));
      return h('tr', { attrs: { 'data-key': key } },
        h('td', { text: row.source.title() }),
        h('th', { attrs: { scope: 'row' } }, open),
        h('td', { className: typeof row.value === 'number' ? 'om-number' : null, text: row.valueText ?? '' }),
        h('td', { text: row.classText ?? '' }));
    }));
    if (focused) {
      document.getElementById(focused)?.focus({ preventScroll: true });
    }
  }

  // Loading a layer adds hundreds of features one by one: render once per frame at most.
  let frame = 0;
  const schedule = () => {
    if (!panel.hidden && frame === 0) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        render();
      });
    }
  };

  const setShown = (shown) => {
    panel.hidden = !shown;
    toggle.setAttribute('aria-expanded', String(shown));
    resizeKeepingView(map);
    render();
    if (shown) {
      // Into the table at once: it comes after the map's hundreds of focusable shapes in the page (issue 16).
      title.focus({ preventScroll: true });
    }
  };
  toggle.addEventListener('click', () => setShown(panel.hidden));
  // The skip link "Skip to the table view" opens it too.
  document.querySelector('a.om-skip-table')?.addEventListener('click', (event) => {
    event.preventDefault();
    if (panel.hidden) {
      setShown(true);
    } else {
      title.focus({ preventScroll: true });
    }
  });
  map.on('moveend layeradd layerremove', schedule);
  onLangChange(render);
  render();

  return {
    addSource(source) {
      sources.push(source);
      schedule();
    },
  };
}
