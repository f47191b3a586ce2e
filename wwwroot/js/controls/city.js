// The 1935 map's city: a labelled native <select> (so it works with the keyboard and screen readers) of every city
// whose HOLC map Mapping Inequality digitised. Charlotte, the redlining-1935 layer with its full area descriptions,
// is the default; another city's areas come from redlining-national. The page keeps the choice in the URL (?city=,
// permalink.js).
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { getLang, onLangChange, t } from '../i18n.js';

export const DEFAULT_CITY = 'charlotte-nc';

/**
 * A Leaflet control with the city list (/api/holc-cities entries). `onSelect(city)` runs when the user changes it,
 * with the chosen entry, or null for Charlotte. Returns the control, `select(key)`, which shows a choice made
 * elsewhere (a permalink, Back) without calling `onSelect`, and returns its entry (null for Charlotte or a key
 * not in the list), and `showNumbers(text)` for the chosen city's mobility by grade.
 */
export function cityPicker(cities, onSelect) {
  const others = cities.filter((c) => c.key !== DEFAULT_CITY)
    .sort((a, b) => `${a.city}, ${a.state}`.localeCompare(`${b.city}, ${b.state}`));
  const charlotte = h('option', { attrs: { value: DEFAULT_CITY } });
  const options = others.map((c) => [c, h('option', { attrs: { value: c.key } })]);
  const select = h('select', { attrs: { id: 'om-city', name: 'city' } }, charlotte, options.map(([, option]) => option));
  const label = h('label', { attrs: { for: 'om-city' } });
  // The chosen city's mobility by 1935 grade (showNumbers), and the page of every city.
  const numbers = h('p', { className: 'om-city-numbers', attrs: { id: 'om-city-numbers', 'aria-live': 'polite' } });
  const every = h('a', { className: 'om-city-every', attrs: { href: 'nation.html#cities' } });
  const render = () => {
    label.textContent = t('city.label');
    every.textContent = t('city.every');
    every.href = `nation.html?lang=${getLang()}#cities`;
    charlotte.textContent = t('city.default');
    for (const [city, option] of options) {
      option.textContent = t('city.option', city);
    }
  };
  render();
  onLangChange(render);

  const byKey = new Map(others.map((c) => [c.key, c]));
  select.addEventListener('change', () => onSelect(byKey.get(select.value) ?? null));

  const Picker = L.Control.extend({
    options: { position: 'topright' },
    onAdd() {
      const container = h('div', { className: 'leaflet-control om-city' }, label, select, numbers, every);
      L.DomEvent.disableClickPropagation(container);
      L.DomEvent.disableScrollPropagation(container);
      return container;
    },
  });

  return {
    control: new Picker(),
    select(key) {
      const city = byKey.get(key) ?? null;
      select.value = city ? city.key : DEFAULT_CITY;
      return city;
    },
    /** Shows the chosen city's numbers (text in the page's language; empty hides them). */
    showNumbers(text) {
      numbers.textContent = text;
      numbers.hidden = !text;
    },
  };
}
