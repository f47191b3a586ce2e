// The page's status line (role="status", aria-live): loading, what is shown, and every failure, never silently.

/** Wraps the status element; `data-state` is loading | ready | error (styling and tests read it). */
export function createStatus(element) {
  const problems = [];
  const set = (state, text) => {
    element.dataset.state = state;
    element.textContent = text;
  };

  return {
    loading: (text) => set('loading', text),

    /** Records a failure; it stays visible in every later message. */
    problem(what, error) {
      problems.push(`${what}: ${error?.message ?? error}`);
      set('error', `Could not load ${problems.join('; ')}. Reload the page to try again.`);
    },

    done(summary) {
      if (problems.length === 0) {
        set('ready', summary);
      } else {
        set('error', `Could not load ${problems.join('; ')}. Reload the page to try again. ${summary}`);
      }
    },
  };
}
