// Text that PDF extraction cuts: a labelled action wrapped over two lines, and a
// sentence cut in two by page furniture between pages.
import { describe, expect, it } from 'vitest';
import { actionFacts, para, paragraphs, parseLines, pdfHeader } from './build.js';

const roster = ['', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

describe('a labelled action wrapped over two lines', () => {
  it('reads the whole action', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      '1. Harbour walk',
      '',
      'Action 1: TP to check that the invite list for the harbour walk can be',
      'expanded to include the youth forum.',
    ]);
    expect(actionFacts(minutes.actions)).toEqual([
      {
        number: '1',
        text: 'TP to check that the invite list for the harbour walk can be expanded to include the youth forum.',
        owners: ['TP'],
        origin: 'new',
        status: null,
      },
    ]);
    expect(minutes.items[0]!.paragraphs).toEqual([]);
  });
});

describe('a sentence cut by page furniture', () => {
  it('is rejoined across the page break', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      'NORTHBRIDGE COUNCIL',
      '',
      '1. Harbour walk',
      '',
      '1.1 TP reported that the walk had attracted volunteers from every part of the',
      '',
      'NORTHBRIDGE COUNCIL',
      '',
      'town and that a second walk was planned.',
      '',
      '1.2 MO thanked TP.',
      '',
      'NORTHBRIDGE COUNCIL',
    ]);
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('TP reported that the walk had attracted volunteers from every part of the town and that a second walk was planned.', {
        number: '1.1',
        speaker: 'TP',
      }),
      para('MO thanked TP.', { number: '1.2', speaker: 'MO' }),
    ]);
  });
});

const names = (minutes: ReturnType<typeof parseLines>['minutes']) => minutes.attendees.map((a) => `${a.name} | ${a.attendance} | ${a.organisation ?? ''} | ${a.role ?? ''}`);

describe('roster lines cut by the page width', () => {
  it('joins a table row whose last cell wrapped onto a line of its own, and reads the rows after it', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'MO\tMaria Okafor\tDeputy Director, Housing Policy, Department for Levelling Up and Local',
      'Government',
      'TP\tTomasz Pawlak\tHarbour Trust',
      'RS\tRosa Santos\tRiverside Forum',
      '',
      '1. Harbour walk',
      '',
      'MO welcomed members.',
    ]);
    expect(names(minutes)).toEqual([
      'Maria Okafor | present | Department for Levelling Up and Local Government | Deputy Director, Housing Policy',
      'Tomasz Pawlak | present | Harbour Trust | ',
      'Rosa Santos | present | Riverside Forum | ',
    ]);
  });

  it('joins a tabbed row whose last cell wrapped onto an indented line, and reads the rows after it', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'Apologies:',
      '',
      'MO\tMaria Okafor\tNorthbridge Regional Committee, Federation of Harbour',
      '   Trusts',
      'TP\tTomasz Pawlak\tHarbour Trust',
      '',
      '1. Harbour walk',
      '',
      'MO welcomed members.',
    ]);
    expect(names(minutes)).toEqual(['Maria Okafor | apologies | Northbridge Regional Committee, Federation of Harbour Trusts | ', 'Tomasz Pawlak | apologies | Harbour Trust | ']);
  });

  it('joins a bullet whose bracket goes on on the next line', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      '* Mr Tomasz Pawlak (Principal Environmental Health Officer, Northbridge and West Vale',
      'District Council)',
      '* Mrs Rosa Santos (Chair, Riverside Forum)',
      '* Mr Jamal Reid (Northbridge Youth Service)',
      '',
      '1. Harbour walk',
      '',
      'Mr Pawlak welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Tomasz Pawlak', 'Rosa Santos', 'Jamal Reid']);
    expect(minutes.attendees[0]!.organisation).toContain('District Council');
  });

  it('joins a run-on list cut after an initial or a title', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 14 March 2023',
      '',
      'Councillors present: A Okafor (Chair), T Pawlak, R',
      'Santos, J Reid, Cllr Mrs',
      'K Lund',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['A Okafor', 'T Pawlak', 'R Santos', 'J Reid', 'K Lund']);
  });

  it('joins a list run in after an item heading and cut after a title', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 14 March 2023',
      '',
      '1.   Those attending:   Cllr A Okafor (Chairman), Cllr Mrs T',
      'Pawlak, Cllr R Santos, 4 members of the public.   PCSO',
      'Kay Lund was present for part of the meeting.',
      '',
      '2. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['A Okafor', 'T Pawlak', 'R Santos', 'Kay Lund']);
  });

  it('keeps a bracket that opens the next line of a run-in list with the entry above it', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 14 March 2023',
      '',
      '1.   Those attending:   Cllr A Okafor',
      '(Chairman), Cllr R Santos (Vice-Chair), Cllr J Reid',
      '',
      '2. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => `${a.name} | ${a.chair}`)).toEqual(['A Okafor | true', 'R Santos | false', 'J Reid | false']);
  });

  it('keeps a name ending in an initial, one to a line, as it is', () => {
    const { minutes } = parseLines([...pdfHeader(), '', '• Ann L', '• Raj Patel (Northbridge Council)', '', '1. Welcome', '', 'Welcome.']);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ann L', 'Raj Patel']);
  });

  it('reads a person under a row of two people as a row of their own', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'Maria Okafor (Harbour Trust)                  Tomasz Pawlak (Northbridge Council)',
      'Cllr Rosa Santos (Riverside Forum)',
      '',
      '1. Welcome',
      '',
      'Welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak', 'Rosa Santos']);
  });

  it('reads a name below the first column of a laid-out row as a row of its own, not the last cell wrapped', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      '              Maria Okafor OBE               Dame Rosa Santos DBE',
      '              Tomasz Pawlak',
      '',
      '1. Welcome',
      '',
      'Welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toContain('Tomasz Pawlak');
    expect(JSON.stringify(minutes.attendees[0])).not.toContain('Pawlak');
  });
});

