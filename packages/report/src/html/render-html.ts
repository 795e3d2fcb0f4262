import type { Minutes } from '@lsmp/model';
import { decisionLabel } from '../meeting/decisions.js';
import { diagnosticLine, readerDiagnostics } from '../meeting/diagnostics.js';
import { meetingFacts, meetingTitle, nextMeetingFacts } from '../meeting/meeting-facts.js';
import type { MeetingReportOptions } from '../meeting/options.js';
import { sourceLink } from '../meeting/source-link.js';
import { renderHtmlDocument } from '../shared/html-document.js';
import { h, type MarkupElement } from '../shared/markup.js';
import { safeUrl } from '../shared/safe-url.js';
import { agendaSection } from './agenda.js';
import { factList, labelledSection, sourceLinkNodes } from './nodes.js';
import { sourceViewSection } from './source-view.js';
import { actionsSection, attendanceSection } from './tables.js';

function decisionsSection(minutes: Minutes, options: MeetingReportOptions, inDocument: boolean): MarkupElement[] {
  if (minutes.decisions.length === 0) return [];
  const items = minutes.decisions.map((decision) => {
    const where = decision.itemNumber ? ` (item ${decision.itemNumber})` : '';
    return h('li', [h('strong', `${decisionLabel(decision)}${where}:`), ` ${decision.text}`, ...sourceLinkNodes(sourceLink(decision.position, options, inDocument))]);
  });
  return [labelledSection('decisions', 'Decisions', [h('ul', items)])];
}

function listSection(id: string, title: string, lines: readonly string[]): MarkupElement[] {
  return lines.length === 0 ? [] : [labelledSection(id, title, [h('ul', lines.map((line) => h('li', line)))])];
}

function referencesSection(minutes: Minutes): MarkupElement[] {
  if (minutes.references.length === 0) return [];
  const items = minutes.references.map((reference) => {
    const url = safeUrl(reference.url);
    if (!url) return h('li', reference.text);
    const link = h('a', { href: url }, url);
    return h('li', url.endsWith(reference.text) ? [link] : [`${reference.text}: `, link]);
  });
  return [labelledSection('references', 'References', [h('ul', items)])];
}

/**
 * One meeting as a self-contained HTML document: banner with the meeting's facts;
 * attendance tables per list; the agenda with numbered paragraphs and attributed
 * remarks; decisions; actions; the next meeting; recommendations, references and
 * what the parser could not read; and, when `options.source` is given, the source
 * text with numbered lines that every paragraph and action links to. The page
 * loads nothing and runs no script (see `CONTENT_SECURITY_POLICY`).
 * @param minutes Parsed minutes (the canonical model).
 * @param options Service-area links and the source text or its address.
 * @returns The HTML text.
 */
export function renderHtml(minutes: Minutes, options: MeetingReportOptions = {}): string {
  const inDocument = options.source !== undefined;
  const facts = meetingFacts(minutes);
  const next = nextMeetingFacts(minutes);
  const title = meetingTitle(minutes);
  return renderHtmlDocument({
    title,
    header: [h('h1', title), ...(facts.length > 0 ? [factList(facts)] : [])],
    main: [
      ...attendanceSection(minutes),
      ...agendaSection(minutes.items, options, inDocument),
      ...decisionsSection(minutes, options, inDocument),
      ...actionsSection(minutes, options, inDocument),
      ...(next.length > 0 ? [labelledSection('next-meeting', 'Next meeting', [factList(next)])] : []),
      ...listSection(
        'recommendations',
        'Recommendations',
        minutes.recommendations.map((r) => (r.itemNumber ? `${r.text} (item ${r.itemNumber})` : r.text)),
      ),
      ...referencesSection(minutes),
      ...listSection('reading-notes', 'Notes on reading', readerDiagnostics(minutes.diagnostics).map(diagnosticLine)),
      ...(options.source !== undefined ? [sourceViewSection(options.source)] : []),
    ],
  });
}
