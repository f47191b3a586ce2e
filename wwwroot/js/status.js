// The page's status line (role="status", aria-live): loading, what is shown, and every failure, never silently.
// Messages are kept as functions of the language, so a language switch re-says the current one.
import { onLangChange, t } from './i18n.js';

/** Wraps the status element; `data-state` is loading | ready | error (styling and tests read it). */
export function createStatus(element) {
  const problems = []; // [whatKey, error message]
  let state = 'loading';
  let text = () => t('status.loading');

  const problemText = () => t('status.problem', {
    what: problems.map(([what, message]) => `${t(what)}: ${message}`).join(t('status.problemJoin')),
  });
  const render = () => {
    element.dataset.state = state;
    element.textContent = text();
  };
  onLangChange(render);

  const set = (nextState, nextText) => {
    state = nextState;
    text = nextText;
    render();
  };

  return {
    /** `key` names the message in the translation files; `params` fill its placeholders. */
    loading: (key, params = {}) => set('loading', () => t(key, params)),

    /** Records a failure of `whatKey` (a translation key); it stays visible in every later message. */
    problem(whatKey, error) {
      problems.push([whatKey, error?.message ?? String(error)]);
      set('error', problemText);
    },

    /** `summary()` gives the text, in the current language. */
    done(summary) {
      if (problems.length === 0) {
        set('ready', summary);
      } else {
        set('error', () => `${problemText()} ${summary()}`);
      }
    },
  };
}
