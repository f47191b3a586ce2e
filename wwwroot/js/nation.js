// nation.html: where Mecklenburg and the Charlotte commuting zone stand in the nation (/api/benchmarks), and 1935
// grade vs today in every HOLC city (/api/report/holc-cities), in the page's language (?lang=, EN | ES switch);
// the API's sentences come in that language, so a switch asks for them again.
import { getBenchmarks, getHolcCityReport } from './api.js';
import { integer } from './format.js';
import { getLang, initI18n, onLangChange, t } from './i18n.js';
import { languageSwitch } from './controls/lang.js';
import { benchmarksContent } from './nation/benchmarks.js';
import { citiesChart, citiesTable } from './nation/cities.js';
import { sourcesLine } from './attribution.js';

const COUNTY = '37119';

async function section(status, load, render) {
  status.dataset.state = 'loading';
  status.textContent = t('nation.loading');
  try {
    render(await load(getLang()));
    status.dataset.state = 'done';
  } catch (error) {
    status.textContent = t('nation.failed', { message: error.message });
    status.dataset.state = 'error';
  }
}

function showBenchmarks() {
  const status = document.getElementById('benchmarks-status');
  return section(status, (lang) => getBenchmarks(COUNTY, lang), (json) => {
    document.getElementById('benchmarks-body').replaceChildren(...benchmarksContent(json).filter(Boolean));
    status.textContent = t('nation.benchmarks.done');
  });
}

function showCities() {
  const status = document.getElementById('cities-status');
  return section(status, (lang) => getHolcCityReport(lang), (json) => {
    document.getElementById('cities-measure').textContent = json.measure;
    document.getElementById('cities-chart').replaceChildren(citiesChart(json.cities));
    citiesTable(document.getElementById('cities-table'), json.cities, getLang());
    document.getElementById('cities-method').textContent = json.method;
    document.getElementById('cities-sources').textContent =
      t('report.sources', { list: sourcesLine(json.sources) });
    status.textContent = t('nation.cities.done', { count: integer(json.cities.length), ranked: integer(json.citiesRanked) });
  });
}

async function start() {
  await initI18n();
  languageSwitch(document.getElementById('om-lang'));
  const back = document.getElementById('nation-back');
  const show = () => {
    back.href = `./?lang=${getLang()}`;
    return Promise.all([showBenchmarks(), showCities()]);
  };
  onLangChange(show);
  await show();
}

start();
