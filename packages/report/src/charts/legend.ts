import type { Element } from 'hast';
import { s } from 'hastscript';
import { statusLabel } from './palette.js';

/** A one-line legend: a swatch and a label per series, left to right. */
export function legend(entries: readonly { label: string; colour: string }[], at: { x: number; y: number }): Element {
  let x = at.x;
  const items = entries.map(({ label, colour }) => {
    const text = statusLabel(label);
    const item = s('g', [
      s('rect', { x, y: at.y - 10, width: 12, height: 12, fill: colour }),
      s('text', { x: x + 16, y: at.y }, text),
    ]);
    // About 6.5 px per character at 12 px system-ui, plus the swatch and a gap.
    x += 16 + Math.ceil(text.length * 6.5) + 18;
    return item;
  });
  return s('g', { class: 'legend' }, items);
}
