// The map's look, published by the server (/map-config, which its images use too): default layers, palette,
// choropleth classes, zoom bands. The page keeps no copy: colours become css custom properties on the document
// (css/map.css reads them), the rest is handed to the layers. A missing or malformed answer is an error the page
// reports; it never falls back to colours of its own.
import { getMapConfig } from './api.js';
import { cssToken, setCategoryOrder } from './categories.js';

const HEX = /^#[0-9a-f]{6}$/i;

const isColour = (value) => typeof value === 'string' && HEX.test(value);
const isRange = (c) => Number.isFinite(c?.min) && Number.isFinite(c?.max) && c.min <= c.max;

// The parts of the answer the page draws with; a deployment without a choropleth layer sends none for it.
function valid(config) {
  const p = config?.palette;
  return Array.isArray(config?.defaultLayers) && config.defaultLayers.every((id) => typeof id === 'string')
    && Array.isArray(config.zoomBands) && config.zoomBands.every(Number.isInteger)
    && Array.isArray(p?.classes) && p.classes.length > 0 && p.classes.every(isColour)
    && [p.noData, p.unknown, p.holcOutline, p.otherResource].every(isColour)
    && Array.isArray(p.resources) && p.resources.every((r) => typeof r?.category === 'string' && isColour(r.colour))
    && Array.isArray(config.choropleths) && config.choropleths.every((c) => typeof c?.collection === 'string'
      && typeof c.property === 'string' && Array.isArray(c.classes) && c.classes.length <= p.classes.length && c.classes.every(isRange));
}

/** Sets the palette's colours as the custom properties css/map.css reads (--om-class-N, --om-nodata, --om-resource-*). */
export function applyPalette(palette, root = document.documentElement) {
  palette.classes.forEach((colour, i) => root.style.setProperty(`--om-class-${i}`, colour));
  root.style.setProperty('--om-nodata', palette.noData);
  root.style.setProperty('--om-resource-other', palette.otherResource);
  for (const { category, colour } of palette.resources) {
    root.style.setProperty(`--om-resource-${cssToken(category)}`, colour);
  }
}

/**
 * The deployment's look: the /map-config answer, its palette applied to the document, with `choropleth(collection,
 * group)` (`{ property, classes, children }` for all children, the default, or `black` / `white`; null when the server
 * sent none). Rejects when the answer is missing or malformed.
 */
export async function loadLook(signal) {
  const config = await getMapConfig(signal);
  if (!valid(config)) {
    throw new Error('The map settings are incomplete: no palette, classes, zoom bands or default layers.');
  }

  applyPalette(config.palette);
  setCategoryOrder(config.palette.resources.map((r) => r.category));
  const choropleths = new Map(config.choropleths.map((c) => [`${c.collection} ${c.group ?? 'all'}`, c]));
  return Object.freeze({ ...config, choropleth: (collection, group = 'all') => choropleths.get(`${collection} ${group}`) ?? null });
}

/** loadLook's answer as `{ look }` or `{ error }`, never a rejection: asked for at once, read when the page can report it. */
export const requestLook = () => loadLook().then((look) => ({ look }), (error) => ({ error }));
