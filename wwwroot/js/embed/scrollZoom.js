// Scroll-wheel zoom that lets the host page scroll past the embed: the wheel zooms only after a click on the map
// (until the pointer leaves it) or with Ctrl/⌘ held; a plain wheel over the map shows how to zoom instead.

const HINT_MS = 1500;
const STEP_MS = 200;

/** Applies the rule to `map`; `hint` is the element that shows `hintText`. */
export function cooperativeScrollZoom(map, hint, hintText) {
  const container = map.getContainer();
  map.scrollWheelZoom.disable();
  map.on('click', () => map.scrollWheelZoom.enable());
  container.addEventListener('mouseleave', () => map.scrollWheelZoom.disable());

  let hideTimer = null;
  let lastStep = 0;
  container.addEventListener('wheel', (event) => {
    if (map.scrollWheelZoom.enabled()) {
      return;
    }

    if (event.ctrlKey || event.metaKey) {
      // Ctrl+wheel would zoom the host page: zoom the map instead, a step at a time.
      event.preventDefault();
      if (event.timeStamp - lastStep > STEP_MS && event.deltaY !== 0) {
        lastStep = event.timeStamp;
        map.setZoomAround(map.mouseEventToContainerPoint(event), map.getZoom() + (event.deltaY < 0 ? 1 : -1));
      }

      return;
    }

    hint.textContent = hintText;
    hint.hidden = false;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => { hint.hidden = true; }, HINT_MS);
  }, { passive: false });
}
