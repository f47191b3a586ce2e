// The choropleths' classes are the server's (/map-config, see look.js): the page only finds a value's class.

/** The index of the class holding `value`, or -1 for no data; values outside every range go to the nearest end. */
export function classIndex(value, classes) {
  if (typeof value !== 'number' || !Number.isFinite(value) || classes.length === 0) {
    return -1;
  }

  const index = classes.findIndex((c) => value <= c.max);
  return index === -1 ? classes.length - 1 : index;
}
