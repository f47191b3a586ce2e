// The search box: a WAI-ARIA combobox (input + listbox of suggestions, arrow keys, Enter, Escape) over
// GET /api/search, and /api/geocode for addresses when the deployment has a geocoder. Picking a result flies the map
// there and opens its card. "Use my location" does the same for the device's position.
import { h } from './dom.js';
import { geocode, search } from './api.js';
import { getLang, onLangChange, t } from './i18n.js';

const DEBOUNCE_MS = 250;
const LIMIT = 8;
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Moves `map` to a result: its bbox ([w, s, e, n]) when it has one, else zoom 16 at its point; no flight for reduced motion. */
export function flyTo(map, { lon, lat, bbox }) {
  const animate = !reducedMotion();
  if (Array.isArray(bbox) && bbox.length === 4 && bbox.every(Number.isFinite)) {
    const bounds = [[bbox[1], bbox[0]], [bbox[3], bbox[2]]];
    if (animate) {
      map.flyToBounds(bounds, { maxZoom: 16, duration: 0.8 });
    } else {
      map.fitBounds(bounds, { maxZoom: 16 });
    }
  } else if (animate) {
    map.flyTo([lat, lon], 16, { duration: 0.8 });
  } else {
    map.setView([lat, lon], 16);
  }
}

/**
 * Fills `container` with the search form. `goTo(result)` gets the picked `{ lon, lat, bbox, … }`, `locate({ lon, lat })`
 * the device's position. Returns `{ setGeocoder(enabled) }` (from /map-config) and `input`.
 */
export function createSearch(container, { goTo, locate }) {
  const input = h('input', {
    className: 'om-search-input',
    attrs: {
      id: 'om-search-input', type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'om-search-list', 'aria-describedby': 'om-search-hint',
    },
  });
  const label = h('label', { className: 'om-visually-hidden', attrs: { for: 'om-search-input' } });
  const list = h('ul', { className: 'om-search-list', attrs: { id: 'om-search-list', role: 'listbox', hidden: true } });
  // Read with the search box, not shown: shown, it pushed the header down under a finger about to tap (issue 16).
  const hint = h('p', { className: 'om-search-hint om-visually-hidden', attrs: { id: 'om-search-hint' } });
  const message = h('p', { className: 'om-search-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const locateButton = h('button', { className: 'om-locate', attrs: { type: 'button' } });
  const form = h('form', { className: 'om-search', attrs: { role: 'search' } },
    label, h('div', { className: 'om-search-box' }, input, list), locateButton, hint, message);
  container.replaceChildren(form);

  let geocoder = false;
  let results = [];
  let active = -1;
  let timer = 0;
  let controller = null;
  let pending = null; // the promise of the latest lookup
  let messageKey = null; // [key, params] of the message shown, so a language switch re-says it

  const say = (key, params = {}) => {
    messageKey = key ? [key, params] : null;
    message.textContent = key ? t(key, params) : '';
  };

  const render = () => {
    label.textContent = t('search.label');
    input.placeholder = t('search.placeholder');
    locateButton.textContent = t('locate.button');
    hint.textContent = geocoder ? '' : t('search.noAddress');
    hint.hidden = geocoder;
    if (messageKey) {
      message.textContent = t(...messageKey);
    }
  };

  function setActive(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  }

  function show(found) {
    results = found;
    list.replaceChildren(...found.map((result, i) => {
      const option = h('li', { className: 'om-search-option', attrs: { id: `om-search-option-${i}`, role: 'option', 'aria-selected': 'false' } },
        h('span', { className: 'om-search-label', text: String(result.label ?? '') }),
        h('span', { className: 'om-search-detail', text: String(result.detail ?? '') }));
      // mousedown, not click: the input keeps the focus until the pick moves it to the card.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      return option;
    }));
    const open = found.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    setActive(-1);
  }

  async function lookup(q) {
    controller?.abort();
    const own = new AbortController();
    controller = own;
    const lang = getLang();
    try {
      const [places, addresses] = await Promise.all([
        search(q, lang, LIMIT, own.signal),
        geocoder ? geocode(q, lang, 5, own.signal).catch((error) => (error.name === 'AbortError' ? Promise.reject(error) : { results: [] })) : { results: [] },
      ]);
      if (own !== controller) {
        return results;
      }

      const found = [...(places.results ?? []), ...(addresses.results ?? [])]
        .filter((r) => Number.isFinite(r.lon) && Number.isFinite(r.lat));
      show(found);
      if (found.length === 0) {
        say(geocoder ? 'search.none' : 'search.noneNoAddress', { q });
      } else {
        say('search.count', { count: found.length });
      }

      return found;
    } catch (error) {
      if (error.name !== 'AbortError' && own === controller) {
        show([]);
        say('search.error', { message: error.message });
      }

      return [];
    }
  }

  function pick(index) {
    const result = results[index];
    if (!result) {
      return;
    }

    input.value = String(result.label ?? '');
    close();
    say(null);
    goTo(result);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    pending = null; // a new query invalidates the lookup Enter would wait for
    const q = input.value.trim();
    if (q === '') {
      controller?.abort();
      show([]);
      say(null);
      pending = null;
      return;
    }

    timer = setTimeout(() => {
      pending = lookup(q);
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', async (event) => {
    const count = list.hidden ? 0 : results.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count > 0) {
          setActive((active + 1) % count);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count > 0) {
          setActive(active <= 0 ? count - 1 : active - 1);
        }
        break;
      case 'Enter': {
        event.preventDefault();
        if (active >= 0) {
          pick(active);
          break;
        }

        // Enter before the suggestions came: look up now and take the best match.
        const q = input.value.trim();
        if (q === '') {
          break;
        }

        clearTimeout(timer);
        const found = await (pending ?? (pending = lookup(q)));
        if (found.length > 0 && input.value.trim() === q) {
          pick(0);
        }
        break;
      }
      case 'Escape':
        if (!list.hidden) {
          event.preventDefault();
          close();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          show([]);
          say(null);
        }
        break;
      default:
        break;
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', (event) => event.preventDefault());

  locateButton.addEventListener('click', () => {
    if (!navigator.geolocation) {
      say('locate.unsupported');
      return;
    }

    say('locate.finding');
    navigator.geolocation.getCurrentPosition(
      (position) => {
        say(null);
        locate({ lat: position.coords.latitude, lon: position.coords.longitude });
      },
      (error) => say(error.code === 1 ? 'locate.denied' : error.code === 3 ? 'locate.timeout' : 'locate.unavailable'),
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  });

  render();
  onLangChange(() => {
    render();
    close();
  });

  return {
    input,
    setGeocoder(enabled) {
      geocoder = enabled === true;
      render();
    },
  };
}
