// Quantile classes for the choropleths: each class holds about the same number of areas, and its range is the
// smallest and largest value it really holds (so the legend never promises values that are not on the map).

/**
 * Splits the finite numbers of `values` into at most `count` classes of nearly equal size, in ascending order:
 * `[{ min, max }]`. Equal values never straddle two classes, so there may be fewer classes than asked.
 */
export function quantileClasses(values, count) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  const classes = [];
  let start = 0;
  for (let k = 1; k <= count && start < sorted.length; k++) {
    let end = Math.max(start + 1, Math.round((k * sorted.length) / count));
    while (end < sorted.length && sorted[end] === sorted[end - 1]) {
      end++;
    }

    classes.push({ min: sorted[start], max: sorted[end - 1] });
    start = end;
  }

  return classes;
}

/** The index of the class holding `value`, or -1 for no data; values outside every range go to the nearest end. */
export function classIndex(value, classes) {
  if (typeof value !== 'number' || !Number.isFinite(value) || classes.length === 0) {
    return -1;
  }

  const index = classes.findIndex((c) => value <= c.max);
  return index === -1 ? classes.length - 1 : index;
}
