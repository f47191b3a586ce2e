// The "then & now" panel: what a spot was in 1935 and what it is now. A side panel on wide screens, a bottom sheet
// on phones (css); opened by a click on the map, Enter on an area, a search result or a table row.
import { L } from './leaflet.js';
import { h } from './dom.js';
import { getCard, getFeature, getPlaceCard } from './api.js';
import { getLang, onLangChange, t } from './i18n.js';
import { cardContent } from './cardContent.js';
import { clearOfControls, resizeKeepingView } from './mapView.js';
import { createNearby } from './nearby.js';

const round5 = (value) => Math.round(value * 1e5) / 1e5;

// The chosen place's outline: a light halo under a dark line, above the areas and under the resources.
const OUTLINE = [{ color: '#ffffff', weight: 7, opacity: 0.9 }, { color: '#111111', weight: 3, opacity: 1 }];

/**
 * The card panel, placed after the map in `host`. Returns `{ open(latlng, { source }), openPlace(result, { source }),
 * close(), isOpen() }`: a point's card, or a place's (a search result's `collection` and `id`: outlined, fitted and
 * titled with its name). `onChange(latlng | null)` runs whenever it opens or closes (the view state's `pt`);
 * `onToggle(open)` when it is shown or hidden, before the map is fitted to a place.
 */
