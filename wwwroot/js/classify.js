// Class breaks for a choropleth.

/**
 * Quantile classes: `count` classes holding about equal numbers of values. Returns the class bounds as
 * [[min, max], ...] in ascending order; nulls are left out (they are "no data").
 */
export function quantileClasses(values, count) {
  const sorted = values.filter((v) => v != null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const classes = [];
  for (let i = 0; i < count; i++) {
    const lo = sorted[Math.floor((i * sorted.length) / count)];
    const hi = sorted[Math.min(sorted.length - 1, Math.floor(((i + 1) * sorted.length) / count) - 1)];
    if (hi >= lo) classes.push([lo, hi]);
  }
  return classes;
}

/** The index of the class a value falls in, or -1 for no data. */
export function classOf(value, classes) {
  if (value == null || !Number.isFinite(value)) return -1;
  for (let i = 0; i < classes.length; i++) {
    if (value <= classes[i][1]) return i;
  }
  return classes.length - 1;
}
