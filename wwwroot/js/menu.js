// The header's menu: on a phone the header is the title, the search and a Menu button; everything else (share,
// cite, table view, language, links, and the map's drawing and city tools) opens under it over the map, so the
// header never changes height and the map's middle stays clear. On wider screens the menu's items stand in the header.

/** Wires the Menu button of `header`; `narrow` is a MediaQueryList for phones. Returns `{ addTool(element) }`. */
export function headerMenu(header, narrow) {
  const toggle = header.querySelector('.om-menu-toggle');
  const menu = header.querySelector('.om-menu');
  const tools = menu.querySelector('.om-menu-tools');
  const movable = []; // [element, its home] for the map tools moved into the menu on phones

  const setOpen = (open) => {
    header.classList.toggle('om-menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  const close = ({ focus = false } = {}) => {
    if (header.classList.contains('om-menu-open')) {
      setOpen(false);
      if (focus) {
        toggle.focus();
      }
    }
  };

  toggle.addEventListener('click', () => setOpen(!header.classList.contains('om-menu-open')));
  menu.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close({ focus: true });
    }
  });
  // A tap on the map or anywhere outside closes it; the choice made inside stays.
  document.addEventListener('pointerdown', (event) => {
    if (!header.contains(event.target)) {
      close();
    }
  });

  // The map tools live in the map on wide screens, in the menu on phones.
  const place = () => {
    for (const [element, home] of movable) {
      (narrow.matches ? tools : home).append(element);
    }

    tools.hidden = !narrow.matches || tools.childElementCount === 0;
    if (!narrow.matches) {
      setOpen(false);
    }
  };
  narrow.addEventListener('change', place);

  return {
    addTool(element) {
      if (element && !movable.some(([e]) => e === element)) {
        movable.push([element, element.parentElement]);
        place();
      }
    },
  };
}
