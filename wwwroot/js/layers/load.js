// Loading a catalogue layer (catalogue.js): its sources from its collection document, its features (for the map's
// zoom band when its geometry is simplified, which then follows the zoom), built with the deployment's look.
import { getAllItems, getCollection } from '../api.js';
import { attributionEntries } from '../attribution.js';
import { followZoom, getItemsForZoom } from './simplified.js';
import { getLang } from '../i18n.js';

/** The layer's sources: attribution entries (escaped HTML) from its collection document, in the page's language. */
export const layerSources = async (entry, signal) => attributionEntries(await getCollection(entry.id, signal, getLang()));

/** Loads the features of catalogue entry `entry` and builds it (see catalogue.js); `options` go to its build. */
export async function buildLayer(map, entry, look, options = {}) {
  const bands = look.zoomBands;
  const features = await (entry.simplified ? getItemsForZoom(map, entry.id, bands) : getAllItems(entry.id));
  const built = entry.build(features, { map, look, pane: entry.pane, ...options });
  if (entry.simplified) {
    built.overlays.forEach((overlay) => followZoom(map, entry.id, overlay.layer, bands));
  }

  return built;
}

/** `buildLayer`'s layer with its `sources`, both loaded at once. */
export async function loadLayer(map, entry, look, options) {
  const [sources, built] = await Promise.all([layerSources(entry), buildLayer(map, entry, look, options)]);
  return { ...built, sources };
}

/** The 1935 areas of another city (`key`, from /api/holc-cities) from the national layer, for the 1935 layer's `showCity`. */
export const cityAreas = (key, signal) => getAllItems('redlining-national', signal, { filters: { city_key: key } });
