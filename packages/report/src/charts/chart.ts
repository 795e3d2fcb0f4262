import type { Element } from 'hast';
import { s } from 'hastscript';
import { writeMarkup } from '../shared/write-markup.js';
import { hastToMarkup } from './hast-markup.js';

/** The numbers a chart draws, as a table: its text alternative beside `<desc>`. */
export interface ChartTable {
  caption: string;
  header: string[];
  rows: (string | number)[][];
}

/** A drawn chart with its text alternatives. */
export interface Chart {
  /** Also the SVG's `<title>`. */
  title: string;
  /** A sentence or two saying what the chart shows; also the SVG's `<desc>`. */
  description: string;
  table: ChartTable;
  /** The `<svg>` element, to embed in an HTML document. */
  element: Element;
}

/** Options every chart takes. */
export interface ChartOptions {
  /** Prefix for the ids of `<title>` and `<desc>`, unique within the page that embeds the chart. */
  idPrefix?: string | undefined;
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
export const TEXT_COLOUR = '#1b1b1b';
export const AXIS_COLOUR = '#6b6b6b';

/**
 * The `<svg>` root with an accessible name and description: `role="img"` and
 * `aria-labelledby` pointing at its `<title>` and `<desc>`, as the SVG-AAM and
 * WAI's image tutorial advise for charts.
 */
export function svgRoot(
  chart: { title: string; description: string; idPrefix: string },
  size: { width: number; height: number },
  children: Element[],
): Element {
  const titleId = `${chart.idPrefix}-title`;
  const descId = `${chart.idPrefix}-desc`;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: size.width,
      height: size.height,
      viewBox: `0 0 ${size.width} ${size.height}`,
      role: 'img',
      ariaLabelledBy: `${titleId} ${descId}`,
      fontFamily: FONT,
      fontSize: 12,
      fill: TEXT_COLOUR,
    },
    [s('title', { id: titleId }, chart.title), s('desc', { id: descId }, chart.description), ...children],
  );
}

/**
 * A chart as a standalone SVG document (UTF-8, with an XML declaration), for a file
 * or an `<img>`. Every text and attribute value is escaped.
 */
export function chartToSvg(chart: Chart): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${writeMarkup(hastToMarkup(chart.element), { indent: false, references: 'numeric' })}\n`;
}

/** Shortens a label to `max` characters with an ellipsis; the full text stays in the data table. */
export function truncate(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Rounds a coordinate to one decimal so the SVG text is short and stable. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
