// A labelled range input (0-100 %) for a layer's opacity: native, so arrow keys, Page Up/Down, Home/End work.
import { h } from '../dom.js';

let nextId = 0;

/** The slider's element; `onChange(fraction)` runs on every input. */
export function opacitySlider(labelText, initial, onChange) {
  const id = `om-opacity-${++nextId}`;
  const percent = Math.round(initial * 100);
  const input = h('input', {
    attrs: { id, type: 'range', min: 0, max: 100, step: 5, value: percent, 'aria-valuetext': `${percent}%` },
  });
  const output = h('output', { attrs: { for: id }, text: `${percent}%` });
  input.addEventListener('input', () => {
    const value = Number(input.value);
    output.textContent = `${value}%`;
    input.setAttribute('aria-valuetext', `${value}%`);
    onChange(value / 100);
  });
  return h('div', { className: 'om-opacity' }, h('label', { attrs: { for: id }, text: labelText }), input, output);
}
