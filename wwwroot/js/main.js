// The map page: loads the deployment's settings and the layers from the OGC API, and wires up the controls.
import { L } from './leaflet.js';
import { escapeHtml } from './dom.js';
import { getAllItems, getCollection, getHolcCities, getMapConfig } from './api.js';
import { attachAttribution, attributionEntries } from './attribution.js';
import { createStatus } from './status.js';
import { createMap, addBaseMap } from './mapView.js';
import { DEFAULT_OPACITY, redliningLayer } from './layers/redlining.js';
import { choroplethLayer } from './layers/choropleth.js';
import { resourceLayers } from './layers/resources.js';
import { choroplethLegend, legend, legendItem, legendList } from './controls/legend.js';
import { opacitySlider } from './controls/opacity.js';
import { sourcesToggle } from './controls/sources.js';
import { cityFromUrl, cityPicker, english } from './controls/city.js';
import { tractPopup, zipPopup } from './popups.js';
import { dollars, titleCase } from './format.js';
import { cssToken } from './categories.js';

const narrow = window.matchMedia('(max-width: 600px)').matches;
const status = createStatus(document.getElementById('status'));
const { map, layers } = createMap(document.getElementById('map'), { narrow });
const key = legend({ collapsed: narrow }).addTo(map);
sourcesToggle().addTo(map);
const shown = new Map(); // layer order → what it shows, for the status line

const INCOME = 'household_income_p25';
const INCOME_NOTE = 'Household income at 35 of children of low-income parents (25th percentile), in 2015 dollars';

function addOverlay(layer, order, nameHtml, attribution, { on = true } = {}) {
  layer.options.order = order;
  attachAttribution(map, layer, attribution);
  if (on) {
    layer.addTo(map);
  }

  layers.addOverlay(layer, nameHtml);
}

// One collection: its document (for the attribution) and every feature; a failure is reported and the rest go on.
async function load(id, what, build) {
  try {
    const [collection, features] = await Promise.all([getCollection(id), getAllItems(id)]);
    build(features, attributionEntries(collection));
  } catch (error) {
    status.problem(what, error);
  }
}

const loadZips = () => load('zip-mobility', 'the ZIP code mobility layer', (features, attribution) => {
  const { layer, classes } = choroplethLayer({
    features, property: INCOME, kind: 'zip', pane: 'om-zip', popup: zipPopup,
    label: (p) => `ZIP ${p.zipcode}, ${titleCase(p.post_office_city)}: household income at 35 ${dollars(p[INCOME])}`,
  });
  addOverlay(layer, 2, 'Upward mobility by ZIP code', attribution);
  key.setSection('zip', 2, 'Upward mobility by ZIP code', ...choroplethLegend(classes, INCOME_NOTE));
  key.followLayer('zip', layer);
  shown.set(2, `${features.length} ZIP codes`);
});

const loadRedlining = () => load('redlining-1935', 'the 1935 redlining layer', (features, attribution) => {
  const charlotte = redliningLayer(features);
  // One overlay whose content is the chosen city's areas (Charlotte by default, see offerCities).
  const group = L.featureGroup([charlotte.layer]);
  let current = charlotte;
  let opacity = DEFAULT_OPACITY;
  addOverlay(group, 1, 'Redlining, 1935 (HOLC grades)', attribution);
  key.setSection('holc', 1, 'Redlining, 1935 (HOLC grade)',
    legendList(...charlotte.grades.map((g) => legendItem(`${g.grade} — ${g.category}`, { colour: g.colour }))),
    opacitySlider('Redlining opacity', DEFAULT_OPACITY, (value) => {
      opacity = value;
      current.setOpacity(value);
    }));
  key.followLayer('holc', group);
  map.on('zoomend', () => current.refreshLabels());
  shown.set(1, `${features.length} HOLC areas of 1935`);
  redlining = {
    charlotte,
    show(next, text) {
      group.clearLayers();
      group.addLayer(next.layer);
      current = next;
      next.setOpacity(opacity);
      shown.set(1, text);
    },
  };
});

