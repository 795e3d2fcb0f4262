import { describe, expect, it } from 'vitest';
import { lsmp } from './run-cli.js';

interface Action {
  text: string;
  status: string;
  atRisk: boolean;
  evidence: string | null;
  owners: { raw: string; name: string | null; organisation: string | null }[];
}

function actionsJson(...args: string[]): Action[] {
  const { code, stdout, stderr } = lsmp(['actions', '--json', ...args]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout);
}

describe('lsmp actions', () => {
  const all = actionsJson();
  const find = (words: string) => all.find((a) => a.text.includes(words));

  it('follows the sample actions through later meetings', () => {
    // Facts written into the sample series on purpose (see samples/README.md).
    expect(find('ESOL waiting lists')).toMatchObject({ status: 'done', atRisk: false });
    expect(find('ESOL waiting lists')?.evidence).toMatch(/agreed to fund two more community ESOL classes/);
    expect(find('right to work guide')).toMatchObject({ atRisk: true });
    expect(find('circulate the ESOL mapping report')).toMatchObject({ status: 'done' });
    expect(find('draft the 2025/26 work plan')).toMatchObject({ status: 'open' });
  });

  it('filters by status, owner and organisation', () => {
    expect(actionsJson('--status', 'done')).toEqual(all.filter((a) => a.status === 'done'));
    expect(actionsJson('--status', 'at-risk')).toEqual(all.filter((a) => a.atRisk));
    const hartigan = actionsJson('--owner', 'hartigan');
    expect(hartigan.length).toBeGreaterThan(0);
    expect(hartigan.every((a) => a.owners.some((o) => o.name === 'Gil Hartigan'))).toBe(true);
    const council = actionsJson('--organisation', 'borough council');
    expect(council.length).toBeGreaterThan(0);
    expect(council.every((a) => a.owners.some((o) => o.organisation === 'Riverside Borough Council'))).toBe(true);
  });

  it('prints a readable tracker with a summary line', () => {
    const { code, stdout } = lsmp(['actions', '--status', 'open']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/GH to draft the 2025\/26 work plan/);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^\d+ of \d+ actions over 6 meetings: \d+ open, 0 reported-on, 0 done/);
  });

  it('refuses an unknown status with exit 2', () => {
    const { code, stderr } = lsmp(['actions', '--status', 'finished']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Allowed choices are open, reported-on, done, dropped, at-risk/);
  });
});

describe('lsmp attendance', () => {
  it('shows substitutes and people across the six sample meetings', () => {
    const { code, stdout } = lsmp(['attendance', '--json']);
    expect(code).toBe(0);
    const register = JSON.parse(stdout);
    expect(register.meetings).toHaveLength(6);
    const person = (name: string) => register.people.find((p: { name: string }) => p.name === name);
    expect(person('Yara Wexley').cells[2]).toMatchObject({ status: 'substitute', substituteFor: 'Kofi Lindqvist' });
    expect(person('Kofi Lindqvist').cells[2].status).toBe('apologies');
    expect(person('Bram Tellings').counts.present).toBe(6);
  });

  it('prints one row per person with a mark per meeting', () => {
    const { stdout } = lsmp(['attendance']);
    expect(stdout).toMatch(/^Bram Tellings +PPPPPP +6\/6 +Riverside Housing Trust$/m);
    expect(stdout).toMatch(/^Key: P present +S substitute +A apologies/m);
  });
});
