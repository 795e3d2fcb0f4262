// Actions: labelled ("Action 2:"), reported on under matters arising, outstanding,
// and the right-hand action column that PDF extraction interleaves into the text.
import { describe, expect, it } from 'vitest';
import { actionFacts, codes, para, paragraphs, parseLines, pdfHeader, spanText, wordHeader } from './build.js';

const roster = [
  '**Present**',
  '',
  'Chair\tMaria Okafor\tDeputy Leader of Northbridge Council',
  'TP\tTomasz Pawlak\tHarbour Trust',
  'RS\tRosa Santos\tRiverside Forum',
  'JR\tJamal Reid\tNorthbridge Youth Service',
  '',
  '**Secretariat:**',
  '',
  'AR\tAmir Rahimi\tNorthbridge Council',
  '',
];

describe('labelled actions', () => {
  const result = parseLines([
    ...wordHeader(),
    ...roster,
    '### **1. Minutes of the last meeting and matters arising**',
    '',
    '1.1 **MO** updated on matters arising:',
    '',
    '**Action 1:** Circulate the harbour survey to members (Harbour Trust) - The survey was circulated on 2 March.',
    '',
    '**Action 2:** Arrange a site visit to the youth centre',
    '',
    '**Outstanding action from January meeting:** review the room booking policy (Jamal Reid, RS)',
    '',
    '### **2. Youth services**',
    '',
    '2.1 **JR** presented the youth survey.',
    '',
    '**Action 1:** Rosa Santos to share the survey with the Riverside Forum.',
    '',
    '**Action 2: TP** to report back on volunteer numbers.',
    '',
    '**Action 3:** Partnership secretariat to book the Town Hall for the summer event',
  ]);
  const { minutes } = result;

  it('reads number, text, owners, origin and progress', () => {
    expect(actionFacts(minutes.actions)).toEqual([
      {
        number: '1',
        text: 'Circulate the harbour survey to members',
        owners: ['Harbour Trust'],
        origin: 'matters-arising',
        status: 'The survey was circulated on 2 March.',
      },
      { number: '2', text: 'Arrange a site visit to the youth centre', owners: [], origin: 'matters-arising', status: null },
      { number: null, text: 'review the room booking policy', owners: ['Jamal Reid', 'RS'], origin: 'outstanding', status: null },
      // An owner who is the grammatical subject stays in the text.
      { number: '1', text: 'Rosa Santos to share the survey with the Riverside Forum.', owners: ['Rosa Santos'], origin: 'new', status: null },
      { number: '2', text: 'TP to report back on volunteer numbers.', owners: ['TP'], origin: 'new', status: null },
      {
        number: '3',
        text: 'Partnership secretariat to book the Town Hall for the summer event',
        owners: ['Partnership secretariat'],
        origin: 'new',
        status: null,
      },
    ]);
    expect(minutes.actions.map((a) => a.itemNumber)).toEqual(['1', '1', '1', '2', '2', '2']);
  });

  it('resolves owners through the roster: organisations, names, initials and groups', () => {
    expect(minutes.actions.map((a) => a.ownerRefs.map((r) => ({ kind: r.kind, attendeeId: r.attendeeId })))).toEqual([
      [{ kind: 'organisation', attendeeId: null }],
      [],
      [
        { kind: 'person', attendeeId: 'a4' },
        { kind: 'person', attendeeId: 'a3' },
      ],
      [{ kind: 'person', attendeeId: 'a3' }],
      [{ kind: 'person', attendeeId: 'a2' }],
      [{ kind: 'group', attendeeId: null }],
    ]);
    expect(minutes.actions[3]!.ownerRefs[0]!.name).toBe('Rosa Santos');
    expect(minutes.actions[4]!.ownerRefs[0]!.name).toBe('Tomasz Pawlak');
  });

  it('keeps action lines out of the paragraphs and reports an action without owner', () => {
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([para('MO updated on matters arising:', { number: '1.1', speaker: 'MO' })]);
    expect(paragraphs(minutes.items[1]!.paragraphs)).toEqual([para('JR presented the youth survey.', { number: '2.1', speaker: 'JR' })]);
    const noOwner = result.diagnostics.filter((d) => d.code === 'LSMP4001');
    expect(noOwner.map((d) => d.position?.start.line)).toEqual([28]);
  });
});

