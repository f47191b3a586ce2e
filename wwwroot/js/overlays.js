// The map page's overlays: every catalogue layer (layers/catalogue.js) in the layer control, whose entries the URL
// (permalink.js) turns on and off and the attribution follows, with its legend section, its table view rows and its
// count in the status line. The tract layer (lazy) reads its features only once it is first switched on.
import { L } from './leaflet.js';
import { escapeHtml } from './dom.js';
import { attachAttribution } from './attribution.js';
import { onLangChange, t } from './i18n.js';
import { LAYERS } from './layers/catalogue.js';
import { buildLayer, layerSources, loadLayer } from './layers/load.js';

/**
 * `map`'s overlays in the deployment's `look`: `control` is the layer control, `view` the permalink, `key` the
 * legend, `table` the table view, `status` the status line. `showAll()` loads and shows every layer and resolves to
 * the built layers by id; `summary()` says what the map shows.
 */
export function createOverlays({ map, look, control, view, key, table, status }) {
  const shown = new Map(); // layer order → () => what it shows, for the status line
  const summary = () => t('status.showing', {
    list: [...shown.keys()].sort((a, b) => a - b).map((k) => shown.get(k)()).join(t('status.listJoin')),
  });

  // Runs `render` now and again after every language switch.
  const rendered = (render) => {
    render();
    onLangChange(render);
  };

  // `nameHtml()` is the layer control's name (HTML: Leaflet's API), in the page's language.
  // `id` (and `category`) name the overlay in the URL, which decides whether it starts on.
  function addOverlay(layer, order, nameHtml, attribution, { id, category = null }) {
    layer.options.order = order;
    attachAttribution(map, layer, attribution);
    if (view.register(id, layer, category)) {
      layer.addTo(map);
    }

    control.addOverlay(layer, nameHtml());
    onLangChange(() => {
      // Leaflet's layer control cannot rename an entry: take it out and put it back (the layer stays on the map).
      control.removeLayer(layer);
      control.addOverlay(layer, nameHtml());
    });
  }

  // An overlay's name in the layer control: a resource category's with its swatch and count.
  const overlayName = (overlay) => () => (overlay.swatchClass
    ? `<span class="om-swatch ${overlay.swatchClass}" aria-hidden="true"></span>${escapeHtml(overlay.name())} <span class="om-count">(${overlay.count})</span>`
    : escapeHtml(overlay.name()));

  /**
   * Puts a built catalogue layer on the page: each overlay in the layer control (with its `sources`), the legend,
   * the table view and the status line. A lazy layer's overlay is `group`, already in the layer control.
   */
  function present(entry, built, sources, group = null) {
    built.overlays.forEach((overlay, i) => {
      const layer = group ?? overlay.layer;
      if (!group) {
        addOverlay(layer, entry.order + i, overlayName(overlay), sources, { id: entry.id, category: overlay.category ?? null });
      }

      table.addSource({ ...overlay.table, order: entry.order + i, layer });
    });
    const { key: section, title, content } = built.legend;
    rendered(() => key.setSection(section, entry.order, title(), ...content()));
    if (built.overlays.length === 1) {
      key.followLayer(section, group ?? built.overlays[0].layer);
    }

    shown.set(entry.order, built.count);
  }

  // What this page asks of a layer's build (catalogue.js): the 1935 layer's opacity follows the URL and its slider.
  const buildOptions = {
    'redlining-1935': () => ({
      // The URL's opacity to start with; Back/Forward set the slider, whose input event sets the layer.
      opacity: view.followOpacity((value) => {
        const input = document.querySelector('.om-legend-holc input[type=range]');
        input.value = String(Math.round(value * 100));
        input.dispatchEvent(new Event('input'));
      }),
      hatched: true,
      onOpacity: (value) => view.opacityChanged(value),
    }),
  };

  // One layer, loaded and shown; a failure is reported and the rest go on.
  async function show(entry) {
    try {
      const built = await loadLayer(map, entry, look, buildOptions[entry.id]?.());
      present(entry, built, built.sources);
      return built;
    } catch (error) {
      status.problem(entry.what, error);
      return null;
    }
  }

  // A lazy layer (the tracts, off by default): only its document is read now, its features when first switched on.
  async function offer(entry) {
    let sources;
    try {
      sources = await layerSources(entry);
    } catch (error) {
      status.problem(entry.what, error);
      return null;
    }

    const group = L.featureGroup();
    let requested = false;
    group.on('add', async () => {
      if (requested) {
        return;
      }

      requested = true;
      status.loading(entry.loading);
      try {
        const built = await buildLayer(map, entry, look, buildOptions[entry.id]?.());
        built.overlays.forEach((overlay) => group.addLayer(overlay.layer));
        present(entry, built, sources, group);
        status.done(summary);
      } catch (error) {
        requested = false;
        status.problem(entry.what, error);
      }
    });
    addOverlay(group, entry.order, () => escapeHtml(entry.name()), sources, { id: entry.id });
    return null;
  }

  return {
    summary,
    /** Loads every layer (a failure is reported, the rest go on); `Map(id → built layer)` of those shown at once. */
    async showAll() {
      const built = await Promise.all(LAYERS.map((entry) => (entry.lazy ? offer(entry) : show(entry))));
      return new Map(LAYERS.map((entry, i) => [entry.id, built[i]]));
    },
    /** Whether any layer could be shown. */
    any: () => shown.size > 0,
  };
}
