// The English strings of the area summary, the drawing tool and the report, in one place until they move into
// i18n/en.json and es.json (keys under summary., draw. and report.).

export const TEXT = {
  drawButton: 'Draw an area',
  drawHint: 'Click the map to add corners; click the first corner or Finish to close the shape; Esc cancels.',
  drawFinish: 'Finish',
  drawCancel: 'Cancel',
  centreButton: 'Summarise the ZIP code at the map centre',
  centreNone: 'The map centre is not in a ZIP code of the county.',
  drawnTitle: 'The area you drew',
  zipTitle: (zip) => `ZIP code ${zip}`,
  loading: 'Summarising…',
  close: 'Close the summary',
  panelLabel: 'Area summary',
  area: 'Area',
  coverage: 'Inside the county',
  outside: 'This area is outside the county: there is no data for it.',
  repaired: 'The shape crossed itself and was repaired before it was measured.',
  gradesTitle: '1935 HOLC grade of the land',
  ungraded: 'Not graded',
  mobilityTitle: 'Upward mobility of children of low-income parents (25th percentile)',
  income: 'Household income at 35',
  top20: 'Share reaching the top 20%',
  rank: 'Income rank (0-100)',
  tracts: (n, kids) => `${n} census tracts blended, weighted by overlap × children (about ${kids} children); 2015 dollars.`,
  resourcesTitle: 'Resources inside',
  perKm2: 'per km²',
  metricsTitle: 'Neighborhood Quality of Life (weighted by overlap)',
  neighborhoods: (n) => `${n} neighborhood profile areas overlapped`,
  sources: 'Sources',
  reportLink: '1935 grade vs today',
};

export const CATEGORIES = {
  school: 'Schools', library: 'Libraries', park: 'Parks', hospital: 'Hospitals', college: 'Colleges',
  fire_station: 'Fire stations', police_station: 'Police stations',
};
