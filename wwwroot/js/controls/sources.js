// On a phone the attribution (every layer's sources and licences) is one line until the reader opens it: in full it
// would cover a third of the map. The button is hidden on wider screens by css, where the attribution is shown whole.
import { L } from '../leaflet.js';
import { h } from '../dom.js';
import { onLangChange, t } from '../i18n.js';

const SourcesToggle = L.Control.extend({
  options: { position: 'bottomright' },

  onAdd(map) {
    const attribution = map.attributionControl.getContainer();
    attribution.id ||= 'om-attribution';
    const button = h('button', {
      className: 'om-sources-toggle',
      attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': attribution.id },
    });
    const label = () => {
      button.textContent = t(attribution.classList.contains('om-attribution-open') ? 'sources.hide' : 'sources.show');
    };
    label();
    onLangChange(label);
    button.addEventListener('click', () => {
      const open = attribution.classList.toggle('om-attribution-open');
      button.setAttribute('aria-expanded', String(open));
      label();
    });
    const container = h('div', { className: 'leaflet-control om-sources-control' }, button);
    L.DomEvent.disableClickPropagation(container);
    return container;
  },
});

export const sourcesToggle = () => new SourcesToggle();
