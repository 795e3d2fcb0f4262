import type { Minutes } from '@lsmp/model';
import type { Link, List, RootContent } from 'mdast';
import { decisionLabel } from '../meeting/decisions.js';
import { diagnosticLine, readerDiagnostics } from '../meeting/diagnostics.js';
import { type MeetingFact, meetingFacts, meetingTitle, nextMeetingFacts } from '../meeting/meeting-facts.js';
import type { MeetingReportOptions } from '../meeting/options.js';
import { sourceLink } from '../meeting/source-link.js';
import { serialiseMarkdown } from '../shared/markdown.js';
import { safeUrl } from '../shared/safe-url.js';
import { agendaSection } from './agenda.js';
import { bulletList, heading, paragraph, sourceLinkNodes, strong, text } from './nodes.js';
import { actionsSection, attendanceSection } from './tables.js';

function factList(facts: readonly MeetingFact[]): List {
  return bulletList(facts.map((fact) => [paragraph(strong(`${fact.label}:`), text(` ${fact.value}`))]));
}

function decisionsSection(minutes: Minutes, options: MeetingReportOptions): RootContent[] {
  if (minutes.decisions.length === 0) return [];
  const items = minutes.decisions.map((decision) => {
    const where = decision.itemNumber ? ` (item ${decision.itemNumber})` : '';
    return [paragraph(strong(`${decisionLabel(decision)}${where}:`), text(` ${decision.text}`), ...sourceLinkNodes(sourceLink(decision.position, options, false)))];
  });
  return [heading(2, 'Decisions'), bulletList(items)];
}

function listSection(title: string, lines: readonly string[]): RootContent[] {
  return lines.length === 0 ? [] : [heading(2, title), bulletList(lines.map((line) => [paragraph(text(line))]))];
}

function referencesSection(minutes: Minutes): RootContent[] {
  if (minutes.references.length === 0) return [];
  const items = minutes.references.map((reference) => {
    const url = safeUrl(reference.url);
    if (!url) return [paragraph(text(reference.text))];
    const link: Link = { type: 'link', url, children: [text(url)] };
    return [paragraph(...(url.endsWith(reference.text) ? [link] : [text(`${reference.text}: `), link]))];
  });
  return [heading(2, 'References'), bulletList(items)];
}

/**
 * One meeting as GitHub-flavoured Markdown: the meeting's facts, attendance by
 * list, the agenda with numbered paragraphs and attributed remarks, decisions,
 * actions, the next meeting, recommendations, references and what the parser could
 * not read. Every piece of source text is escaped by `mdast-util-to-markdown`.
 * @param minutes Parsed minutes (the canonical model).
 * @param options Service-area links and a source link target.
 * @returns Markdown text ending with a newline.
 */
export function renderMarkdown(minutes: Minutes, options: MeetingReportOptions = {}): string {
  const next = nextMeetingFacts(minutes);
  const children: RootContent[] = [
    heading(1, meetingTitle(minutes)),
    ...(meetingFacts(minutes).length > 0 ? [factList(meetingFacts(minutes))] : []),
    ...attendanceSection(minutes),
    ...agendaSection(minutes.items, options),
    ...decisionsSection(minutes, options),
    ...actionsSection(minutes, options),
    ...(next.length > 0 ? [heading(2, 'Next meeting'), factList(next)] : []),
    ...listSection(
      'Recommendations',
      minutes.recommendations.map((r) => (r.itemNumber ? `${r.text} (item ${r.itemNumber})` : r.text)),
    ),
    ...referencesSection(minutes),
    ...listSection('Notes on reading', readerDiagnostics(minutes.diagnostics).map(diagnosticLine)),
  ];
  return serialiseMarkdown({ type: 'root', children });
}
