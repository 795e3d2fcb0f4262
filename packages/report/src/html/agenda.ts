import type { AgendaItem, Paragraph } from '@lsmp/model';
import type { MeetingReportOptions } from '../meeting/options.js';
import { splitRemark } from '../meeting/remarks.js';
import { sourceLink } from '../meeting/source-link.js';
import { h, type Markup, type MarkupElement } from '../shared/markup.js';
import { serviceAreasForItem } from '../shared/service-areas.js';
import { labelledSection, sourceLinkNodes } from './nodes.js';

/** The inline content of one paragraph: number, speaker (name with initials), text, source link. */
function paragraphContent(item: Paragraph, options: MeetingReportOptions, inDocument: boolean): Markup[] {
  const remark = splitRemark(item);
  const content: Markup[] = [];
  if (item.number) content.push(h('span', { class: 'number' }, item.number), ' ');
  if (remark.speaker) content.push(h('span', { class: 'speaker' }, remark.leading ? remark.speaker : `${remark.speaker}:`));
  if (remark.speaker && !remark.leading) content.push(' ');
  content.push(remark.text, ...sourceLinkNodes(sourceLink(item.position, options, inDocument)));
  return content;
}

/** Paragraphs: runs of bullets become one list; sub-paragraphs follow their parent in a nested block. */
function paragraphElements(paragraphs: readonly Paragraph[], options: MeetingReportOptions, inDocument: boolean): MarkupElement[] {
  const elements: MarkupElement[] = [];
  let bullets: MarkupElement[] = [];
  const flush = () => {
    if (bullets.length > 0) elements.push(h('ul', bullets));
    bullets = [];
  };
  for (const item of paragraphs) {
    const children = paragraphElements(item.children, options, inDocument);
    if (item.bullet) {
      bullets.push(h('li', [...paragraphContent(item, options, inDocument), ...children]));
      continue;
    }
    flush();
    elements.push(h('p', paragraphContent(item, options, inDocument)));
    if (children.length > 0) elements.push(h('div', { class: 'sub-paragraphs' }, children));
  }
  flush();
  return elements;
}

/** The agenda: a section per item with its service areas and paragraphs. */
export function agendaSection(items: readonly AgendaItem[], options: MeetingReportOptions, inDocument: boolean): MarkupElement[] {
  if (items.length === 0) return [];
  const sections = items.map((item, index) => {
    const areas = serviceAreasForItem(options.serviceAreas, item);
    const areaLine = areas.length > 0 ? [h('p', { class: 'areas' }, [h('strong', 'Service areas:'), ` ${areas.map((a) => a.name).join('; ')}`])] : [];
    const title = item.number ? `${item.number}. ${item.title}` : item.title;
    return labelledSection(`item-${index + 1}`, title, [...areaLine, ...paragraphElements(item.paragraphs, options, inDocument)], 'h3');
  });
  return [labelledSection('agenda', 'Agenda', sections)];
}
