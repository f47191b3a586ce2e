// Number and text formatting for popups, the card and the legend, in the page's language (whole dollars).
import { getLocale, t } from './i18n.js';

const formats = new Map(); // `${locale}|${kind}` → Intl.NumberFormat
const OPTIONS = {
  dollars: { style: 'currency', currency: 'USD', maximumFractionDigits: 0 },
  percent: { style: 'percent', maximumFractionDigits: 1 },
  integer: { maximumFractionDigits: 0 },
  ratio: { minimumFractionDigits: 2, maximumFractionDigits: 2 },
};

function format(kind, value) {
  const key = `${getLocale()}|${kind}`;
  if (!formats.has(key)) {
    formats.set(key, new Intl.NumberFormat(getLocale(), OPTIONS[kind]));
  }

  return formats.get(key).format(value);
}

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export const dollars = (value) => (isNumber(value) ? format('dollars', value) : t('format.noData'));

export const percent = (fraction) => (isNumber(fraction) ? format('percent', fraction) : t('format.noData'));

/** A ratio such as economic connectedness (0.62), two decimals. */
export const ratio = (value) => (isNumber(value) ? format('ratio', value) : t('format.noData'));

export const integer = (value) => (isNumber(value) ? format('integer', value) : t('format.noData'));

/** "CORNELIUS" → "Cornelius", "HUNTERSVILLE" → "Huntersville" (the ZIP file spells cities in capitals). */
export function titleCase(text) {
  if (typeof text !== 'string') {
    return '';
  }

  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, separator, letter) => separator + letter.toUpperCase());
}

/** A value against the county's, in words: "well below the county" (the legend's classes and the card's peek). */
export function versusCounty(value, county) {
  const ratio = value / county;
  const word = ratio < 0.8 ? 'wellBelow' : ratio < 0.95 ? 'below' : ratio <= 1.05 ? 'near' : ratio <= 1.2 ? 'above' : 'wellAbove';
  return t(`legend.vs.${word}`);
}
