// The embed's side of the pym.js protocol (pym.v1's Child, without loading it): the parent adds `childId` to the
// iframe's URL and resizes the iframe on "pymxPYMx<id>xPYMxheightxPYMx<pixels>" messages; it sends "width"
// messages when its own width changes, which the child answers with its height.

const DELIMITER = 'xPYMx';

/** Starts posting the page's height to a pym.js parent; false when the page is not in a pym iframe. */
export function startPymChild(params = new URLSearchParams(location.search)) {
  const id = params.get('childId');
  if (!id || !/^[\w-]{1,100}$/.test(id) || window.parent === window) {
    return false;
  }

  const message = (type, value) => ['pym', id, type, value].join(DELIMITER);
  let last = null;
  const sendHeight = (force = false) => {
    // pym.v1's Child measures the body the same way.
    const height = String(document.body.offsetHeight);
    if (force || height !== last) {
      last = height;
      window.parent.postMessage(message('height', height), '*');
    }
  };

  window.addEventListener('message', (event) => {
    if (typeof event.data === 'string' && event.data.startsWith(`pym${DELIMITER}${id}${DELIMITER}width${DELIMITER}`)) {
      sendHeight(true);
    }
  });
  new ResizeObserver(() => sendHeight()).observe(document.body);
  window.addEventListener('load', () => sendHeight(true));
  sendHeight(true);
  return true;
}
