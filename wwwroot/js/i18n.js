// The page's languages: English and Spanish strings from i18n/<lang>.json (flat keys with dotted prefixes). The
// language comes from ?lang=, then the browser's preferences, then English; switching changes the page in place.

import { updateQuery } from './url.js';

export const LANGUAGES = ['en', 'es'];
const FALLBACK = 'en';

// Intl locales: US Spanish keeps the dollar sign and US digit grouping that Charlotte readers expect.
const LOCALES = { en: 'en-US', es: 'es-US' };

const catalogs = new Map(); // lang → { key: text }
const listeners = [];
let current = FALLBACK;

const supported = (lang) => (typeof lang === 'string' ? LANGUAGES.find((l) => lang.toLowerCase().split('-')[0] === l) : undefined);

/** The language asked for: `?lang=`, then the browser's languages (first supported one), then English. */
export function preferredLanguage(search = window.location.search, browser = navigator.languages ?? [navigator.language]) {
  const fromUrl = supported(new URLSearchParams(search).get('lang') ?? undefined);
  if (fromUrl) {
    return fromUrl;
  }

  for (const lang of browser ?? []) {
    const match = supported(lang);
    if (match) {
      return match;
    }
  }

  return FALLBACK;
}

// One fetch per language however many callers ask at once (an English page asks for English twice: as its
// language and as the fallback); a failed load may be tried again.
const loading = new Map();

function load(lang) {
  if (!loading.has(lang)) {
    loading.set(lang, (async () => {
      const response = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url), { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        throw new Error(`The ${lang} translations could not be loaded (HTTP ${response.status}).`);
      }

      catalogs.set(lang, await response.json());
      return catalogs.get(lang);
    })().catch((error) => {
      loading.delete(lang);
      throw error;
    }));
  }

  return loading.get(lang);
}

/** Loads the preferred language (and English, the fallback for any missing key) and translates the static page. */
export async function initI18n() {
  const wanted = preferredLanguage();
  // Both at once: one round trip, not two, before a Spanish page has its words.
  const [, found] = await Promise.all([load(FALLBACK), load(wanted).then(() => true, () => false)]);
  // English is always there: a missing catalogue must not leave the page without words.
  current = found ? wanted : FALLBACK;

  document.documentElement.lang = current;
  translatePage();
  return current;
}

/**
 * The text of `key` in the current language (else English, else the key itself), with `{name}` placeholders
 * replaced from `params`. Returns plain text: callers put it in textContent, never innerHTML.
 */
export function t(key, params = {}) {
  const text = catalogs.get(current)?.[key] ?? catalogs.get(FALLBACK)?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (params[name] === undefined || params[name] === null ? match : String(params[name])));
}

/** True when `key` has a translation (in the current language or English). */
export const has = (key) => catalogs.get(current)?.[key] !== undefined || catalogs.get(FALLBACK)?.[key] !== undefined;

export const getLang = () => current;

/** The Intl locale of the current language ("en-US", "es-US"). */
export const getLocale = () => LOCALES[current] ?? LOCALES[FALLBACK];

/**
 * Switches the page to `lang` without a reload: <html lang>, the URL's `lang` parameter (other parameters kept),
 * the static page and every `onLangChange` listener. Unsupported languages are ignored.
 */
export async function setLang(lang) {
  const next = supported(lang);
  if (!next || next === current) {
    return current;
  }

  await load(next);
  current = next;
  document.documentElement.lang = next;
  updateQuery((query) => query.set('lang', next));
  translatePage();
  for (const listener of [...listeners]) {
    listener(next);
  }

  return next;
}

/** Runs `fn(lang)` after every language switch; returns a function that stops it. */
export function onLangChange(fn) {
  listeners.push(fn);
  return () => {
    const index = listeners.indexOf(fn);
    if (index !== -1) {
      listeners.splice(index, 1);
    }
  };
}

/**
 * Translates the static markup: `data-i18n="key"` sets the element's text, `data-i18n-attr="attr:key;attr:key"`
 * sets attributes (aria-label, title, content, placeholder).
 */
export function translatePage(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }

  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((s) => s.trim());
      if (attribute && key) {
        element.setAttribute(attribute, t(key));
      }
    }
  }
}
