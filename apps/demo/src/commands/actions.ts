import { type TrackedAction, type TrackedStatus, TRACKED_STATUSES } from '@lsmp/report';
import { type Command, Option } from 'commander';
import { loadSeries } from '../series/load-series.js';
import { colour } from '../ui/colour.js';
import { withInputs, writeJson } from './inputs-argument.js';

interface ActionsOptions {
  owner?: string;
  status?: TrackedStatus | 'at-risk';
  organisation?: string;
  json?: boolean;
}

const statusColour: Record<TrackedStatus, (text: string) => string> = {
  open: colour.yellow,
  'reported-on': colour.cyan,
  done: colour.green,
  dropped: colour.dim,
};

const contains = (value: string | null, wanted: string) => value?.toLowerCase().includes(wanted.toLowerCase()) ?? false;

/** Keeps the actions every given filter matches (case-insensitive, part of a name is enough). */
export function filterActions(actions: readonly TrackedAction[], options: ActionsOptions): TrackedAction[] {
  return actions.filter(
    (action) =>
      (!options.owner || action.owners.some((o) => contains(o.raw, options.owner!) || contains(o.name, options.owner!))) &&
      (!options.organisation || action.owners.some((o) => contains(o.organisation, options.organisation!))) &&
      (!options.status || (options.status === 'at-risk' ? action.atRisk : action.status === options.status)),
  );
}

function describe(action: TrackedAction, meetingLabel: (id: string | null) => string): string {
  const owners = action.owners.map((o) => [o.name ?? o.raw, o.organisation].filter(Boolean).join(', ')).join('; ') || 'no owner';
  const heading = [
    statusColour[action.status](action.status.padEnd(12)),
    action.atRisk ? colour.red('AT RISK ') : '',
    colour.bold(action.number ? `Action ${action.number}` : 'Action'),
    colour.dim(` raised ${meetingLabel(action.raisedAt ?? action.firstSeenAt)}${action.itemNumber ? `, item ${action.itemNumber}` : ''}`),
  ].join('');
  const lines = [heading, `  ${action.text}`, `  ${colour.dim('owners:')} ${owners}`];
  if (action.evidence) lines.push(`  ${colour.dim(`${meetingLabel(action.evidenceMeetingId)}:`)} ${action.evidence}`);
  return lines.join('\n');
}

export function registerActions(program: Command): void {
  withInputs(program.command('actions'))
    .description('the action tracker: every action, its owners, and its progress through later meetings')
    .option('--owner <name>', 'only actions one of whose owners matches (initials, name)')
    .option('--organisation <name>', "only actions an owner's organisation matches")
    .addOption(new Option('--status <status>', 'only actions with this status').choices([...TRACKED_STATUSES, 'at-risk']))
    .option('--json', 'print the tracked actions as JSON')
    .action(async (inputs: string[], options: ActionsOptions) => {
      const { report } = await loadSeries(inputs);
      const actions = filterActions(report.actions.actions, options);
      if (options.json) return writeJson(actions);
      const labels = new Map(report.meetings.map((m) => [m.id, m.label]));
      const meetingLabel = (id: string | null) => (id ? (labels.get(id) ?? id) : 'before the series');
      const blocks = actions.map((action) => describe(action, meetingLabel));
      const counts = TRACKED_STATUSES.map((s) => `${actions.filter((a) => a.status === s).length} ${s}`).join(', ');
      const summary = `${actions.length} of ${report.actions.actions.length} actions over ${report.meetings.length} meetings: ${counts}; ${actions.filter((a) => a.atRisk).length} at risk`;
      process.stdout.write(`${[...blocks, colour.bold(summary)].join('\n\n')}\n`);
    });
}
