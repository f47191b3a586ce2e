// All HTTP of the map page: the deployment's map settings and the OGC API - Features collections.

const GEOJSON = 'application/geo+json';
const JSON_TYPE = 'application/json';

// The API's maximum page size: every layer of this service fits in one page, and `next` links are followed anyway.
const PAGE_LIMIT = 10000;

/** A failed request, with the HTTP status and the problem details' title/detail when the API sent them. */
export class ApiError extends Error {
  constructor(url, status, title, detail) {
    super(`${title}${detail ? `: ${detail}` : ''} (HTTP ${status})`);
    this.name = 'ApiError';
    this.url = url;
    this.status = status;
  }
}

const getJson = (url, accept, signal) => requestJson(url, { headers: { Accept: accept }, signal });

async function requestJson(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }

    throw new ApiError(url, 0, 'The server could not be reached', error.message);
  }

  if (!response.ok) {
    throw await problemOf(url, response);
  }

  return response.json();
}

// RFC 9457 problem details when the API sent them, else the status text.
async function problemOf(url, response) {
  let title = response.statusText || 'Request failed';
  let detail = '';
  if ((response.headers.get('Content-Type') ?? '').includes('json')) {
    try {
      const problem = await response.json();
      title = typeof problem.title === 'string' ? problem.title : title;
      detail = typeof problem.detail === 'string' ? problem.detail : '';
    } catch {
      // Not JSON after all: the status line is all we have.
    }
  }

  return new ApiError(url, response.status, title, detail);
}

/** The deployment's map settings and look (look.js reads them): base map (null URL = none), geocoder, default layers, palette, classes, zoom bands. */
export const getMapConfig = (signal) => getJson('map-config', JSON_TYPE, signal);

/** The collection document: title, description, attribution, sources, license links (their words in `lang`, else English). */
export const getCollection = (id, signal, lang = null) =>
  getJson(`collections/${encodeURIComponent(id)}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, JSON_TYPE, signal);

/** Every HOLC city of the national layer: `{ cities: [{ key, city, state, areas, grades, bbox, centre }] }`. */
export const getHolcCities = (signal) => getJson('api/holc-cities', JSON_TYPE, signal);

/**
 * Every feature of a collection, following `next` links: only those whose queryables equal `filters`, and with a
 * `zoom` (0-22) geometry simplified for display at that zoom.
 */
export async function getAllItems(id, signal, { zoom = null, filters = {} } = {}) {
  const query = new URLSearchParams({ ...filters, limit: String(PAGE_LIMIT) });
  if (Number.isInteger(zoom)) {
    query.set('zoom', String(zoom));
  }

  let url = `collections/${encodeURIComponent(id)}/items?${query}`;
  const features = [];
  while (url) {
    const page = await getJson(url, GEOJSON, signal);
    features.push(...(page.features ?? []));
    url = page.links?.find((link) => link.rel === 'next')?.href ?? null;
  }

  return features;
}

/** The "then & now" card of a point (docs/api.md, "Card"): the 1935 area, the ZIP's mobility, nearest resources. */
export const getCard = (lon, lat, lang, signal) =>
  getJson(`api/card?${new URLSearchParams({ lon: String(lon), lat: String(lat), lang })}`, JSON_TYPE, signal);

/** The card of one place, a search result's `collection` and `id`: the place itself, not a point inside it. */
export const getPlaceCard = (collection, id, lang, signal) =>
  getJson(`api/card/${encodeURIComponent(collection)}/${encodeURIComponent(id)}?${new URLSearchParams({ lang })}`, JSON_TYPE, signal);

/** One feature of a collection (GeoJSON). */
export const getFeature = (collection, id, signal) =>
  getJson(`collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}`, GEOJSON, signal);

/** `{ results: [{ kind, id, collection, label, detail, lon, lat, bbox }] }` for a ZIP, place, HOLC area, … */
export const search = (q, lang, limit, signal) =>
  getJson(`api/search?${new URLSearchParams({ q, lang, limit: String(limit) })}`, JSON_TYPE, signal);

/** The same shape as `search`, every result an address, from the deployment's geocoder (404 when none). */
export const geocode = (q, lang, limit, signal) =>
  getJson(`api/geocode?${new URLSearchParams({ q, lang, limit: String(limit) })}`, JSON_TYPE, signal);
const postJson = (url, body, signal) => requestJson(url, {
  method: 'POST',
  headers: { 'Content-Type': GEOJSON, Accept: JSON_TYPE },
  body: JSON.stringify(body),
  signal,
});

/** The summary of a GeoJSON Polygon (lon/lat): area, 1935 grades, mobility, resources, neighborhood metrics. */
export const postSummary = (geometry, signal) => postJson('api/summary', geometry, signal);

/** The summary of a named area: layer = zip-mobility | tract-mobility | neighborhoods | redlining-1935. */
export const getSummary = (layer, id, signal) =>
  getJson(`api/summary?layer=${encodeURIComponent(layer)}&id=${encodeURIComponent(id)}`, JSON_TYPE, signal);

/** The 1935 grade vs today report. */
export const getReport = (signal) => getJson('api/report/holc-vs-today', JSON_TYPE, signal);

/** Where a county and its commuting zone stand in the nation (docs/api.md, "Benchmarks"), words in `lang`. */
export const getBenchmarks = (county, lang, signal) =>
  getJson(`api/benchmarks?${new URLSearchParams({ county, lang })}`, JSON_TYPE, signal);

/** Mobility by 1935 grade in every HOLC city, or in one (`city`: its key or its key on the map), words in `lang`. */
export const getHolcCityReport = (lang, signal, city = null) =>
  getJson(`api/report/holc-cities?${new URLSearchParams(city ? { city, lang } : { lang })}`, JSON_TYPE, signal);

/** The Social Capital Atlas's measures by Charlotte's 1935 grades, words in `lang`. */
export const getSocialCapitalReport = (lang, signal) =>
  getJson(`api/report/social-capital?${new URLSearchParams({ lang })}`, JSON_TYPE, signal);

/** The features of a collection whose geometry touches the point (lon, lat). */
export async function getItemsAt(id, lon, lat, signal) {
  const page = await getJson(`collections/${encodeURIComponent(id)}/items?bbox=${lon},${lat},${lon},${lat}&limit=10`, GEOJSON, signal);
  return page.features ?? [];
}
