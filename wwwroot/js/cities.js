// The map page's city picker wired to the 1935 layer, the URL (?city=) and the status line: a choice shows that
// city's areas from the national layer in the 1935 overlay and flies to the city.
import { getHolcCities, getHolcCityReport } from './api.js';
import { getLang, onLangChange, t } from './i18n.js';
import { cityPicker, DEFAULT_CITY } from './controls/city.js';
import { cityAreas } from './layers/load.js';

/** Adds the picker when the deployment has the national layer; `redlining` is the built 1935 layer (catalogue.js). */
export async function offerCities({ map, redlining, view, status, summary }) {
  let cities;
  try {
    cities = (await getHolcCities()).cities;
  } catch {
    // No national layer in this deployment (404), or it is still loading (503): Charlotte alone, no picker.
    return;
  }

  let latest = 0;
  let picker = null;
  let shown = DEFAULT_CITY;
  // The city's mobility by 1935 grade (/api/report/holc-cities); without the national tables the picker shows none.
  const numbers = async (key) => {
    shown = key;
    try {
      const report = await getHolcCityReport(getLang(), null, key);
      if (shown === key) {
        picker.showNumbers(report.cities[0]?.text ?? '');
      }
    } catch {
      if (shown === key) {
        picker.showNumbers('');
      }
    }
  };
  const show = async (city, { fly = true } = {}) => {
    const request = ++latest;
    numbers(city?.key ?? DEFAULT_CITY);
    if (!city) {
      redlining.showCity(null);
      if (fly) {
        map.flyToBounds(redlining.bounds());
      }

      status.done(summary);
      return;
    }

    status.loading('city.loading', { city: city.city });
    try {
      const features = await cityAreas(city.key);
      if (request !== latest) {
        return;
      }

      redlining.showCity(features, () => t('city.shown', { ...city, areas: features.length }));
      if (fly) {
        const [west, south, east, north] = city.bbox;
        map.flyToBounds([[south, west], [north, east]]);
      }

      status.done(summary);
    } catch (error) {
      status.problem('status.what.city', error);
    }
  };
  picker = cityPicker(cities, (city) => {
    view.cityChanged(city?.key ?? null);
    show(city);
  });
  picker.control.addTo(map);
  onLangChange(() => numbers(shown));
  // A permalink's city: its own centre and zoom are kept (no flight); Back/Forward choose again. Showing a city
  // fetches its numbers, so Charlotte's are fetched only when no other city is asked for.
  const apply = (key) => show(picker.select(key ?? DEFAULT_CITY), { fly: false });
  const fromUrl = view.followCity(apply);
  if (fromUrl) {
    apply(fromUrl);
  } else {
    numbers(DEFAULT_CITY);
  }
}
