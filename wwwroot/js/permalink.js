// Keeps the map page's URL equal to its view (viewState.js), so any moment of the map can be linked to:
// moving the map replaces the history entry (debounced), a discrete change (a layer switched, a card opened or
// closed, the language) pushes a new one, and Back/Forward restore the entry's view.
//
// The card (card.js) reports its point through cardChanged and is opened or closed again on Back/Forward.
import { LAYER_IDS, VIEW_PARAMETERS, parse, sameView, serialize } from './viewState.js';
import { getLang, onLangChange, setLang } from './i18n.js';

const MOVE_DEBOUNCE_MS = 300;

// The page's address for `state`: the view's parameters, then any others the URL came with (a newsroom's
// utm_source, say), unchanged.
function href(state) {
  const others = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(location.search)) {
    if (!VIEW_PARAMETERS.includes(name)) {
      others.append(name, value);
    }
  }

  const rest = others.toString();
  return `${location.pathname}?${serialize(state)}${rest ? `&${rest}` : ''}`;
}

/**
 * Reads the view from the URL, shows it on `map`, and keeps the URL in step from then on; `card` is card.js's,
 * `known` what /map-config says of views (viewState.js's knownFrom: default layers, centre, zoom, opacity, categories).
 */
export function createPermalink(map, card, { known = {} } = {}) {
  const read = () => parse(new URLSearchParams(location.search), known);
  // The language is part of the view even when the browser chose it (i18n.js has already decided).
  let state = { ...read(), lang: getLang() };
  const overlays = []; // { id, category, layer }
  const opacityFollowers = [];
  const cityFollowers = [];
  let restoring = false;
  let pending = null;

  map.setView(state.centre, state.zoom, { reset: true });

  const round5 = (value) => Math.round(value * 1e5) / 1e5;

  // The view now: the map's centre and zoom, and each registered layer; layers not loaded yet keep their URL value.
  function current() {
    const centre = map.getCenter();
    const zoom = map.getZoom();
    // Less than a pixel away is the same view: Leaflet keeps its origin on whole pixels, so a panel opening or a
    // focus scroll can nudge the centre by a fraction of one, which must not rewrite a permalink's centre.
    const unmoved = zoom === state.zoom
      && map.latLngToContainerPoint(centre).distanceTo(map.latLngToContainerPoint(state.centre)) < 1;
    const next = { ...state, centre: unmoved ? state.centre : [round5(centre.lat), round5(centre.lng)], zoom };
    const registered = new Set(overlays.map((o) => o.id));
    const on = (o) => map.hasLayer(o.layer);
    if (registered.size > 0) {
      const layers = (next.layers ?? []).filter((id) => !registered.has(id));
      for (const id of registered) {
        if (overlays.some((o) => o.id === id && on(o))) {
          layers.push(id);
        }
      }

      // In the contract's order, whatever order the layers loaded in.
      next.layers = LAYER_IDS.filter((id) => layers.includes(id));
    }

    const categories = overlays.filter((o) => o.category);
    if (categories.length > 0) {
      const shown = categories.filter(on).map((o) => o.category);
      next.cats = shown.length > 0 && shown.length < categories.length ? (known.categories ?? categories.map((o) => o.category)).filter((id) => shown.includes(id)) : null;
    }

    return next;
  }

  function write(push) {
    clearTimeout(pending);
    pending = null;
    if (restoring) {
      return;
    }

    const next = current();
    const url = href(next);
    if (push && !sameView(next, state)) {
      history.pushState(null, '', url);
    } else {
      history.replaceState(null, '', url);
    }

    state = next;
  }

  const writeSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(() => write(false), MOVE_DEBOUNCE_MS);
  };

  const wanted = (s, o) => Boolean(s.layers?.includes(o.id)) && (!o.category || s.cats === null || s.cats.includes(o.category));

  function restore() {
    clearTimeout(pending);
    const next = read();
    restoring = true;
    try {
      map.setView(next.centre, next.zoom, { reset: true });
      for (const o of overlays) {
        if (wanted(next, o) !== map.hasLayer(o.layer)) {
          wanted(next, o) ? o.layer.addTo(map) : o.layer.remove();
        }
      }

      opacityFollowers.forEach((apply) => apply(next.opacity));
      if (next.city !== state.city) {
        cityFollowers.forEach((apply) => apply(next.city));
      }
      if (next.pt) {
        card?.open(next.pt);
      } else {
        card?.close();
      }
    } finally {
      restoring = false;
    }

    next.lang ??= state.lang;
    state = next;
    if (next.lang !== getLang()) {
      // Asynchronous (it may load a catalogue): its change event finds `state` already in this language.
      setLang(next.lang);
    }
  }

  map.on('moveend', writeSoon);
  map.on('overlayadd overlayremove', () => write(true));
  window.addEventListener('popstate', restore);
  onLangChange((lang) => change({ lang }));

  // A discrete change: the current entry keeps the view before it (rewritten, as i18n.js may have edited it), a new
  // entry gets the view with it.
  function change(values) {
    if (restoring) {
      return;
    }

    write(false);
    const next = { ...current(), ...values };
    if (!sameView(next, state)) {
      history.pushState(null, '', href(next));
      state = next;
    }
  }

  history.replaceState(null, '', href(state));

  return {
    /** The view the page opened with (after dropping malformed values). */
    initial: state,

    /** The view now, as a state object (viewState.js). */
    current: () => current(),

    /** This view's absolute URL on `path` ('' = the map page, 'embed' = the embed), optionally with a title. */
    url: (path = '', extra = {}) => new URL(`${path}?${serialize({ ...current(), ...extra })}`, document.baseURI).href,

    /**
     * Adds an overlay the URL speaks for (`id` a collection id; `category` for one resource category's layer);
     * returns whether the URL wants it shown.
     */
    register(id, layer, category = null) {
      const entry = { id, layer, category };
      overlays.push(entry);
      return wanted(state, entry);
    },

    /** `apply(opacity)` restores the 1935 layer's opacity on Back/Forward; returns the opacity to start with. */
    followOpacity(apply) {
      opacityFollowers.push(apply);
      return state.opacity;
    },

    /** The 1935 opacity slider moved. */
    opacityChanged(opacity) {
      if (!restoring) {
        state = { ...state, opacity };
        writeSoon();
      }
    },

    /** `apply(key)` shows the 1935 map of city `key` (null: Charlotte) on Back/Forward; returns the city to start with. */
    followCity(apply) {
      cityFollowers.push(apply);
      return state.city;
    },

    /** The city picker chose `key` (null: the default, Charlotte). */
    cityChanged: (key) => change({ city: key }),

    /** The card opened at `latlng` (a Leaflet LatLng), or closed (null). */
    cardChanged: (latlng) => change({ pt: latlng ? [round5(latlng.lat), round5(latlng.lng)] : null }),
  };
}
