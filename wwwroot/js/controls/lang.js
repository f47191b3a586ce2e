// The visible language switch (EN | ES): two toggle buttons; the pressed one is the page's language.
import { h } from '../dom.js';
import { LANGUAGES, getLang, onLangChange, setLang, t } from '../i18n.js';

/** Fills `container` (a placeholder in the page's header) with the switch; nothing when the page has none. */
export function languageSwitch(container) {
  if (!container) {
    return;
  }

  const buttons = LANGUAGES.map((lang) => {
    const button = h('button', {
      className: 'om-lang-button',
      attrs: { type: 'button', lang, 'data-lang': lang },
      text: lang.toUpperCase(),
    });
    button.addEventListener('click', () => setLang(lang));
    return button;
  });
  const group = h('div', { className: 'om-lang', attrs: { role: 'group' } }, buttons);
  const render = () => {
    group.setAttribute('aria-label', t('lang.label'));
    for (const button of buttons) {
      const lang = button.dataset.lang;
      button.setAttribute('aria-pressed', String(lang === getLang()));
      // Each language is named in itself ("Español"), so a reader finds theirs whatever the page's language; the
      // name starts with the visible code, so speech input ("click ES") finds the button too.
      button.setAttribute('aria-label', `${lang.toUpperCase()} – ${t(`lang.${lang}`)}`);
      button.title = t(`lang.${lang}`);
    }
  };
  render();
  onLangChange(render);
  container.replaceChildren(group);
}