describe('an organisation named by its acronym', () => {
  it('resolves to the roster organisation that carries the acronym', () => {
    const { minutes } = parseLines([
      ...wordHeader(),
      '**Present**',
      '',
      'KD\tKofi Danso\tNorthbridge Borough Council (NBC)',
      '',
      '### **1. Matters arising**',
      '',
      '**Action 3:** Publish the grants timetable (NBC) - progress: the timetable is on the website.',
    ]);
    expect(actionFacts(minutes.actions)).toEqual([
      {
        number: '3',
        text: 'Publish the grants timetable',
        owners: ['NBC'],
        origin: 'matters-arising',
        status: 'progress: the timetable is on the website.',
      },
    ]);
    expect(minutes.actions[0]!.ownerRefs).toEqual([
      { raw: 'NBC', kind: 'organisation', attendeeId: null, name: 'Northbridge Borough Council (NBC)' },
    ]);
  });
});

describe('"Chair" as an owner', () => {
  // Gap: "Chair" resolves to a group with no name, although the roster marks who chaired.
  it('resolves to the person who chaired the meeting', () => {
    const { minutes } = parseLines([
      ...wordHeader(),
      ...roster,
      '### **1. Matters arising**',
      '',
      '**Outstanding action from January meeting:** review the room booking policy (Chair)',
    ]);
    expect(minutes.actions[0]!.ownerRefs).toEqual([{ raw: 'Chair', kind: 'person', attendeeId: 'a1', name: 'Maria Okafor' }]);
  });
});

/** A roster of initials, names and organisations a tab apart, as PDF extraction gives it. */
const initialsRoster = [
  '',
  'MO\tMaria Okafor\tNorthbridge Council (chair)',
  'TP\tTomasz Pawlak\tHarbour Trust',
  'RS\tRosa Santos\tRiverside Forum',
  'JR\tJamal Reid\tNorthbridge Youth Service',
  '',
];

describe('the action column interleaved into paragraphs (PDF extraction)', () => {
  const lines = [
    ...pdfHeader(),
    ...initialsRoster,
    '1. Youth services',
    '',
    'JR – reported that the youth centre needs new equipment and that a survey of',
    '',
    'RS to contact JR',
    '',
    'young people would show what is needed most.',
    '',
    'TP – offered volunteers from the Harbour Trust.',
    '',
    '**RS to ask the Harbour Trust',
    'for volunteer figures**',
    '',
    'TP to send volunteer rota',
    '',
    '2. Any other business',
    '',
    'MO – thanked members.',
  ];
  const text = lines.join('\n');
  const result = parseLines(lines);
  const { minutes } = result;

  it('reads each column line as an action, rejoining one split over two lines', () => {
    expect(actionFacts(minutes.actions)).toEqual([
      { number: null, text: 'RS to contact JR', owners: ['RS'], origin: 'new', status: null },
      { number: null, text: 'RS to ask the Harbour Trust for volunteer figures', owners: ['RS'], origin: 'new', status: null },
      { number: null, text: 'TP to send volunteer rota', owners: ['TP'], origin: 'new', status: null },
    ]);
    expect(spanText(text, minutes.actions[1]!.position)).toBe('**RS to ask the Harbour Trust\nfor volunteer figures**');
  });

  it('rejoins the paragraph the column line was cut into', () => {
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('JR – reported that the youth centre needs new equipment and that a survey of young people would show what is needed most.', {
        speaker: 'JR',
      }),
      para('TP – offered volunteers from the Harbour Trust.', { speaker: 'TP' }),
    ]);
  });

  it('resolves initials to roster people and notes each column line it read', () => {
    expect(minutes.actions.map((a) => a.ownerRefs.map((r) => [r.kind, r.name]))).toEqual([
      [['person', 'Rosa Santos']],
      [['person', 'Rosa Santos']],
      [['person', 'Tomasz Pawlak']],
    ]);
    const column = result.diagnostics.filter((d) => d.code === 'LSMP4003');
    expect(column.map((d) => d.position?.start.line)).toEqual([17, 23, 26]);
  });

  it('says which owner it cannot place', () => {
    const other = parseLines([...lines.slice(0, 14), '**Action 1:** Zara Quinn to fund the equipment']);
    expect(other.minutes.actions[0]!.ownerRefs).toEqual([{ raw: 'Zara Quinn', kind: 'unknown', attendeeId: null, name: null }]);
    const unresolved = other.diagnostics.filter((d) => d.code === 'LSMP4002');
    expect(unresolved.map((d) => [d.actual, d.position?.start.line])).toEqual([['Zara Quinn', 15]]);
  });
});

