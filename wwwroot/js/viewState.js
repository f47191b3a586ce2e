// The view in the URL's query string (the contract shared by /, /embed, /map.png and /oembed): a pure module, no DOM.
// parse() never throws: a malformed or unknown value is dropped and its default used.

export const LAYER_IDS = ['redlining-1935', 'zip-mobility', 'tract-mobility', 'resources', 'neighborhoods', 'zip-social-capital'];
export const LANGS = ['en', 'es'];
export const TITLE_MAX = 120;

// `layers=none` is an empty selection (an empty `layers=` would read as absent, i.e. the default layers).
const NO_LAYERS = 'none';

/**
 * The view a URL without parameters shows. Its centre, zoom and opacity are the deployment's (/map-config's `view`,
 * passed to parse as `known.view`), as are its layers (`known.defaultLayers`); without them, the whole world.
 */
export const DEFAULTS = Object.freeze({
  lang: null, // null: the i18n module decides (browser language, then English)
  centre: Object.freeze([0, 0]),
  zoom: 1,
  layers: null, // null: the default layers, when the page could not learn them
  cats: null, // null: every resource category
  opacity: 1,
  pt: null,
  city: null,
  title: null,
});

// "A_b-c": a token a category id may be; only the deployment knows which exist.
const CATEGORY_TOKEN = /^[a-z0-9_-]{1,64}$/;

/** /map-config's view defaults and resource category order as parse's `known` (`config` may be null). */
export const knownFrom = (config) => ({
  defaultLayers: config?.defaultLayers ?? null,
  view: config?.view ?? null,
  categories: Array.isArray(config?.palette?.resources) ? config.palette.resources.map((r) => r.category) : null,
});

const round5 = (value) => Math.round(value * 1e5) / 1e5;

// "LAT,LON" with both finite and in range, else null.
function latLon(text) {
  const parts = String(text).split(',');
  if (parts.length !== 2 || parts.some((p) => !/^\s*-?\d+(\.\d+)?\s*$/.test(p))) {
    return null;
  }

  const [lat, lon] = parts.map(Number);
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [round5(lat), round5(lon)] : null;
}

// A comma list reduced to the known ids, in the known order, without repeats; null when nothing known remains.
function idList(text, known) {
  const given = new Set(String(text).split(',').map((s) => s.trim()));
  const kept = known.filter((id) => given.has(id));
  return kept.length > 0 ? kept : null;
}

function integerIn(text, min, max) {
  return /^\d{1,2}$/.test(text) && Number(text) >= min && Number(text) <= max ? Number(text) : null;
}

/**
 * The view held by `params` (URLSearchParams), every missing or malformed value replaced by its default.
 * `known.defaultLayers` are the layers shown when the URL names none and `known.view` the centre, zoom and opacity
 * (/map-config's, see knownFrom); `known.categories` the resource categories in their order (without them, any id
 * of letters, digits, _ and -, as given); `known.layers` may narrow or widen the accepted layer ids.
 */
export function parse(params, known = {}) {
  const layerIds = known.layers ?? LAYER_IDS;
  const get = (name) => (params.has(name) ? params.get(name) : null);
  const view = known.view ?? {};
  const state = {
    ...DEFAULTS,
    centre: latLon(view.centre?.join?.(',') ?? '') ?? [...DEFAULTS.centre],
    zoom: Number.isInteger(view.zoom) ? view.zoom : DEFAULTS.zoom,
    opacity: Number.isFinite(view.opacity) ? view.opacity : DEFAULTS.opacity,
    layers: known.defaultLayers ? [...known.defaultLayers] : null,
  };

  const lang = get('lang');
  if (lang !== null && LANGS.includes(lang)) {
    state.lang = lang;
  }

  state.centre = (get('c') !== null && latLon(get('c'))) || state.centre;
  state.zoom = (get('z') !== null ? integerIn(get('z'), 0, 18) : null) ?? state.zoom;

  const layers = get('layers');
  if (layers === NO_LAYERS) {
    state.layers = [];
  } else if (layers !== null) {
    state.layers = idList(layers, layerIds) ?? state.layers;
  }

  const cats = get('cats');
  const categoryIds = known.categories
    ?? [...new Set(String(cats ?? '').split(',').map((s) => s.trim()).filter((s) => CATEGORY_TOKEN.test(s)))];
  state.cats = cats !== null ? idList(cats, categoryIds) : null;
  if (state.cats && known.categories && state.cats.length === categoryIds.length) {
    state.cats = null;
  }

  const opacity = get('opacity');
  if (opacity !== null && /^\s*(0|1|0?\.\d+|1\.0*)\s*$/.test(opacity)) {
    state.opacity = Math.round(Number(opacity) * 100) / 100;
  }

  state.pt = get('pt') !== null ? latLon(get('pt')) : null;

  const city = get('city');
  state.city = city !== null && /^[a-z0-9][a-z0-9_-]{0,63}$/i.test(city) ? city : null;

  const title = get('title');
  if (title !== null && title.trim() !== '') {
    state.title = [...title.trim().replace(/\s+/g, ' ')].slice(0, TITLE_MAX).join('');
  }

  return state;
}

// Commas and colons stay readable; everything else is percent-encoded.
const encode = (value) => encodeURIComponent(value).replaceAll('%2C', ',').replaceAll('%3A', ':');

/** The query string (without "?") of `state`: always centre, zoom, layers (unless null) and opacity, the rest when set. */
export function serialize(state) {
  const parts = [];
  const add = (name, value) => parts.push(`${name}=${encode(value)}`);
  if (state.lang) {
    add('lang', state.lang);
  }

  add('c', `${round5(state.centre[0]).toFixed(5)},${round5(state.centre[1]).toFixed(5)}`);
  add('z', String(state.zoom));
  if (state.layers) {
    add('layers', state.layers.length > 0 ? state.layers.join(',') : NO_LAYERS);
  }

  if (state.cats) {
    add('cats', state.cats.join(','));
  }

  add('opacity', String(Math.round(state.opacity * 100) / 100));
  if (state.pt) {
    add('pt', `${round5(state.pt[0]).toFixed(5)},${round5(state.pt[1]).toFixed(5)}`);
  }

  if (state.city) {
    add('city', state.city);
  }

  if (state.title) {
    add('title', state.title);
  }

  return parts.join('&');
}

/** The names this module reads and writes; any other parameter of a URL is someone else's. */
export const VIEW_PARAMETERS = ['lang', 'c', 'z', 'layers', 'cats', 'opacity', 'pt', 'city', 'title', 'width', 'height'];

/** True when both states show the same view (the title aside). */
export const sameView = (a, b) => serialize({ ...a, title: null }) === serialize({ ...b, title: null });
