// Keeps the map page's URL equal to its view (viewState.js), so any moment of the map can be linked to:
// moving the map replaces the history entry (debounced), a discrete change (a layer switched, a card opened or
// closed, the language) pushes a new one, and Back/Forward restore the entry's view.
//
// The card panel is told and tells through window events, so neither module imports the other:
//   'om:card-opened' { lat, lon } and 'om:card-closed' (from the card) record `pt`;
//   'om:restore-card' { lat, lon } | null (to the card) asks it to open at, or close, the restored point.
import { L } from './leaflet.js';
import { CATEGORY_IDS, LAYER_IDS, parse, sameView, serialize } from './viewState.js';

const MOVE_DEBOUNCE_MS = 300;

/** Reads the view from the URL, shows it on `map`, and keeps the URL in step from then on. */
export function createPermalink(map) {
  let state = parse(new URLSearchParams(location.search));
  const overlays = []; // { id, category, layer }
  const opacityFollowers = [];
  let restoring = false;
  let pending = null;
  let marker = null;

  map.setView(state.centre, state.zoom, { animate: false });

  const round5 = (value) => Math.round(value * 1e5) / 1e5;

  // The view now: the map's centre and zoom, and each registered layer; layers not loaded yet keep their URL value.
  function current() {
    const centre = map.getCenter();
    const next = { ...state, centre: [round5(centre.lat), round5(centre.lng)], zoom: map.getZoom() };
    const registered = new Set(overlays.map((o) => o.id));
    const on = (o) => map.hasLayer(o.layer);
    const layers = next.layers.filter((id) => !registered.has(id));
    for (const id of new Set(overlays.map((o) => o.id))) {
      if (overlays.some((o) => o.id === id && on(o))) {
        layers.push(id);
      }
    }

    // In the contract's order, whatever order the layers loaded in.
    next.layers = LAYER_IDS.filter((id) => layers.includes(id));
    const categories = overlays.filter((o) => o.category);
    if (categories.length > 0) {
      const shown = categories.filter(on).map((o) => o.category);
      next.cats = shown.length > 0 && shown.length < categories.length ? CATEGORY_IDS.filter((id) => shown.includes(id)) : null;
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
    const url = `${location.pathname}?${serialize(next)}`;
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

  function showPoint(pt) {
    marker?.remove();
    marker = pt ? L.circleMarker(pt, { className: 'om-card-point', radius: 7, interactive: false, pane: 'markerPane' }).addTo(map) : null;
  }

  const wanted = (s, o) => s.layers.includes(o.id) && (!o.category || s.cats === null || s.cats.includes(o.category));

  function restore() {
    clearTimeout(pending);
    const next = parse(new URLSearchParams(location.search));
    restoring = true;
    try {
      map.setView(next.centre, next.zoom, { animate: false });
      for (const o of overlays) {
        if (wanted(next, o) !== map.hasLayer(o.layer)) {
          wanted(next, o) ? o.layer.addTo(map) : o.layer.remove();
        }
      }

      opacityFollowers.forEach((apply) => apply(next.opacity));
      showPoint(next.pt);
      window.dispatchEvent(new CustomEvent('om:restore-card', { detail: next.pt ? { lat: next.pt[0], lon: next.pt[1] } : null }));
    } finally {
      restoring = false;
    }

    state = next;
  }

  map.on('moveend', writeSoon);
  map.on('overlayadd overlayremove', () => write(true));
  window.addEventListener('popstate', restore);
  window.addEventListener('om:card-opened', (event) => {
    const { lat, lon } = event.detail ?? {};
    if (Number.isFinite(lat) && Number.isFinite(lon)) {
      change({ pt: [round5(lat), round5(lon)] });
    }
  });
  window.addEventListener('om:card-closed', () => change({ pt: null }));

  // A discrete change: the current entry keeps the view before it, a new entry gets the view with it.
  function change(values) {
    if (restoring) {
      return;
    }

    if (pending) {
      write(false);
    }

    const next = { ...current(), ...values };
    if (!sameView(next, state)) {
      history.pushState(null, '', `${location.pathname}?${serialize(next)}`);
      state = next;
      showPoint(state.pt);
    }
  }

  history.replaceState(null, '', `${location.pathname}?${serialize(state)}`);
  showPoint(state.pt);

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

    /** The language changed (a discrete change: Back returns to the previous language). */
    langChanged: (lang) => change({ lang }),
  };
}
