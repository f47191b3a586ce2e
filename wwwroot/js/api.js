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

async function getJson(url, accept, signal) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: accept }, signal });
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

/** `{ baseMapUrl, baseMapAttribution }`; null URL = no base map. */
export const getMapConfig = (signal) => getJson('map-config', JSON_TYPE, signal);

/** The collection document: title, description, attribution, sources, license links. */
export const getCollection = (id, signal) => getJson(`collections/${encodeURIComponent(id)}`, JSON_TYPE, signal);

/** Every HOLC city of the national layer: `{ cities: [{ key, city, state, areas, grades, bbox, centre }] }`. */
export const getHolcCities = (signal) => getJson('api/holc-cities', JSON_TYPE, signal);

/** Every feature of a collection (optionally only those whose queryables equal `filters`), following `next` links. */
export async function getAllItems(id, signal, filters = {}) {
  let url = `collections/${encodeURIComponent(id)}/items?${new URLSearchParams({ ...filters, limit: PAGE_LIMIT })}`;
  const features = [];
  while (url) {
    const page = await getJson(url, GEOJSON, signal);
    features.push(...(page.features ?? []));
    url = page.links?.find((link) => link.rel === 'next')?.href ?? null;
  }

  return features;
}
