import { describe, expect, it } from 'vitest';
import { parseStrategyText } from './parse-strategy-text.js';

// A fictional plan in the layout of the London Enriched implementation plan.
const plan = `Riverside Together – A strategy for newcomer inclusion

1. Riverside Together was launched in March 2021. Riverside Together was launched on 4 May 2021 at the Town Hall. It aims to open every service to newcomers.

2. It covers 3 service areas: libraries, parks and leisure, and transport.

3. The role of the link bodies is to:

  • watch the actions;
  • report to the board.

4. Ann Lee chairs the Libraries Link Body. Membership of the Link Body includes the Library Trust, Bookstart and the Council.

Actions for libraries

Core objective

Open the libraries to everyone.

Proposed Action (1.1.1)

Run welcome sessions
in every library.

Key tasks

  1. Plan sessions with:
    1. the Library Trust
    2. volunteers

  2. Hold the sessions.

Outcome

  1. More newcomers join.

Delivery partners (lead in bold)

**Library Trust**
Bookstart

Resources

Staff time

Proposed Action (1.1.2)

Print a welcome guide

Key tasks

Write the guide

Outcome

A guide in ten languages
Riverside Print Unit

Resources

Print budget
`;

describe('parseStrategyText', () => {
  const { catalogue, diagnostics } = parseStrategyText(plan, { document: { id: 'fiction' } });

  it('reads the strategy from its heading and the sentences that name it', () => {
    expect(catalogue.strategy).toEqual({
      id: 'riverside-together',
      name: 'Riverside Together',
      subtitle: 'A strategy for newcomer inclusion',
      launched: '2021-05-04',
      purpose: 'It aims to open every service to newcomers.',
      source: { document: 'fiction', lines: { start: 1, end: 3 } },
    });
  });

  it('splits the service areas as the stated count requires', () => {
    expect(catalogue.serviceAreas.map((area) => [area.id, area.name])).toEqual([
      ['libraries', 'libraries'],
      ['parks-and-leisure', 'parks and leisure'],
      ['transport', 'transport'],
    ]);
  });

  it('reads the link body roles verbatim and a named link body with its members', () => {
    expect(catalogue.linkBodyRoles.map((role) => role.text)).toEqual(['watch the actions;', 'report to the board.']);
    expect(catalogue.linkBodies).toEqual([
      {
        id: 'libraries-link-body',
        name: 'Libraries Link Body',
        serviceArea: 'libraries',
        members: ['Library Trust', 'Bookstart', 'Council'],
        source: { document: 'fiction', lines: { start: 12, end: 12 } },
      },
    ]);
  });

  it('reads actions with nested tasks across blank lines, bold leads and the area of the heading above', () => {
    const [first] = catalogue.actions;
    expect(first).toMatchObject({
      id: '1.1.1',
      serviceArea: 'libraries',
      coreObjective: 'Open the libraries to everyone.',
      title: 'Run welcome sessions in every library.',
      keyTasks: [{ text: 'Plan sessions with:', subTasks: [{ text: 'the Library Trust' }, { text: 'volunteers' }] }, { text: 'Hold the sessions.' }],
      outcomes: ['More newcomers join.'],
      deliveryPartners: ['Library Trust', 'Bookstart'],
      leadPartners: ['Library Trust'],
      resources: ['Staff time'],
      source: { document: 'fiction', lines: { start: 20, end: 44 } },
    });
  });

  it('reads name-like lines after an outcome as the partners when their heading is missing, and says so', () => {
    expect(catalogue.actions[1]).toMatchObject({ outcomes: ['A guide in ten languages'], deliveryPartners: ['Riverside Print Unit'] });
    expect(diagnostics.map((d) => [d.code, d.position?.start.line])).toEqual([['LE1003', 57]]);
  });

  it('keeps the first of two full launch dates and says so', () => {
    const { catalogue: twice, diagnostics: found } = parseStrategyText('Ours – A strategy for all\n\nOurs was launched on 1 May 2020.\n\nOurs was launched on 2 June 2020.\n');
    expect(twice.strategy?.launched).toBe('2020-05-01');
    expect(found.map((d) => [d.code, d.message])).toEqual([['LE1009', 'The text gives two launch dates (2020-05-01 and 2020-06-02); the first was kept.'], ['LE1001', expect.any(String)]]);
  });

  it('finds the name in apposition when no heading gives it', () => {
    const { catalogue: named } = parseStrategyText('1. The board delivers Riverside Together, the Mayoral strategy for newcomers. It aims to help.\n');
    expect(named.strategy).toEqual({ id: 'riverside-together', name: 'Riverside Together', purpose: 'It aims to help.', source: { document: 'input', lines: { start: 1, end: 1 } } });
  });

  it('leaves out what the text does not say', () => {
    const { catalogue: bare, diagnostics: found } = parseStrategyText('Proposed Action (2.1.1)\n\nDo a thing\n');
    expect(bare.strategy).toBeUndefined();
    expect(bare.actions).toEqual([{ id: '2.1.1', title: 'Do a thing', source: { document: 'input', lines: { start: 1, end: 3 } } }]);
    expect(found.map((d) => d.code)).toEqual(['LE1006', 'LE1002', 'LE1002', 'LE1002', 'LE1002']);
  });

  it('places actions under areas it is given when the text lists none', () => {
    const areas = catalogue.serviceAreas;
    const { catalogue: chapter } = parseStrategyText('Transport actions\n\nProposed Action (3.1.1)\n\nRun buses\n', { serviceAreas: areas });
    expect(chapter.actions[0]?.serviceArea).toBe('transport');
    expect(chapter.serviceAreas).toEqual([]);
  });

  it('never throws and reports a text without actions', () => {
    for (const text of ['', '\n\n', 'Key tasks\n\n1. x', '\u0000\uFFFF', 'Proposed Action (1.1)\n']) {
      expect(() => parseStrategyText(text)).not.toThrow();
    }
    expect(parseStrategyText('Hello').diagnostics.map((d) => d.code)).toEqual(['LE1001']);
    expect(parseStrategyText('Key tasks\n\n1. x').diagnostics.map((d) => d.code)).toEqual(['LE1008', 'LE1001']);
  });
});
