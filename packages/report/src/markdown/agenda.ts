import type { AgendaItem, Paragraph } from '@lsmp/model';
import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import type { MeetingReportOptions } from '../meeting/options.js';
import { splitRemark } from '../meeting/remarks.js';
import { sourceLink } from '../meeting/source-link.js';
import { serviceAreasForItem } from '../shared/service-areas.js';
import { bulletList, heading, paragraph, sourceLinkNodes, strong, text } from './nodes.js';

/** The phrasing of one paragraph: its number, speaker (name with initials), text and source link. */
function paragraphPhrasing(item: Paragraph, options: MeetingReportOptions): PhrasingContent[] {
  const remark = splitRemark(item);
  const content: PhrasingContent[] = [];
  if (item.number) content.push(strong(item.number), text(' '));
  if (remark.speaker) content.push(strong(remark.leading ? remark.speaker : `${remark.speaker}:`), ...(remark.leading ? [] : [text(' ')]));
  content.push(text(remark.text), ...sourceLinkNodes(sourceLink(item.position, options, false)));
  return content;
}

/**
 * Paragraphs as Markdown blocks: runs of bullets become one list (a bullet's
 * children nest inside it); a running paragraph is followed by its numbered
 * sub-paragraphs, whose numbers show the nesting.
 */
function paragraphBlocks(paragraphs: readonly Paragraph[], options: MeetingReportOptions): BlockContent[] {
  const blocks: BlockContent[] = [];
  let bullets: BlockContent[][] = [];
  const flush = () => {
    if (bullets.length > 0) blocks.push(bulletList(bullets));
    bullets = [];
  };
  for (const item of paragraphs) {
    const own = paragraph(...paragraphPhrasing(item, options));
    if (item.bullet) {
      bullets.push([own, ...paragraphBlocks(item.children, options)]);
      continue;
    }
    flush();
    blocks.push(own, ...paragraphBlocks(item.children, options));
  }
  flush();
  return blocks;
}

/**
 * The agenda: one heading per item ("3. English language"), the service areas it
 * concerns when links were given, and its paragraphs.
 */
export function agendaSection(items: readonly AgendaItem[], options: MeetingReportOptions): RootContent[] {
  if (items.length === 0) return [];
  const nodes: RootContent[] = [heading(2, 'Agenda')];
  for (const item of items) {
    nodes.push(heading(3, item.number ? `${item.number}. ${item.title}` : item.title));
    const areas = serviceAreasForItem(options.serviceAreas, item);
    if (areas.length > 0) nodes.push(paragraph(strong('Service areas:'), text(` ${areas.map((a) => a.name).join('; ')}`)));
    nodes.push(...paragraphBlocks(item.paragraphs, options));
  }
  return nodes;
}
