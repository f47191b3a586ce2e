// Every HTTP call the page makes, in one place.

async function getJson(url, accept) {
  const response = await fetch(url, { headers: { Accept: accept } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch { /* not problem details */ }
    throw new Error(`${url}: ${detail}`);
  }
  return response.json();
}

export const getMapConfig = () => getJson('/map-config', 'application/json');

export const getCollection = (id) => getJson(`/collections/${encodeURIComponent(id)}`, 'application/json');

/** Every feature of a collection, following `next` links so no page is missed. */
export async function getAllItems(id) {
  let url = `/collections/${encodeURIComponent(id)}/items?limit=10000`;
  const features = [];
  while (url) {
    const page = await getJson(url, 'application/geo+json');
    features.push(...page.features);
    const next = (page.links || []).find((link) => link.rel === 'next');
    url = next ? next.href : null;
  }
  return { type: 'FeatureCollection', features };
}
