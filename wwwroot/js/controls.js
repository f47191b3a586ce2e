// Map controls: the legend and the HOLC opacity slider.
import { el } from './dom.js';
import { formatDollars } from './format.js';
import { ZIP_PALETTE, NO_DATA, RESOURCE_CATEGORIES } from './layers.js';

const L = window.L;

function swatch(color, className = 'swatch') {
  const box = el('span', { class: className, 'aria-hidden': 'true' });
  box.style.background = color;
  return box;
}

/** The legend: ZIP classes in dollars, the HOLC grades as [grade, category, colour], resource categories. */
export function legendControl(zipClasses, holcGrades) {
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const zipItems = zipClasses.map(([lo, hi], i) =>
      el('li', {}, swatch(ZIP_PALETTE[i]), `${formatDollars(lo)} – ${formatDollars(hi)}`));
    zipItems.push(el('li', {}, swatch(NO_DATA), 'No data'));
    const box = el('details', { class: 'legend' },
      el('summary', {}, 'Legend'),
      el('h3', {}, 'Household income at 35 of children from low-income families, by ZIP'),
      el('ul', { class: 'legend-zip' }, ...zipItems),
      el('h3', {}, '1935 HOLC grade'),
      el('ul', { class: 'legend-holc' }, ...holcGrades.map(([grade, name, color]) =>
        el('li', {}, swatch(color), el('strong', {}, grade), ` ${name}`))),
      el('h3', {}, 'Resources'),
      el('ul', { class: 'legend-resources' }, ...RESOURCE_CATEGORIES.map((c) =>
        el('li', {}, swatch(c.color, 'swatch dot'), c.label))));
    // Open on a large screen; on a phone the map comes first and the legend is a tap away.
    box.open = !window.matchMedia('(max-width: 600px)').matches;
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  return control;
}

export function opacityControl(onChange, initial) {
  const control = L.control({ position: 'topright' });
  control.onAdd = () => {
    const input = el('input', {
      type: 'range', id: 'holc-opacity', min: '0', max: '100', step: '5', value: String(Math.round(initial * 100)),
    });
    const output = el('output', { for: 'holc-opacity' }, `${Math.round(initial * 100)}%`);
    input.addEventListener('input', () => {
      output.textContent = `${input.value}%`;
      onChange(Number(input.value) / 100);
    });
    const box = el('div', { class: 'opacity-control leaflet-bar' },
      el('label', { for: 'holc-opacity' }, '1935 map opacity '), input, output);
    L.DomEvent.disableClickPropagation(box);
    return box;
  };
  return control;
}
