import { type Catalogue, findActionsByServiceArea, findServiceArea, londonEnriched, type ProposedAction, searchCatalogue } from '@lsmp/london-enriched';
import type { Command } from 'commander';
import { colour } from '../ui/colour.js';
import { writeJson } from './inputs-argument.js';

function describeAction(action: ProposedAction): string[] {
  const lines = [`  ${colour.bold(action.id)}  ${action.title ?? colour.dim('(no title)')}`];
  if (action.deliveryPartners) lines.push(colour.dim(`        partners: ${action.deliveryPartners.join('; ')}`));
  const { document, lines: range } = action.source;
  lines.push(colour.dim(`        source: ${document} lines ${range.start}-${range.end}`));
  return lines;
}

/** The strategy, its service areas (with their actions' numbers) and the chosen actions, for reading. */
export function describeCatalogue(catalogue: Catalogue, actions: ProposedAction[]): string {
  const lines: string[] = [];
  const { strategy } = catalogue;
  if (strategy) {
    const launched = strategy.launched ? ` (launched ${strategy.launched})` : '';
    lines.push(colour.bold(`${strategy.name}${strategy.subtitle ? ` – ${strategy.subtitle}` : ''}${launched}`), '');
  }
  lines.push(colour.bold(`Service areas (${catalogue.serviceAreas.length})`));
  for (const area of catalogue.serviceAreas) {
    const ids = findActionsByServiceArea(catalogue, area.id).map((action) => action.id);
    lines.push(`  ${area.id.padEnd(42)} ${ids.length > 0 ? ids.join(' ') : colour.dim('no actions in the catalogue yet')}`);
  }
  for (const body of catalogue.linkBodies) lines.push(`  link body: ${body.name}${body.members ? ` (${body.members.join(', ')})` : ''}`);
  lines.push('', colour.bold(`Proposed actions (${actions.length})`));
  for (const action of actions) lines.push(...describeAction(action));
  return lines.join('\n');
}

export function registerStrategy(program: Command): void {
  program
    .command('strategy')
    .description('list the service areas and proposed actions of London Enriched, the strategy the LSMP delivers')
    .option('--area <area>', 'only the actions of one service area (id or name, e.g. community-safety)')
    .option('--search <words>', 'only the actions whose title, key tasks or outcomes contain these words')
    .option('--json', 'print the catalogue (or the chosen actions) as JSON')
    .action((options: { area?: string; search?: string; json?: boolean }, command: Command) => {
      const catalogue = londonEnriched;
      let actions = catalogue.actions;
      if (options.area !== undefined) {
        if (!findServiceArea(catalogue, options.area)) {
          const known = catalogue.serviceAreas.map((area) => area.id).join(', ');
          command.error(`lsmp: unknown service area "${options.area}"; the service areas are: ${known}`, { exitCode: 2 });
        }
        actions = findActionsByServiceArea(catalogue, options.area);
      }
      if (options.search !== undefined) {
        const found = new Set(searchCatalogue(catalogue, options.search).map((hit) => hit.action));
        actions = actions.filter((action) => found.has(action));
      }
      const filtered = options.area !== undefined || options.search !== undefined;
      if (options.json) writeJson(filtered ? actions : catalogue);
      else process.stdout.write(`${describeCatalogue(catalogue, actions)}\n`);
    });
}
