import type { ScaleBand, ScaleLinear } from 'd3-scale';
import type { Element } from 'hast';
import { s } from 'hastscript';
import { AXIS_COLOUR, px } from './chart.js';

/**
 * A numeric axis drawn from a d3 linear scale: the line, integer ticks with their
 * labels and gridlines across the plot, and the axis label. d3-axis needs a DOM
 * selection, so the ticks come from `scale.ticks()` and are drawn here.
 */
export function linearAxis(options: {
  scale: ScaleLinear<number, number>;
  orientation: 'bottom' | 'left';
  /** y of a bottom axis, x of a left axis. */
  at: number;
  /** How far gridlines reach across the plot (towards the top or the right). */
  gridTo: number;
  label: string;
  /** Where the axis label goes: its centre. */
  labelAt: { x: number; y: number };
}): Element {
  const { scale, orientation, at } = options;
  const [start, end] = scale.range() as [number, number];
  const ticks = scale.ticks(Math.min(10, Math.max(1, Math.ceil(scale.domain()[1]!)))).filter(Number.isInteger);
  const bottom = orientation === 'bottom';
  const line = bottom
    ? s('line', { x1: px(start), x2: px(end), y1: at, y2: at, stroke: AXIS_COLOUR })
    : s('line', { x1: at, x2: at, y1: px(start), y2: px(end), stroke: AXIS_COLOUR });
  const tickMarks = ticks.map((tick) => {
    const p = px(scale(tick));
    return bottom
      ? s('g', [
          s('line', { x1: p, x2: p, y1: options.gridTo, y2: at + 4, stroke: '#d9d9d9' }),
          s('text', { x: p, y: at + 16, textAnchor: 'middle' }, String(tick)),
        ])
      : s('g', [
          s('line', { x1: at - 4, x2: options.gridTo, y1: p, y2: p, stroke: '#d9d9d9' }),
          s('text', { x: at - 8, y: p + 4, textAnchor: 'end' }, String(tick)),
        ]);
  });
  const label = bottom
    ? s('text', { x: options.labelAt.x, y: options.labelAt.y, textAnchor: 'middle', fontWeight: 600 }, options.label)
    : s(
        'text',
        { x: options.labelAt.x, y: options.labelAt.y, textAnchor: 'middle', fontWeight: 600, transform: `rotate(-90 ${options.labelAt.x} ${options.labelAt.y})` },
        options.label,
      );
  return s('g', { class: `axis axis-${orientation}` }, [...tickMarks, line, label]);
}

/** A category axis from a d3 band scale: one label per band, and the axis label. */
export function bandAxis(options: {
  scale: ScaleBand<string>;
  orientation: 'bottom' | 'left' | 'top';
  at: number;
  labels: ReadonlyMap<string, string>;
  label: string;
  labelAt: { x: number; y: number };
}): Element {
  const { scale, orientation, at } = options;
  const texts = scale.domain().map((key) => {
    const centre = px((scale(key) ?? 0) + scale.bandwidth() / 2);
    const text = options.labels.get(key) ?? key;
    if (orientation === 'left') return s('text', { x: at - 8, y: centre + 4, textAnchor: 'end' }, text);
    return s('text', { x: centre, y: orientation === 'bottom' ? at + 16 : at - 8, textAnchor: 'middle' }, text);
  });
  const label =
    orientation === 'left'
      ? s('text', { x: options.labelAt.x, y: options.labelAt.y, textAnchor: 'middle', fontWeight: 600, transform: `rotate(-90 ${options.labelAt.x} ${options.labelAt.y})` }, options.label)
      : s('text', { x: options.labelAt.x, y: options.labelAt.y, textAnchor: 'middle', fontWeight: 600 }, options.label);
  return s('g', { class: `axis axis-${orientation}` }, [...texts, label]);
}