describe('the action column kept beside the text (a PDF layout export)', () => {
  const pad = (left: string, cell = '') => (cell ? `${left.padEnd(68)}${cell}` : left);
  const lines = [
    ...pdfHeader(),
    ...initialsRoster,
    pad('1.   Youth services', 'Action'),
    '',
    pad('1.1  JR reported that the youth centre needs new equipment and', 'RS to contact JR'),
    pad('     asked members for ideas.'),
    pad('1.2  TP offered volunteers from the Harbour Trust; members asked', 'TP to send a'),
    pad('     for the rota, and TP agreed to send it to the Forum.', 'volunteer rota'),
    pad('1.3  Members asked how many young people use the centre. JR to', 'JR'),
    pad('     find out and report to the next meeting.'),
    pad('1.4  Members to send ideas for the summer programme to the', 'All members'),
    pad('     Youth Service by 30 April.'),
    '',
    '2.   Any other business',
    '',
    '2.1  None.',
  ];
  const text = lines.join('\n');
  const result = parseLines(lines);
  const { minutes } = result;

  it('reads each entry of the column as an action, joining an entry wrapped over two lines', () => {
    expect(actionFacts(minutes.actions)).toEqual([
      { number: null, text: 'RS to contact JR', owners: ['RS'], origin: 'new', status: null },
      { number: null, text: 'TP to send a volunteer rota', owners: ['TP'], origin: 'new', status: null },
      // Owners alone in the column: the sentence beside them that has them do something, or the paragraph.
      { number: null, text: 'JR to find out and report to the next meeting.', owners: ['JR'], origin: 'new', status: null },
      { number: null, text: 'Members to send ideas for the summer programme to the Youth Service by 30 April.', owners: ['All members'], origin: 'new', status: null },
    ]);
    expect(spanText(text, minutes.actions[1]!.position)).toMatch(/^TP to send a\n {5}for the rota, .* {2,}volunteer rota$/);
  });

  it('takes the column out of the paragraphs and the caption out of the title', () => {
    expect(minutes.items[0]!.title).toBe('Youth services');
    expect(minutes.items[0]!.paragraphs.map((p) => [p.number, p.text])).toEqual([
      ['1.1', 'JR reported that the youth centre needs new equipment and asked members for ideas.'],
      ['1.2', 'TP offered volunteers from the Harbour Trust; members asked for the rota, and TP agreed to send it to the Forum.'],
      ['1.3', 'Members asked how many young people use the centre. JR to find out and report to the next meeting.'],
      ['1.4', 'Members to send ideas for the summer programme to the Youth Service by 30 April.'],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'LSMP4003').map((d) => d.position?.start.line)).toEqual([15, 17, 19, 21]);
  });

  it('leaves a table of names and initials alone', () => {
    const table = parseLines([...lines.slice(0, 14), '1.1  Speakers:', pad('     Rosa Santos', 'RS'), pad('     Jamal Reid', 'JR')]);
    expect(table.minutes.actions).toEqual([]);
    expect(table.minutes.items[0]!.paragraphs.map((p) => p.text)).toEqual([expect.stringMatching(/^Speakers: Rosa Santos\s+RS Jamal Reid\s+JR$/)]);
  });
});

