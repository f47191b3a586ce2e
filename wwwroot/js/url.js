// Changes to the page's query string (view state: lang, pt, …) without a reload or a history entry.

/**
 * Runs `change(searchParams)` on the current URL and replaces the history entry with the result. Commas stay
 * readable (`pt=35.2,-80.8`, `layers=a,b`): they are legal in a query and the view-state contract writes them so.
 */
export function updateQuery(change) {
  const url = new URL(window.location.href);
  change(url.searchParams);
  url.search = url.searchParams.toString().replaceAll('%2C', ',');
  history.replaceState(history.state, '', url);
}