// The city picker: the national layer's cities; a choice swaps the 1935 layer's areas and flies to the city.
let redlining = null;
async function offerCities() {
  let cities;
  try {
    cities = (await getHolcCities()).cities;
  } catch {
    // No national layer in this deployment (404), or it is still loading: Charlotte alone, no picker.
    return;
  }

  const { grades } = redlining.charlotte;
  const colours = new Map(grades.map((g) => [g.grade, g]));
  let latest = 0;
  const picker = cityPicker(cities, async (city) => {
    const request = ++latest;
    if (!city) {
      redlining.show(redlining.charlotte, `${redlining.charlotte.layer.getLayers().length} HOLC areas of 1935`);
      map.flyToBounds(redlining.charlotte.layer.getBounds());
      status.done(summary());
      return;
    }

    status.loading(english('city.loading', city));
    try {
      const features = await getAllItems('redlining-national', undefined, { city_key: city.key });
      if (request !== latest) {
        return;
      }

      // The national file has no map colours or grade names: Charlotte's 1935 legend gives them.
      const coloured = features.map((f) => ({
        ...f,
        properties: { ...f.properties, fill: colours.get(f.properties?.grade)?.colour, category: colours.get(f.properties?.grade)?.category },
      }));
      redlining.show(redliningLayer(coloured), english('city.shown', { ...city, areas: features.length }));
      const [west, south, east, north] = city.bbox;
      map.flyToBounds([[south, west], [north, east]]);
      status.done(summary());
    } catch (error) {
      status.problem(`the HOLC map of ${city.city}`, error);
    }
  });
  picker.control.addTo(map);
  const fromUrl = cityFromUrl();
  if (fromUrl) {
    picker.select(fromUrl);
  }
}

const loadResources = () => load('resources', 'the resources layer', (features, attribution) => {
  const groups = resourceLayers(features);
  groups.forEach((group, i) => {
    const swatch = `<span class="om-swatch om-swatch-point om-resource-${cssToken(group.id)}" aria-hidden="true"></span>`;
    addOverlay(group.layer, 10 + i, `${swatch}${escapeHtml(group.label)} <span class="om-count">(${group.count})</span>`, attribution);
  });
  key.setSection('resources', 10, 'Resources', legendList(...groups.map((g) =>
    legendItem(g.label, { swatchClass: `om-swatch-point om-resource-${cssToken(g.id)}` }))));
  shown.set(10, `${features.length} resources`);
});

// The tract layer is off by default: only its document is read now, its 233 features when it is first switched on.
async function offerTracts() {
  let collection;
  try {
    collection = await getCollection('tract-mobility');
  } catch (error) {
    status.problem('the census tract layer', error);
    return;
  }

  const group = L.featureGroup();
  let requested = false;
  group.on('add', async () => {
    if (requested) {
      return;
    }

    requested = true;
    status.loading('Loading the census tracts…');
    try {
      const features = await getAllItems('tract-mobility');
      const { layer, classes } = choroplethLayer({
        features, property: INCOME, kind: 'tract', pane: 'om-tract', popup: tractPopup,
        label: (p) => `${p.name}: household income at 35 ${p.suppressed ? 'suppressed' : dollars(p[INCOME])}`,
      });
      group.addLayer(layer);
      key.setSection('tract', 3, 'Upward mobility by census tract (2010)', ...choroplethLegend(classes, INCOME_NOTE));
      key.followLayer('tract', group);
      shown.set(3, `${features.length} census tracts`);
      status.done(summary());
    } catch (error) {
      requested = false;
      status.problem('the census tract layer', error);
    }
  });
  addOverlay(group, 3, 'Upward mobility by census tract (2010)', attributionEntries(collection), { on: false });
}

const summary = () => `Showing ${[...shown.keys()].sort((a, b) => a - b).map((k) => shown.get(k)).join(', ')}.`;

async function start() {
  const config = await getMapConfig().catch((error) => {
    status.problem('the map settings (no base map)', error);
    return null;
  });
  addBaseMap(map, config);
  await Promise.all([loadRedlining(), loadZips(), loadResources(), offerTracts()]);
  status.done(shown.size > 0 ? summary() : 'No layer could be shown.');
  if (redlining) {
    await offerCities();
  }
}

start();