describe('a numbered paragraph that is an action', () => {
  const result = parseLines([
    ...wordHeader(),
    ...roster,
    '### **1. Minutes of the last meeting and matters arising**',
    '',
    '1.1 The minutes were agreed.',
    '1.2 Outstanding action from January meeting: RS to circulate the harbour survey to members. This has been done.',
    '1.3 Action 2 – TP to contact the Riverside Forum – ongoing.',
    '1.4 Action: JR to write to the Harbour Trust about moorings.',
    '- 1.5 Action 3 from the last meeting (Rosa Santos to share the riverside survey with the Harbour Trust): complete.',
  ]);
  const { minutes } = result;

  it('is an action as well as a paragraph', () => {
    expect(actionFacts(minutes.actions)).toEqual([
      { number: null, text: 'RS to circulate the harbour survey to members. This has been done.', owners: ['RS'], origin: 'outstanding', status: null },
      { number: '2', text: 'TP to contact the Riverside Forum', owners: ['TP'], origin: 'matters-arising', status: 'ongoing.' },
      { number: null, text: 'JR to write to the Harbour Trust about moorings.', owners: ['JR'], origin: 'matters-arising', status: null },
      // A bullet before the number, and a long bracket after "from the last meeting".
      { number: '3', text: 'Rosa Santos to share the riverside survey with the Harbour Trust', owners: ['Rosa Santos'], origin: 'matters-arising', status: 'complete.' },
    ]);
    expect(minutes.items[0]!.paragraphs.map((p) => p.number)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5']);
  });
});

describe('owners in the shape of initials that match nobody', () => {
  it('are unknown, with LSMP4002', () => {
    const result = parseLines([...wordHeader(), ...roster, '### **1. Youth services**', '', '**Action 1:** KL to fund the equipment']);
    expect(result.minutes.actions[0]!.ownerRefs).toEqual([{ raw: 'KL', kind: 'unknown', attendeeId: null, name: null }]);
    expect(codes(result)).toContain('LSMP4002');
  });
});

describe('an action table exported one cell to a line', () => {
  const result = parseLines([
    ...wordHeader(),
    ...roster,
    '### **1. Any other business**',
    '',
    'None.',
    '',
    'Actions',
    '',
    'No.',
    'Action',
    'Owner',
    'Deadline',
    '',
    '1',
    'Circulate the harbour survey to members',
    'TP',
    'April 2023',
    '',
    '2',
    'Arrange a site visit to the youth centre',
    'JR / RS',
    'May 2023',
    '',
    'The meeting closed at 12.05pm.',
  ]);

  it('reads each block after the caption block as one row, each line as its column', () => {
    expect(result.minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['1', 'Circulate the harbour survey to members', ['TP']],
      ['2', 'Arrange a site visit to the youth centre', ['JR', 'RS']],
    ]);
  });

  it('leaves the text after the table a paragraph', () => {
    expect(result.minutes.items[0]!.paragraphs.map((p) => p.text)).toContain('The meeting closed at 12.05pm.');
  });
});

describe('an action table exported one cell to a line with no blank lines', () => {
  const result = parseLines([
    ...wordHeader(),
    ...roster,
    '1. Welcome',
    'MO welcomed members.',
    '',
    '2. Youth services',
    'JR reported on the youth survey.',
    '',
    'Action log',
    'No.',
    'Action',
    'Owner',
    'Due',
    '1',
    'Circulate the harbour survey to members',
    'TP',
    'April 2023',
    '2',
    'Arrange a site visit to the youth centre',
    'JR',
    'May 2023',
    '3',
    'Invite the harbour master to the next meeting',
    'RS',
    'June 2023',
    '',
    'The meeting closed at 12.05pm.',
  ]);

  it('counts the cells into rows, one action each', () => {
    expect(result.minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['1', 'Circulate the harbour survey to members', ['TP']],
      ['2', 'Arrange a site visit to the youth centre', ['JR']],
      ['3', 'Invite the harbour master to the next meeting', ['RS']],
    ]);
  });

  it('reads no item from a row number above its action', () => {
    expect(result.minutes.items.map((i) => i.number)).toEqual(['1', '2']);
  });

  it('keeps the title above the captions and the text after the table as paragraphs', () => {
    expect(result.minutes.items[1]!.paragraphs.map((p) => p.text)).toEqual(['JR reported on the youth survey.', 'Action log', 'The meeting closed at 12.05pm.']);
  });

  it('without a number column, is a table only when its cells fill whole rows to the end of the block', () => {
    const rows = ['Action', 'Owner', 'Circulate the harbour survey', 'TP', 'Arrange a site visit', 'JR'];
    const table = parseLines([...wordHeader(), ...roster, '### **1. Youth services**', '', ...rows]);
    expect(table.minutes.actions.map((a) => a.owners)).toEqual([['TP'], ['JR']]);
    const ragged = parseLines([...wordHeader(), ...roster, '### **1. Youth services**', '', ...rows, 'Thanks were given.']);
    expect(ragged.minutes.actions).toEqual([]);
  });
});

describe('an action log whose reference column gives lettered numbers', () => {
  it('keeps "A1", "AP-2" as the numbers', () => {
    const { minutes } = parseLines([
      ...wordHeader(),
      ...roster,
      '### **1. Youth services**',
      '',
      'JR reported on the youth survey.',
      '',
      'Ref\tAction\tOwner\tStatus',
      'A1\tShare the survey with the Riverside Forum\tRS\tOpen',
      'AP-2\tReport back on volunteer numbers\tTP\tComplete',
    ]);
    expect(actionFacts(minutes.actions)).toEqual([
      { number: 'A1', text: 'Share the survey with the Riverside Forum', owners: ['RS'], origin: 'new', status: 'Open' },
      { number: 'AP-2', text: 'Report back on volunteer numbers', owners: ['TP'], origin: 'new', status: 'Complete' },
    ]);
  });
});
