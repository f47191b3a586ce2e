// The 1935 map's city: a labelled native <select> (so it works with the keyboard and screen readers) of every city
// whose HOLC map Mapping Inequality digitised. Charlotte, the redlining-1935 layer with its full area descriptions,
// is the default; another city's areas come from redlining-national. The choice is kept in the URL as ?city=<key>.
import { L } from '../leaflet.js';
import { h } from '../dom.js';

export const DEFAULT_CITY = 'charlotte-nc';

// English strings under the `city.` prefix; pass i18n.js's t() as `translate` once the page has it.
const STRINGS = {
  'city.label': '1935 map of',
  'city.default': 'Charlotte, NC',
  'city.option': '{city}, {state} ({areas} areas)',
  'city.loading': 'Loading the HOLC map of {city}…',
  'city.shown': '{areas} HOLC areas of {city}, {state}',
};
export const english = (key, params = {}) =>
  (STRINGS[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => String(params[name] ?? ''));

/** The `city=` key of the URL, if it looks like one (unknown keys are ignored later). */
export function cityFromUrl(search = window.location.search) {
  const key = new URLSearchParams(search).get('city');
  return key && /^[a-z0-9-]{1,80}$/.test(key) ? key : null;
}

function keepInUrl(key) {
  const url = new URL(window.location.href);
  if (key === DEFAULT_CITY) {
    url.searchParams.delete('city');
  } else {
    url.searchParams.set('city', key);
  }

  window.history.replaceState(window.history.state, '', url);
}

/**
 * A Leaflet control with the city list (/api/holc-cities entries). `onSelect(city)` runs on a change with the
 * chosen entry, or null for Charlotte. Returns the control and `select(key)` to choose a city from code.
 */
export function cityPicker(cities, onSelect, translate = english) {
  const others = cities.filter((c) => c.key !== DEFAULT_CITY)
    .sort((a, b) => `${a.city}, ${a.state}`.localeCompare(`${b.city}, ${b.state}`));
  const select = h('select', { attrs: { id: 'om-city', name: 'city' } },
    h('option', { attrs: { value: DEFAULT_CITY }, text: translate('city.default') }),
    others.map((c) => h('option', { attrs: { value: c.key }, text: translate('city.option', c) })));
  const byKey = new Map(others.map((c) => [c.key, c]));
  const choose = (key) => {
    keepInUrl(key);
    onSelect(byKey.get(key) ?? null);
  };
  select.addEventListener('change', () => choose(select.value));

  const Picker = L.Control.extend({
    options: { position: 'topleft' },
    onAdd() {
      const container = h('div', { className: 'leaflet-control om-city' },
        h('label', { attrs: { for: 'om-city' }, text: translate('city.label') }), select);
      L.DomEvent.disableClickPropagation(container);
      L.DomEvent.disableScrollPropagation(container);
      return container;
    },
  });

  return {
    control: new Picker(),
    /** Chooses a city by key (e.g. from ?city=); false when the key is not in the list. */
    select(key) {
      if (!byKey.has(key)) {
        return false;
      }

      select.value = key;
      choose(key);
      return true;
    },
  };
}
