import type { Diagnostic } from '@lsmp/model';
import type { CoreObjective, ProposedAction, ServiceArea } from '../schema/catalogue.js';
import { strategyDiagnostic } from './diagnostics.js';
import { type SectionHeading, type SectionKind, sectionLabels, type Unit } from './headings.js';
import { isHeadingLike, joinLines, LIST_MARKER, type SourceLine } from './lines.js';
import { flattenEntries, type ListEntry, parseList, toKeyTasks } from './parse-list.js';
import { namesPhrase } from './read-service-areas.js';
import { sourceOf } from './read-strategy.js';
import { isNameLike } from './text-rules.js';

type Field = 'title' | Exclude<SectionKind, 'action' | 'coreObjective'>;
type ListField = Exclude<Field, 'title'>;

interface Draft {
  heading: SectionHeading;
  area: ServiceArea | undefined;
  objective: CoreObjective | undefined;
  sections: Partial<Record<Field, SourceLine[]>>;
  last: SourceLine;
}

export interface ActionsResult {
  actions: ProposedAction[];
  coreObjectives: CoreObjective[];
}

/**
 * Reads "Core objective" and "Proposed Action (n.n.n)" sections. An action takes the
 * service area named by the last heading-like line before it and the last core
 * objective under that area. Each section takes the block after its heading; a list
 * section also takes further blocks that start with a list marker.
 */
export function readActions(units: Unit[], areas: ServiceArea[], document: string, diagnostics: Diagnostic[]): ActionsResult {
  const result: ActionsResult = { actions: [], coreObjectives: [] };
  let area: ServiceArea | undefined;
  let objective: CoreObjective | undefined;
  let draft: Draft | undefined;
  let pending: Field | 'coreObjective' | undefined;
  let open: ListField | undefined;
  let objectiveHeading: SourceLine | undefined;
  const finish = () => {
    if (draft) result.actions.push(buildAction(draft, document, diagnostics));
    draft = undefined;
  };

  for (const unit of units) {
    if ('heading' in unit) {
      const { heading } = unit;
      open = undefined;
      if (heading.kind === 'coreObjective') {
        finish();
        pending = 'coreObjective';
        objectiveHeading = heading.line;
      } else if (heading.kind === 'action') {
        finish();
        draft = { heading, area, objective, sections: {}, last: heading.line };
        pending = 'title';
      } else if (!draft) {
        diagnostics.push(strategyDiagnostic('LE1008', { section: sectionLabels[heading.kind] }, heading.line));
        pending = undefined;
      } else {
        pending = heading.kind;
        if (heading.kind === 'deliveryPartners' && heading.note) draft.heading = { ...draft.heading, note: heading.note };
      }
      continue;
    }
    const { block } = unit;
    if (pending === 'coreObjective') {
      const count = result.coreObjectives.filter((entry) => entry.serviceArea === area?.id).length + 1;
      objective = { id: `${area ? `${area.id}-` : ''}objective-${count}`, text: joinLines(block), source: sourceOf(document, objectiveHeading ?? block[0]!, block.at(-1)) };
      if (area) objective.serviceArea = area.id;
      result.coreObjectives.push(objective);
    } else if (pending && draft) {
      draft.sections[pending] = [...block];
      draft.last = block.at(-1)!;
      open = pending === 'title' ? undefined : pending;
    } else if (open && draft && LIST_MARKER.test(block[0]!.raw)) {
      draft.sections[open]!.push(...block);
      draft.last = block.at(-1)!;
    } else {
      open = undefined;
      const named = isHeadingLike(block) ? areas.filter((candidate) => namesPhrase(block[0]!.text, candidate.name)) : [];
      if (named.length === 1) {
        finish();
        if (named[0] !== area) objective = undefined;
        area = named[0];
      }
    }
    pending = undefined;
  }
  finish();
  if (result.actions.length === 0) diagnostics.push(strategyDiagnostic('LE1001', {}));
  return { ...result, actions: dropDuplicates(result.actions, diagnostics) };
}

function buildAction(draft: Draft, document: string, diagnostics: Diagnostic[]): ProposedAction {
  const id = draft.heading.id!;
  const action: ProposedAction = { id, source: sourceOf(document, draft.heading.line, draft.last) };
  if (draft.area) action.serviceArea = draft.area.id;
  else diagnostics.push(strategyDiagnostic('LE1006', { id }, draft.heading.line));
  if (draft.objective) action.coreObjective = draft.objective.text;
  const { title, keyTasks, outcomes, deliveryPartners, resources } = draft.sections;
  if (title) action.title = joinLines(title);
  if (keyTasks) action.keyTasks = toKeyTasks(parseList(keyTasks));
  const outcomeEntries = outcomes ? flattenEntries(parseList(outcomes)) : undefined;
  let partnerEntries = deliveryPartners ? flattenEntries(parseList(deliveryPartners)) : undefined;
  if (!partnerEntries && outcomeEntries && outcomeEntries.length > 1 && outcomeEntries.every((entry) => !entry.marked)) {
    // A missing "Delivery partners" heading leaves the partners under the outcome: take the trailing name-like lines.
    let split = outcomeEntries.length;
    while (split > 1 && isNameLike(outcomeEntries[split - 1]!.text)) split -= 1;
    if (split < outcomeEntries.length) {
      partnerEntries = outcomeEntries.splice(split);
      diagnostics.push(strategyDiagnostic('LE1003', { id }, partnerEntries[0]!.line, partnerEntries.at(-1)!.line));
    }
  }
  if (outcomeEntries) action.outcomes = outcomeEntries.map((entry) => entry.text);
  if (partnerEntries) {
    action.deliveryPartners = partnerEntries.map((entry) => entry.text);
    const leads = partnerEntries.filter(isBold).map((entry) => entry.text);
    if (leads.length > 0) action.leadPartners = leads;
    else if (/\bbold\b/i.test(draft.heading.note ?? '')) diagnostics.push(strategyDiagnostic('LE1005', { id }, partnerEntries[0]!.line));
  }
  if (resources) action.resources = flattenEntries(parseList(resources)).map((entry) => entry.text);
  for (const field of ['title', 'keyTasks', 'outcomes', 'deliveryPartners', 'resources'] as const) {
    if (action[field] === undefined) diagnostics.push(strategyDiagnostic('LE1002', { id, section: field === 'title' ? 'title' : sectionLabels[field] }, draft.heading.line));
  }
  return action;
}

function isBold(entry: ListEntry): boolean {
  return /\*\*|__/.test(entry.line.raw);
}

function dropDuplicates(actions: ProposedAction[], diagnostics: Diagnostic[]): ProposedAction[] {
  const byId = new Map<string, ProposedAction>();
  for (const action of actions) {
    if (byId.has(action.id)) {
      diagnostics.push(strategyDiagnostic('LE1004', { id: action.id }));
      byId.delete(action.id);
    }
    byId.set(action.id, action);
  }
  return [...byId.values()];
}
