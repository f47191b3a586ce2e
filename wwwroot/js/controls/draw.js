// Drawing a polygon on the map to summarise it: click to add corners, finish on the first corner or the Finish
// button, Esc to cancel. The keyboard alternative summarises the ZIP code under the map centre.
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { onLangChange, t } from '../i18n.js';

/** A control with the draw and centre buttons; `onArea(geometry)` gets a GeoJSON Polygon, `onCentre(latlng)` the centre. */
export function drawControl(map, { onArea, onCentre }) {
  let vertices = [];
  let markers = L.layerGroup();
  let outline = null;
  let area = null;
  let drawing = false;

  const drawButton = h('button', { className: 'om-draw-button', attrs: { type: 'button', 'aria-pressed': 'false' } });
  const finishButton = h('button', { className: 'om-draw-finish', attrs: { type: 'button', disabled: true } });
  const cancelButton = h('button', { className: 'om-draw-cancel', attrs: { type: 'button' } });
  const hint = h('p', { className: 'om-draw-hint', attrs: { hidden: true } });
  const tools = h('div', { className: 'om-draw-tools', attrs: { hidden: true } }, finishButton, cancelButton);
  const centreButton = h('button', { className: 'om-centre-button', attrs: { type: 'button' } });
  const box = h('div', { className: 'om-draw-control leaflet-bar' }, drawButton, tools, hint, centreButton);
  const render = () => {
    drawButton.textContent = t('draw.button');
    finishButton.textContent = t('draw.finish');
    cancelButton.textContent = t('draw.cancel');
    hint.textContent = t('draw.hint');
    centreButton.textContent = t('draw.centre');
  };
  render();
  onLangChange(render);
  L.DomEvent.disableClickPropagation(box);

  function redraw() {
    outline?.remove();
    outline = vertices.length > 1 ? L.polyline(vertices, { className: 'om-draw-outline', interactive: false }).addTo(map) : null;
    finishButton.disabled = vertices.length < 3;
  }

  function addVertex(event) {
    const marker = L.circleMarker(event.latlng, { radius: 6, className: 'om-draw-vertex', bubblingMouseEvents: false });
    if (vertices.length === 0) {
      marker.on('click', () => finish());
    }

    vertices.push(event.latlng);
    markers.addLayer(marker);
    redraw();
  }

  function onKey(event) {
    if (event.key === 'Escape') {
      stop();
    }
  }

  function start() {
    stop();
    area?.remove();
    area = null;
    drawing = true;
    markers = L.layerGroup().addTo(map);
    map.getContainer().classList.add('om-drawing');
    map.doubleClickZoom.disable();
    map.on('click', addVertex);
    document.addEventListener('keydown', onKey);
    drawButton.setAttribute('aria-pressed', 'true');
    tools.hidden = false;
    hint.hidden = false;
  }

  function stop() {
    if (!drawing) {
      return;
    }

    drawing = false;
    vertices = [];
    markers.remove();
    outline?.remove();
    outline = null;
    map.getContainer().classList.remove('om-drawing');
    map.doubleClickZoom.enable();
    map.off('click', addVertex);
    document.removeEventListener('keydown', onKey);
    drawButton.setAttribute('aria-pressed', 'false');
    tools.hidden = true;
    hint.hidden = true;
    finishButton.disabled = true;
  }

  function finish() {
    if (vertices.length < 3) {
      return;
    }

    const ring = vertices.map((v) => [Number(v.lng.toFixed(6)), Number(v.lat.toFixed(6))]);
    ring.push(ring[0]);
    const corners = vertices;
    stop();
    area = L.polygon(corners, { className: 'om-draw-area', interactive: false }).addTo(map);
    onArea({ type: 'Polygon', coordinates: [ring] });
  }

  drawButton.addEventListener('click', () => (drawing ? stop() : start()));
  finishButton.addEventListener('click', finish);
  cancelButton.addEventListener('click', stop);
  centreButton.addEventListener('click', () => onCentre(map.getCenter()));

  // Top right, under the layer list: the legend fills the left side.
  const control = L.control({ position: 'topright' });
  control.onAdd = () => box;
  control.isDrawing = () => drawing;
  control.clearArea = () => {
    area?.remove();
    area = null;
  };
  return control;
}
