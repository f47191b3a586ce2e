// The neighborhood map: loads the layers from the OGC API and puts them on a Leaflet map.
import { getMapConfig, getCollection, getAllItems } from './api.js';
import { holcLayer, zipLayer, resourceLayers } from './layers.js';
import { legendControl, opacityControl } from './controls.js';
import { escapeHtml } from './format.js';

const L = window.L;
const CHARLOTTE = [35.227, -80.843];
const status = document.getElementById('status');

function say(text, isError = false) {
  status.textContent = text;
  status.classList.toggle('error', isError);
}

/** "Source (licence)" for the attribution control, escaped: Leaflet renders attribution as HTML. */
function attributionOf(collection) {
  const parts = (collection.sources || []).map((s) =>
    `<a href="${escapeHtml(s.licenceUrl)}" rel="license">${escapeHtml(s.name)}</a> (${escapeHtml(s.licence)})`);
  return parts.join(', ');
}

async function loadLayer(id) {
  const [collection, data] = await Promise.all([getCollection(id), getAllItems(id)]);
  return { collection, data, attribution: attributionOf(collection) };
}

async function start() {
  const map = L.map('map', { zoomControl: true }).setView(CHARLOTTE, 11);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');

  const config = await getMapConfig();
  if (config.baseMapUrl) {
    L.tileLayer(config.baseMapUrl, { attribution: config.baseMapAttribution ?? '', maxZoom: 19 }).addTo(map);
  } else {
    document.getElementById('map').classList.add('no-base-map');
  }

  const [holc, zips, resources] = await Promise.all([
    loadLayer('redlining-1935'), loadLayer('zip-mobility'), loadLayer('resources'),
  ]);

  const zip = zipLayer(zips.data, zips.attribution);
  zip.layer.addTo(map);
  const redlining = holcLayer(holc.data, holc.attribution).addTo(map);
  const points = resourceLayers(resources.data, resources.attribution);

  const overlays = {
    [`${zips.collection.title}`]: zip.layer,
    [`${holc.collection.title}`]: redlining,
  };
  for (const { category, layer } of points) {
    overlays[`${category.label}`] = layer;
    if (category.on) layer.addTo(map);
  }

  L.control.layers(null, overlays, { collapsed: window.matchMedia('(max-width: 600px)').matches }).addTo(map);
  opacityControl((opacity) => redlining.setStyle({ fillOpacity: opacity, opacity: Math.max(opacity, 0.2) }), 0.6).addTo(map);
  const grades = new Map(holc.data.features.map((f) => [f.properties.grade, [f.properties.grade, f.properties.category, f.properties.fill]]));
  legendControl(zip.classes, [...grades.values()].sort((a, b) => a[0].localeCompare(b[0]))).addTo(map);
  L.control.scale({ imperial: true, metric: true }).addTo(map);
  const showLabels = () => map.getContainer().classList.toggle('hide-holc-labels', map.getZoom() < 13);
  map.on('zoomend', showLabels);
  showLabels();

  const counts = document.body.dataset;
  counts.holcCount = String(holc.data.features.length);
  counts.zipCount = String(zips.data.features.length);
  counts.resourceCount = String(resources.data.features.length);
  counts.ready = 'true';
  say(`Showing ${holc.data.features.length} 1935 HOLC areas, ${zips.data.features.length} ZIP codes and ${resources.data.features.length} resources. Click a place for details.`);
}

start().catch((error) => {
  say(`The map could not load its data: ${error.message}`, true);
  document.body.dataset.ready = 'error';
});
