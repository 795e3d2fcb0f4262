import type { Action, AgendaItem, Minutes, Paragraph, Position } from '@lsmp/model';

// Headings under which minutes report on earlier actions ("Minutes of the last
// meeting and matters arising", "Minutes and Actions from the last meeting",
// "Action log", "Review of actions").
const MATTERS_ARISING_TITLE =
  /matters arising|actions? (?:from|of) (?:the )?(?:last|previous)|minutes and actions|action (?:log|tracker|points)|review of actions|previous actions|outstanding actions/i;

/** Whether an agenda item is where the minutes report on earlier actions. */
export function isMattersArisingItem(item: Pick<AgendaItem, 'title'>): boolean {
  return MATTERS_ARISING_TITLE.test(item.title);
}

/** A paragraph under a matters-arising item, flattened out of its nesting. */
export interface ReportParagraph {
  itemNumber: string | null;
  text: string;
  position: Position | undefined;
}

/** Every paragraph (and sub-paragraph) the minutes record under matters-arising items. */
export function mattersArisingParagraphs(minutes: Minutes): ReportParagraph[] {
  const found: ReportParagraph[] = [];
  const visit = (paragraph: Paragraph, itemNumber: string | null) => {
    found.push({ itemNumber, text: paragraph.text, position: paragraph.position });
    for (const child of paragraph.children) visit(child, itemNumber);
  };
  for (const item of minutes.items) {
    if (!isMattersArisingItem(item)) continue;
    for (const paragraph of item.paragraphs) visit(paragraph, item.number);
  }
  return found;
}

/** Whether two source spans overlap (end is exclusive). */
export function spansOverlap(a: Position | undefined, b: Position | undefined): boolean {
  if (!a || !b) return false;
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

/**
 * The paragraph that directly follows each matters-arising action record ("**RB**
 * reported that ..." after "**Action 2:** ..."): the first paragraph after the record
 * that starts before any other action. Minutes write the report on an action there.
 * Needs source positions; without them nothing follows anything.
 * @returns For each such paragraph, the action record it reports on.
 */
export function followingParagraphs(
  reports: readonly Action[],
  allActions: readonly Action[],
  paragraphs: readonly ReportParagraph[],
): Map<ReportParagraph, Action> {
  const found = new Map<ReportParagraph, Action>();
  for (const report of reports) {
    const end = report.position?.end.offset;
    if (end === undefined) continue;
    const next = paragraphs
      .filter((p) => p.position && p.position.start.offset >= end && (report.itemNumber === null || p.itemNumber === report.itemNumber))
      .sort((a, b) => a.position!.start.offset - b.position!.start.offset)[0];
    if (!next || found.has(next)) continue;
    const start = next.position!.start.offset;
    const interrupted = allActions.some((a) => a !== report && a.position && a.position.start.offset >= end && a.position.start.offset < start);
    if (!interrupted) found.set(next, report);
  }
  return found;
}
