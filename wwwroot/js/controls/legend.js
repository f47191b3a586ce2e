// The legend: one section per layer, shown while that layer is on. A <details> element, so a phone can fold it
// away and a keyboard can open it.
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { dollars, versusCounty } from '../format.js';
import { onLangChange, t } from '../i18n.js';

const Legend = L.Control.extend({
  options: { position: 'bottomleft' },

  initialize(options) {
    L.Util.setOptions(this, options);
    this._sections = new Map();
    this._body = h('div', { className: 'om-legend-body' });
    const summary = h('summary', { text: t('legend.title') });
    onLangChange(() => {
      summary.textContent = t('legend.title');
    });
    this._details = h('details', { className: 'om-legend' }, summary, this._body);
    this._details.open = !this.options.collapsed;
  },

  onAdd() {
    const container = h('div', { className: 'leaflet-control om-legend-control' }, this._details);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    // The legend's own keys (the opacity slider's arrows) must not pan the map.
    L.DomEvent.on(container, 'keydown', L.DomEvent.stopPropagation);
    return container;
  },

  /** Adds or replaces the section `key`; `order` sorts the sections. */
  setSection(key, order, title, ...content) {
    const hidden = this._sections.get(key)?.hidden;
    this.removeSection(key);
    const section = h('section', { className: `om-legend-section om-legend-${key}`, attrs: { 'data-order': order } },
      h('h2', { text: title }), ...content);
    const after = [...this._body.children].find((s) => Number(s.dataset.order) > order);
    section.hidden = hidden ?? false;
    this._body.insertBefore(section, after ?? null);
    this._sections.set(key, section);
  },

  /** Opens or folds the legend (a phone starts with it folded; a card on a wide screen folds it while open). */
  setOpen(open) {
    this._details.open = open;
  },

  isOpen() {
    return this._details.open;
  },

  removeSection(key) {
    this._sections.get(key)?.remove();
    this._sections.delete(key);
  },

  /** Shows the section while `layer` is on the map. */
  followLayer(key, layer) {
    const show = (visible) => this._sections.get(key)?.toggleAttribute('hidden', !visible);
    layer.on('add', () => show(true));
    layer.on('remove', () => show(false));
    show(this._map?.hasLayer(layer) ?? false);
  },
});

export const legend = (options) => new Legend(options);

/** A legend row: a swatch (css classes, a colour, or a ready element), its text and an optional `detail` after it. */
export function legendItem(text, { swatchClass = '', colour = null, itemClass = '', swatchElement = null, detail = null } = {}) {
  const swatch = swatchElement ?? h('span', { className: `om-swatch ${swatchClass}`.trim(), attrs: { 'aria-hidden': 'true' } });
  if (colour && !swatchElement) {
    swatch.style.background = colour;
  }

  return h('li', { className: itemClass || null }, swatch, h('span', { className: 'om-legend-text', text }),
    detail ? h('span', { className: 'om-legend-detail', text: detail }) : null);
}

export const legendList = (...items) => h('ul', { className: 'om-legend-list' }, ...items);

/**
 * A choropleth's note, its classes as ranges ("$18,668 – $23,698": values written by `format`, dollars by default) each
 * named against the county's `county` value when known ("well below the county"), the "No data" hatch, and how the
 * classes were made.
 */
export function choroplethLegend(classes, note, { county = null, format = dollars } = {}) {
  const known = Number.isFinite(county) && county > 0;
  return [
    h('p', { className: 'om-legend-note', text: note }),
    legendList(
      ...classes.map((c, i) => legendItem(classLabel(c, format), {
        swatchClass: `om-class-${i}`, itemClass: 'om-legend-range', detail: known ? versusCounty((c.min + c.max) / 2, county) : null, // the class's middle
      })),
      legendItem(t('legend.noData'), { swatchClass: 'om-nodata' }),
    ),
    h('p', { className: 'om-legend-note om-legend-method', text: [
      t('legend.method', { count: classes.length }), known ? t('legend.county', { county: dollars(county) }) : ''].join(' ').trim() }),
  ];
}

/** A choropleth class as the legend names it: "$18,668 – $23,698" (the table view uses the same words). */
export const classLabel = (c, format = dollars) => t('legend.range', { min: format(c.min), max: format(c.max) });