export function createCard(map, host, { onChange = () => {}, onToggle = () => {} } = {}) {
  const title = h('h2', { className: 'om-card-title', attrs: { id: 'om-card-title', tabindex: '-1' } });
  const pointNote = h('p', { className: 'om-card-point om-note' });
  const closeButton = h('button', { className: 'om-card-close', attrs: { type: 'button' } }, h('span', { attrs: { 'aria-hidden': 'true' }, text: '×' }));
  const handle = h('button', { className: 'om-card-handle', attrs: { type: 'button', 'aria-expanded': 'false' } });
  const body = h('div', { className: 'om-card-body', attrs: { 'aria-live': 'polite' } });
  const panel = h('aside', { className: 'om-card', attrs: { id: 'om-card', 'aria-labelledby': 'om-card-title', hidden: true } },
    handle, h('header', { className: 'om-card-header' }, title, closeButton), pointNote, body);
  host.append(panel);

  const pin = L.circleMarker([0, 0], { className: 'om-card-pin', radius: 8, weight: 3, color: '#000000', fillColor: '#ffbf47', fillOpacity: 1, interactive: false, pane: 'om-resources' });
  let point = null;
  let place = null; // { collection, id, label, match, title } while a place's card is open
  let returnTo = null;
  let request = null;
  const outline = L.featureGroup();
  const nearby = createNearby(map);
  map.createPane('om-selection').style.zIndex = '435';
  map.getPane('om-selection').style.pointerEvents = 'none';

  // "Biddleville · 1935 area D6": the name the search matched, then the place as the server titles it.
  const placeTitle = () => {
    if (!place.title) {
      return t('card.place.loading', { name: place.match ?? place.label ?? place.id });
    }

    return place.match ? `${place.match} · ${place.title}` : place.title;
  };

  const labelControls = () => {
    title.textContent = place ? placeTitle() : t('card.title');
    closeButton.setAttribute('aria-label', t('card.close'));
    closeButton.title = t('card.close');
    const expanded = panel.classList.contains('om-card-expanded');
    handle.setAttribute('aria-label', t(expanded ? 'card.collapse' : 'card.expand'));
    pointNote.hidden = Boolean(place);
    if (point) {
      pointNote.textContent = t('card.point', { lat: round5(point.lat), lon: round5(point.lng) });
    }
  };

  async function load() {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    body.setAttribute('aria-busy', 'true');
    body.replaceChildren(h('p', { className: 'om-card-loading', text: t('card.loading') }));
    try {
      const card = place
        ? await getPlaceCard(place.collection, place.id, getLang(), controller.signal)
        : await getCard(round5(point.lng), round5(point.lat), getLang(), controller.signal);
      if (request === controller) {
        if (place) {
          place.title = typeof card?.place?.title === 'string' ? card.place.title : null;
          labelControls();
        }

        body.replaceChildren(...cardContent(card, { openPlace: (next) => openPlace(next) }).filter(Boolean));
        nearby.show(card?.nearest);
      }
    } catch (error) {
      if (error.name !== 'AbortError' && request === controller) {
        body.replaceChildren(h('p', { className: 'om-card-error', attrs: { role: 'alert' }, text: t('card.error', { message: error.message }) }));
      }
    } finally {
      if (request === controller) {
        body.removeAttribute('aria-busy');
        panel.dataset.state = body.querySelector('.om-card-error') ? 'error' : 'ready';
      }
    }
  }

  function show(source) {
    const active = source ?? document.activeElement;
    if (!panel.contains(active)) {
      returnTo = active && active !== document.body ? active : map.getContainer();
    }

    panel.dataset.state = 'loading';
    if (panel.hidden) {
      panel.hidden = false;
      onToggle(true);
    }

    labelControls();
    resizeKeepingView(map);
    title.focus({ preventScroll: true });
  }

  function open(latlng, { source = null } = {}) {
    place = null;
    outline.clearLayers().remove();
    point = L.latLng(latlng);
    show(source);
    pin.setLatLng(point).addTo(map);
    if (!map.getBounds().contains(point)) {
      map.panTo(point);
    }

    onChange(point);
    return load();
  }

  // The place's outline, and the map fitted to it in the space the card leaves.
  async function drawOutline(asked) {
    try {
      const feature = await getFeature(asked.collection, asked.id);
      if (place !== asked || !feature?.geometry) {
        return;
      }

      outline.clearLayers();
      OUTLINE.forEach((style) => outline.addLayer(L.geoJSON(feature, {
        pane: 'om-selection', interactive: false, style: { ...style, fill: false, className: 'om-selection' },
        pointToLayer: (_, latlng) => L.circleMarker(latlng, { radius: 10 }),
      })));
      outline.addTo(map);
      const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      map.flyToBounds(outline.getBounds(), { ...clearOfControls(map), maxZoom: 16, animate, duration: animate ? 0.8 : 0 });
    } catch {
      // The card says what the place is; without its outline the map just stays where it is.
    }
  }

  /** Opens the card of a place: `{ collection, id, label, match, lon, lat }` (a search result). */
  function openPlace(result, { source = null } = {}) {
    place = { collection: result.collection, id: result.id, label: result.label ?? null, match: result.match ?? null, title: null };
    pin.remove();
    point = Number.isFinite(result.lat) && Number.isFinite(result.lon) ? L.latLng(result.lat, result.lon) : null;
    show(source);
    drawOutline(place);
    if (point) {
      onChange(point);
    }

    return load();
  }

  function close() {
    if (panel.hidden) {
      return;
    }

    request?.abort();
    request = null;
    point = null;
    place = null;
    panel.hidden = true;
    pin.remove();
    outline.clearLayers().remove();
    nearby.clear();
    onToggle(false);
    resizeKeepingView(map);
    // A table row may have been redrawn meanwhile: its successor has the same id.
    const target = (returnTo?.isConnected ? returnTo : returnTo?.id && document.getElementById(returnTo.id)) || map.getContainer();
    returnTo = null;
    target.focus({ preventScroll: true });
    onChange(null);
  }

  closeButton.addEventListener('click', close);
  handle.addEventListener('click', () => {
    const expanded = panel.classList.toggle('om-card-expanded');
    handle.setAttribute('aria-expanded', String(expanded));
    labelControls();
    resizeKeepingView(map);
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  });
  onLangChange(() => {
    labelControls();
    if (point || place) {
      load();
    }
  });
  labelControls();

  return { open, openPlace, close, isOpen: () => !panel.hidden, element: panel };
}
