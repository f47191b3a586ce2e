// Number and text formatting for popups and the legend (US English, whole dollars).

const dollarFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export const dollars = (value) => (isNumber(value) ? dollarFormat.format(value) : 'no data');

export const percent = (fraction) => (isNumber(fraction) ? percentFormat.format(fraction) : 'no data');

export const integer = (value) => (isNumber(value) ? integerFormat.format(value) : 'no data');

/** "CORNELIUS" → "Cornelius", "HUNTERSVILLE" → "Huntersville" (the ZIP file spells cities in capitals). */
export function titleCase(text) {
  if (typeof text !== 'string') {
    return '';
  }

  return text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, separator, letter) => separator + letter.toUpperCase());
}
