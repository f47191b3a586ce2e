// Each layer's sources and licences, from its /collections/{id} document, in Leaflet's attribution control while the
// layer is on. Leaflet takes attribution as HTML, so every text from the API is escaped here and only http(s) links
// are kept. One entry per source: Leaflet counts identical entries, so a source shared by layers shows once.
import { escapeHtml, safeHttpUrl } from './dom.js';

const link = (href, text) => {
  const url = safeHttpUrl(href);
  return url ? `<a href="${escapeHtml(url)}" rel="noopener">${escapeHtml(text)}</a>` : escapeHtml(text);
};

/** One HTML entry per source: "Mapping Inequality … (CC BY-NC-SA 4.0)", each part linked when it has a URL. */
export function attributionEntries(collection) {
  const sources = Array.isArray(collection?.sources) ? collection.sources : [];
  if (sources.length === 0) {
    return typeof collection?.attribution === 'string' && collection.attribution ? [escapeHtml(collection.attribution)] : [];
  }

  return [...new Set(sources.map((source) => {
    const who = link(source.url, source.attribution || source.name || 'Unnamed source');
    return source.licence ? `${who} (${link(source.licenceUrl, source.licence)})` : who;
  }))];
}

// "Mapping Inequality: Redlining in New Deal America" → "Mapping Inequality".
const shortName = (source) => String(source?.name || source?.attribution || '').split(/[:(]/)[0].trim();

/** Each source's short name, once: the one line a card or an embed shows before its sources in full. */
export const sourceNames = (sources) => [...new Set((Array.isArray(sources) ? sources : []).map(shortName).filter(Boolean))];

/** The sources of a report in one plain-text line: "credit (licence; vintage); …", for `report.sources`. */
export const sourcesLine = (sources) => sources.map((s) => `${s.attribution} (${s.licence}; ${s.vintage})`).join('; ');

/** Shows `entries` in the map's attribution control whenever `layer` is on the map. */
export function attachAttribution(map, layer, entries) {
  const control = map.attributionControl;
  const show = () => entries.forEach((entry) => control.addAttribution(entry));
  const hide = () => entries.forEach((entry) => control.removeAttribution(entry));
  layer.on('add', show);
  layer.on('remove', hide);
  if (map.hasLayer(layer)) {
    show();
  }
}
