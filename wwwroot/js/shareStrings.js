// The Share, Embed and Cite strings (keys share.*, embed.*, cite.*), in English and Spanish, until the page's i18n
// module (wwwroot/js/i18n.js) carries them: then `t` comes from there and this file goes.

const STRINGS = {
  en: {
    'share.button': 'Share',
    'share.title': 'Share this view',
    'share.link': 'Link to this view',
    'share.embedTitle': 'Title shown on the embedded map',
    'share.iframe': 'Embed code (iframe)',
    'share.pym': 'Responsive embed code (pym.js, resizes with the page)',
    'share.preview': 'Preview the embed',
    'share.copy': 'Copy',
    'share.copied': 'Copied.',
    'share.copyManually': 'Selected: press Ctrl+C (⌘+C on a Mac) to copy.',
    'share.close': 'Close',
    'cite.button': 'Cite this view',
    'cite.title': 'Cite this view',
    'cite.text': 'Citation',
    'cite.mapView': 'Map view, OpportunityMap — Charlotte-Mecklenburg',
    'cite.accessed': 'Accessed {date}',
    'cite.sources': 'Sources',
    'cite.licence': 'Licence',
    'cite.vintage': 'Data of',
    'cite.loading': 'Gathering the sources…',
    'embed.fullMap': 'View the full map',
    'embed.sources': 'Sources',
    'embed.scrollHint': 'Use Ctrl + scroll to zoom the map',
    'embed.scrollHintMac': 'Use ⌘ + scroll to zoom the map',
    'embed.legend': 'Legend',
    'title.place': 'Charlotte-Mecklenburg',
    'title.none': 'OpportunityMap — Charlotte-Mecklenburg',
    'title.and': 'and',
    'layer.redlining-1935': '1935 redlining map',
    'layer.zip-mobility': 'upward mobility by ZIP code',
    'layer.tract-mobility': 'upward mobility by census tract',
    'layer.resources': 'neighborhood resources',
    'layer.neighborhoods': 'neighborhood profiles',
  },
  es: {
    'share.button': 'Compartir',
    'share.title': 'Compartir esta vista',
    'share.link': 'Enlace a esta vista',
    'share.embedTitle': 'Título del mapa insertado',
    'share.iframe': 'Código para insertar (iframe)',
    'share.pym': 'Código adaptable (pym.js, se ajusta a la página)',
    'share.preview': 'Vista previa del mapa insertado',
    'share.copy': 'Copiar',
    'share.copied': 'Copiado.',
    'share.copyManually': 'Seleccionado: pulse Ctrl+C (⌘+C en Mac) para copiar.',
    'share.close': 'Cerrar',
    'cite.button': 'Citar esta vista',
    'cite.title': 'Citar esta vista',
    'cite.text': 'Cita',
    'cite.mapView': 'Vista del mapa, OpportunityMap — Charlotte-Mecklenburg',
    'cite.accessed': 'Consultado el {date}',
    'cite.sources': 'Fuentes',
    'cite.licence': 'Licencia',
    'cite.vintage': 'Datos de',
    'cite.loading': 'Reuniendo las fuentes…',
    'embed.fullMap': 'Ver el mapa completo',
    'embed.sources': 'Fuentes',
    'embed.scrollHint': 'Use Ctrl + rueda del ratón para hacer zoom',
    'embed.scrollHintMac': 'Use ⌘ + rueda del ratón para hacer zoom',
    'embed.legend': 'Leyenda',
    'title.place': 'Charlotte-Mecklenburg',
    'title.none': 'OpportunityMap — Charlotte-Mecklenburg',
    'title.and': 'y',
    'layer.redlining-1935': 'mapa de redlining de 1935',
    'layer.zip-mobility': 'movilidad ascendente por código postal',
    'layer.tract-mobility': 'movilidad ascendente por sector censal',
    'layer.resources': 'recursos del vecindario',
    'layer.neighborhoods': 'perfiles de vecindarios',
  },
};

/** The page's language: the URL's `lang`, then the browser's, then English. */
export function getLang() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl in STRINGS) {
    return fromUrl;
  }

  const browser = (navigator.language ?? 'en').slice(0, 2).toLowerCase();
  return browser in STRINGS ? browser : 'en';
}

/** The string `key` in the page's language, `{name}` placeholders filled from `params`. */
export function t(key, params = {}) {
  const text = STRINGS[getLang()][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}
