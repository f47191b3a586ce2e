// The "then & now" panel: what a spot was in 1935 and what it is now. A side panel on wide screens, a bottom sheet
// on phones (css); opened by a click on the map, Enter on an area, a search result or a table row.
import { L } from './leaflet.js';
import { h } from './dom.js';
import { getCard } from './api.js';
import { getLang, onLangChange, t } from './i18n.js';
import { cardContent } from './cardContent.js';
import { resizeKeepingView } from './mapView.js';

const round5 = (value) => Math.round(value * 1e5) / 1e5;

/**
 * The card panel, placed after the map in `host`. Returns `{ open(latlng, { source }), close(), isOpen() }`;
 * `onChange(latlng | null)` runs whenever it opens or closes (the view state's `pt`).
 */
export function createCard(map, host, { onChange = () => {} } = {}) {
  const title = h('h2', { className: 'om-card-title', attrs: { id: 'om-card-title', tabindex: '-1' } });
  const place = h('p', { className: 'om-card-point om-note' });
  const closeButton = h('button', { className: 'om-card-close', attrs: { type: 'button' } }, h('span', { attrs: { 'aria-hidden': 'true' }, text: '×' }));
  const handle = h('button', { className: 'om-card-handle', attrs: { type: 'button', 'aria-expanded': 'false' } });
  const body = h('div', { className: 'om-card-body', attrs: { 'aria-live': 'polite' } });
  const panel = h('aside', { className: 'om-card', attrs: { id: 'om-card', 'aria-labelledby': 'om-card-title', hidden: true } },
    handle, h('header', { className: 'om-card-header' }, title, closeButton), place, body);
  host.append(panel);

  const pin = L.circleMarker([0, 0], { className: 'om-card-pin', radius: 8, weight: 3, color: '#000000', fillColor: '#ffbf47', fillOpacity: 1, interactive: false, pane: 'om-resources' });
  let point = null;
  let returnTo = null;
  let request = null;

  const labelControls = () => {
    title.textContent = t('card.title');
    closeButton.setAttribute('aria-label', t('card.close'));
    closeButton.title = t('card.close');
    const expanded = panel.classList.contains('om-card-expanded');
    handle.setAttribute('aria-label', t(expanded ? 'card.collapse' : 'card.expand'));
    if (point) {
      place.textContent = t('card.point', { lat: round5(point.lat), lon: round5(point.lng) });
    }
  };

  async function load() {
    request?.abort();
    const controller = new AbortController();
    request = controller;
    body.setAttribute('aria-busy', 'true');
    body.replaceChildren(h('p', { className: 'om-card-loading', text: t('card.loading') }));
    try {
      const card = await getCard(round5(point.lng), round5(point.lat), getLang(), controller.signal);
      if (request === controller) {
        body.replaceChildren(...cardContent(card).filter(Boolean));
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

  function open(latlng, { source = null } = {}) {
    const active = source ?? document.activeElement;
    if (!panel.contains(active)) {
      returnTo = active && active !== document.body ? active : map.getContainer();
    }

    point = L.latLng(latlng);
    panel.dataset.state = 'loading';
    panel.hidden = false;
    labelControls();
    pin.setLatLng(point).addTo(map);
    resizeKeepingView(map);
    if (!map.getBounds().contains(point)) {
      map.panTo(point);
    }

    title.focus({ preventScroll: true });
    onChange(point);
    return load();
  }

  function close() {
    if (panel.hidden) {
      return;
    }

    request?.abort();
    request = null;
    point = null;
    panel.hidden = true;
    pin.remove();
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
    if (point) {
      load();
    }
  });
  labelControls();

  return { open, close, isOpen: () => !panel.hidden, element: panel };
}