describe('a title cut by the page width', () => {
  it('goes on on the next line when the first stops mid-phrase', () => {
    const { minutes } = parseLines([
      'MINUTES OF NORTHBRIDGE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL,',
      'NORTHBRIDGE Tuesday 4th October 2016 at 7.30pm',
      '',
      'Councillors present: A Okafor (Chair), T Pawlak',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.title).toBe('MINUTES OF NORTHBRIDGE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL, NORTHBRIDGE Tuesday 4th October 2016 at 7.30pm');
    expect(minutes.date).toBe('2016-10-04');
  });

  it('stays one line when the line is complete', () => {
    const { minutes } = parseLines(['Minutes of the Northbridge Parish Council meeting', 'Tuesday 4th October 2016 at 7.30pm', '', 'Councillors present: A Okafor (Chair), T Pawlak', '', '1. Apologies', '', 'None.']);
    expect(minutes.title).toBe('Minutes of the Northbridge Parish Council meeting');
  });
});

describe('a run-in item heading cut by the page width', () => {
  const { minutes } = parseLines([
    'Minutes of Northbridge Parish Council meeting held on 4 October 2016',
    '',
    'Councillors present: A Okafor (Chair), T Pawlak, R Santos',
    '',
    'Item 16/10/1 Public Forum A resident referred to an item in the minutes published last',
    'month about the amenity areas. Cllr Santos had undertaken to investigate.',
    '',
    'Item 16/10/2 Accepted Apologies for Absence (LGA 1972, Section 85(1)) K Lund',
    '(ill-health); J Reid (delayed).',
    '',
    'Item 16/10/3 To consider the purchase of a parish noticeboard for the village green',
    '',
    'The clerk had sourced three quotes.',
  ]);

  it('ends the title where the sentence starts, reading on into the next line', () => {
    expect(minutes.items.map((i) => i.title)).toEqual([
      'Public Forum',
      'Accepted Apologies for Absence (LGA 1972, Section 85(1))',
      'To consider the purchase of a parish noticeboard for the village green',
    ]);
  });

  it('keeps the cut sentence whole as the item text', () => {
    expect(minutes.items[0]!.paragraphs.map((p) => p.text)).toEqual([
      'A resident referred to an item in the minutes published last month about the amenity areas. Cllr Santos had undertaken to investigate.',
    ]);
  });
});

describe('lists of people cut by the page width', () => {
  it('reads an attendance line with no heading cut over several lines', () => {
    const { minutes } = parseLines([
      '# March 3, 2021 Meeting Notes',
      '-----',
      '',
      'Ada Finch (AF), Sam Poe (SP), Jo Lee (JL),',
      'Tomasz Pawlak (TP), Rosa Santos (RS), Daniel',
      'Okafor (DO), Kay Lund (KL)',
      '',
      '-----',
      '',
      '## Budget',
      '',
      'AF: We agreed the budget.',
    ]);
    expect(minutes.attendees.map((a) => `${a.name} ${a.initials}`)).toEqual(['Ada Finch AF', 'Sam Poe SP', 'Jo Lee JL', 'Tomasz Pawlak TP', 'Rosa Santos RS', 'Daniel Okafor DO', 'Kay Lund KL']);
  });

  it('folds a heading list cut mid-phrase into one list', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 4 October 2016',
      '',
      'Councillors present: A Okafor (Chair), T Pawlak',
      '',
      'Others present: County Councillor R Santos, three members of the',
      'public, Clerk K Lund',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => `${a.name} | ${a.attendance}`)).toEqual(['A Okafor | present', 'T Pawlak | present', 'R Santos | in-attendance', 'K Lund | in-attendance']);
  });

  it('keeps one person and their organisation a line each', () => {
    const { minutes } = parseLines([...pdfHeader(), 'Ada Finch (AF), Deputy Mayor (Chair)', 'Sam Poe (SP), GLA', 'Jo Lee (JL), GLA', '', '1. Welcome', '', 'Welcome.']);
    expect(minutes.attendees.map((a) => `${a.name} | ${a.organisation ?? ''}`)).toEqual(['Ada Finch | ', 'Sam Poe | GLA', 'Jo Lee | GLA']);
  });

  it('ends a short run-in title at its one-word heading when the line below goes on in lower case', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 4 October 2016',
      '',
      'Councillors present: A Okafor (Chair), T Pawlak',
      '',
      'Item 16/10/1 Correspondence Vale Association of Local Councils:',
      'consultation on the precept. Council did not wish to comment.',
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Correspondence']);
  });
});

