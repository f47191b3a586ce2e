// Formatting numbers for people, and escaping the little text that Leaflet needs as HTML.

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export const formatDollars = (value) => (value == null ? 'no data' : dollars.format(value));
export const formatShare = (value) => (value == null ? 'no data' : percent.format(value));

/** Text for a place that takes HTML (Leaflet's attribution): every markup character escaped. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
