import { type ActionLinks, type Link, linkMinutes, londonEnriched, type MinutesLinks } from '@lsmp/london-enriched';
import { type Command, InvalidArgumentError } from 'commander';
import { isSingleDocument, loadMinutes } from '../io/load-minutes.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';
import { registerStrategy } from './strategy.js';

const KIND_LABEL: Record<Link['kind'], string> = { strategy: 'strategy', reference: 'reference', 'service-area': 'service area', action: 'action' };
const EVIDENCE_SHOWN = 4;

function describeLink(link: Link): string {
  const label = link.kind === 'action' ? `${link.id} ${link.name}` : link.kind === 'service-area' ? link.id : link.name;
  const shown = link.evidence.slice(0, EVIDENCE_SHOWN).map((evidence) => {
    const place = evidence.position ? `${evidence.position.start.line}:${evidence.position.start.column}` : evidence.field;
    return `"${evidence.text}" ${colour.dim(place)}`;
  });
  const more = link.evidence.length > EVIDENCE_SHOWN ? colour.dim(` +${link.evidence.length - EVIDENCE_SHOWN} more`) : '';
  return `    ${KIND_LABEL[link.kind].padEnd(12)} ${label} ${colour.dim(link.confidence.toFixed(2))}\n      ${shown.join(', ')}${more}`;
}

function describeActions(actions: ActionLinks[]): string[] {
  return actions.filter((entry) => entry.links.length > 0).map((action) => `    ${colour.dim(`action ${action.number ?? action.id}:`)} ${action.links.map((link) => link.id).join(', ')}`);
}

/** Each agenda item with what it concerns and the words that show it, then linked actions raised under no item. */
export function describeLinks(name: string, { items, actions }: MinutesLinks): string {
  const lines = [colour.bold(name)];
  if (items.length === 0) lines.push(colour.dim('  no agenda items'));
  for (const item of items) {
    lines.push(`  ${colour.bold(`${item.number ?? '-'}  ${item.title}`)}`);
    if (item.links.length === 0) lines.push(colour.dim('    no links'));
    for (const link of item.links) lines.push(describeLink(link));
    lines.push(...describeActions(item.actions));
  }
  const unplaced = describeActions(actions.filter((action) => !items.some((item) => item.actions.some((own) => own.id === action.id))));
  if (unplaced.length > 0) lines.push(`  ${colour.bold('actions under no agenda item')}`, ...unplaced);
  return lines.join('\n');
}

function parseConfidence(value: string): number {
  const confidence = Number(value);
  if (value.trim() === '' || !(confidence >= 0 && confidence <= 1)) throw new InvalidArgumentError('expected a number from 0 to 1.');
  return confidence;
}

/** `lsmp strategy` and `lsmp link`: the commands that tie minutes to London Enriched. */
export function registerLondonEnriched(program: Command): void {
  registerStrategy(program);
  registerLink(program);
}

export function registerLink(program: Command): void {
  withInputs(program.command('link'))
    .description('show which London Enriched service areas, actions and strategies each agenda item concerns, with the evidence')
    .option('--min-confidence <n>', 'leave out links below this confidence (0..1)', parseConfidence, 0.5)
    .option('--json', 'print the links as JSON (one object for one input, an array for several)')
    .action(async (inputs: string[], options: { minConfidence: number; json?: boolean }) => {
      const loaded = await loadMinutes(inputs);
      const linked = loaded.map((entry) => ({
        name: entry.name,
        ...linkMinutes(entry.minutes, londonEnriched, { source: entry.text, minConfidence: options.minConfidence }),
      }));
      if (options.json) writeJson(isSingleDocument(loaded) ? linked[0] : linked);
      else process.stdout.write(`${linked.map((entry) => describeLinks(entry.name, entry)).join('\n\n')}\n`);
    });
}