describe('the first page\'s number and a short running header mid-list', () => {
  it('is page furniture when the same header follows a later page\'s number: the roster goes on across the page', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      'MO\tMaria Okafor\tNorthbridge Council',
      '',
      'Page 1 of 3',
      'NP minutes',
      '',
      'TP\tTomasz Pawlak\tHarbour Trust',
      '',
      '1. Welcome',
      '',
      '1.1 MO welcomed members.',
      '',
      'Page 2 of 3',
      'NP minutes',
      '',
      '2. Harbour walk',
      '',
      '2.1 TP reported on the walk.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak']);
  });
});

describe('a running header in mixed case that names the minutes', () => {
  const header = 'Northbridge Partnership – minutes, 14 March 2023';
  const result = parseLines([
    header,
    '',
    'Present:',
    'MO\tMaria Okafor\tNorthbridge Council',
    'TP\tTomasz Pawlak\tHarbour Trust',
    '',
    '1',
    header,
    '',
    'RS\tRosa Santos\tRiverside Forum',
    'JR\tJamal Reid\tNorthbridge Youth Service',
    '',
    '1. Welcome',
    '',
    '1.1 MO welcomed members.',
    '',
    '2',
    header,
    '',
    '2. Harbour walk',
    '',
    '2.1 TP reported on the walk.',
  ]);

  it('is page furniture past the first page, with the page number beside it: the roster goes on across the page', () => {
    expect(result.minutes.attendees.map((a) => a.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak', 'Rosa Santos', 'Jamal Reid']);
    expect(result.minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome', '2 Harbour walk']);
    expect(result.minutes.items[0]!.paragraphs.map((p) => p.text)).toEqual(['MO welcomed members.']);
  });

  it('stays the title where it first stands', () => {
    expect(result.minutes.title).toBe(header);
  });
});

describe('a line naming the minutes that comes twice in the text', () => {
  it('stays text when no page number stands beside either', () => {
    const { minutes } = parseLines([
      'Minutes of the Northbridge Partnership meeting, 14 March 2023',
      '',
      'Present:',
      'MO\tMaria Okafor\tNorthbridge Council',
      'TP\tTomasz Pawlak\tHarbour Trust',
      '',
      'Agenda',
      'Review of the previous minutes',
      'Harbour walk',
      '',
      'Review of the previous minutes',
      '',
      'The minutes were agreed.',
      '',
      'Harbour walk',
      '',
      'TP reported on the walk.',
    ]);
    expect(minutes.diagnostics.filter((d) => d.code === 'LSMP1002')).toEqual([]);
  });
});

describe('a trailing action tag that the page width moved to the start of a line', () => {
  const parishRoster = ['Minutes of Northbridge Parish Council', '', '14 March 2023', '', 'Present: Cllr A Finch (Chairman), Cllr T Reed, Cllr B Hale', 'In attendance: Mrs N Cole (Clerk)', ''];
  const actions = (body: string[]) => parseLines([...parishRoster, ...body]).minutes.actions.map((a) => `${a.owners.join(',')} | ${a.text}`);

  it('stays the tag of the sentence before it, with the next sentence run on after it', () => {
    expect(
      actions([
        'Item 4 Churchyard The wall by the lych gate has been inspected and two',
        'sections are leaning. It was agreed to write to the diocese asking for',
        'advice on the repairs before the winter, with photographs attached.',
        'Action: Clerk Rest of the churchyard was in good order and the hedges',
        'had been cut.',
        '',
        'Item 5 Phone box The phone box on Mill Lane is to be removed by its',
        'owner. Clerk to ask whether the parish council could adopt the box.',
        'Action: Clerk.',
      ]),
    ).toEqual([
      'Clerk | It was agreed to write to the diocese asking for advice on the repairs before the winter, with photographs attached.',
      'Clerk | Clerk to ask whether the parish council could adopt the box.',
    ]);
  });

  it('leaves a labelled task at the start of a line its own action', () => {
    expect(
      actions([
        'Item 4 Churchyard The wall by the lych gate has been inspected and two',
        'sections are leaning, so repairs will be needed before the next winter.',
        'Action: Tomasz Reed to write to the diocese asking for advice.',
      ]),
    ).toEqual(['Tomasz Reed | Tomasz Reed to write to the diocese asking for advice.']);
  });
});
