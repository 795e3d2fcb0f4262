// Partnership minutes as other converters write them: pandoc grid tables, HTML-to-text tables padded with
// spaces, one attendance table for every list, items numbered in Roman numerals, a Word text with one
// paragraph a line. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person, wordHeader } from './build.js';

describe('a roster in pandoc grid tables, cells wrapped inside their columns', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    '**Present**',
    '',
    '+------+---------------+------------------------------+',
    '| AB   | Ann Bell      | Head of Housing, Northbridge |',
    '|      |               | Council                      |',
    '+------+---------------+------------------------------+',
    '| CD   | Carl Dunn     | Harbour Trust                |',
    '+------+---------------+------------------------------+',
    '',
    '**Officers:**',
    '',
    '+------+---------------+------------------------------+',
    '| EF   | Eve Ford      | Senior Policy Officer,       |',
    '|      |               | Housing and Planning         |',
    '+------+---------------+------------------------------+',
    '',
    '### **1. Welcome**',
    '',
    '1.1 AB welcomed members.',
  ]);

  it('reads each row once, its wrapped cells joined', () => {
    expect(people(minutes)).toEqual([
      person('Ann Bell', 'present', 'Present', { initials: 'AB', organisation: 'Northbridge Council', role: 'Head of Housing' }),
      person('Carl Dunn', 'present', 'Present', { initials: 'CD', organisation: 'Harbour Trust' }),
      person('Eve Ford', 'secretariat', 'Officers', { initials: 'EF', role: 'Senior Policy Officer, Housing and Planning' }),
    ]);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Welcome']]);
  });
});

describe('a roster table padded with spaces, two between the widest cell and the next', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    'Present',
    '-------',
    '',
    'AB  Ann Bell               Northbridge Council',
    'CD  Carl Dunn              Harbour Trust',
    'GH  Dr Grace Holloway-Hunt  Riverside Forum',
    '',
    'Chair (Sub)',
    '-----------',
    '',
    'Ines Jovanovic-Marsh  Senior Policy Officer',
    '',
    '1. Welcome',
    '==========',
    '',
    'AB welcomed members.',
  ]);

  it('parts the initials, the name and the description at the two-space gaps', () => {
    expect(people(minutes).map((a) => [a.name, a.initials, a.honorific, a.organisation ?? a.role, a.chair])).toEqual([
      ['Ann Bell', 'AB', null, 'Northbridge Council', false],
      ['Carl Dunn', 'CD', null, 'Harbour Trust', false],
      ['Grace Holloway-Hunt', 'GH', 'Dr', 'Riverside Forum', false],
      ['Ines Jovanovic-Marsh', null, null, 'Senior Policy Officer', true],
    ]);
  });
});

describe('one roster table for every list, the list in an attendance column', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    'Attendance',
    '',
    'Name\tOrganisation\tAttendance',
    'Ann Bell (Chair)\tNorthbridge Council\tPresent',
    'Carl Dunn\tHarbour Trust\tApologies',
    'Eve Ford\tSenior Policy Officer\tSecretariat',
    'Gus Hale\tRiverside Forum\tIn attendance',
    'Ida Jones\tTenants Federation\tSpeaker',
    '',
    '1. Welcome',
    '',
    'Ann Bell welcomed members.',
  ]);

  it('puts each person on the list the column names', () => {
    expect(people(minutes).map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Ann Bell', 'present', true],
      ['Carl Dunn', 'apologies', false],
      ['Eve Ford', 'secretariat', false],
      ['Gus Hale', 'in-attendance', false],
      ['Ida Jones', 'speaker', false],
    ]);
    expect(minutes.attendees[1]!.organisation).toBe('Harbour Trust');
  });
});

describe('items numbered in Roman numerals with a stop, titles in mixed case', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    'Present:',
    '',
    'I. Patel (Harbour Trust)',
    'Ann Bell (Northbridge Council)',
    '',
    '### **I. Welcome and apologies**',
    '',
    '1.1 The Chair welcomed members.',
    '',
    'II. Minutes of the last meeting',
    '',
    'III. Housing update',
    '',
    'IV. Street Lighting Survey',
    '',
    'V. Planning (Riverside Sites)',
    '',
    'VI. Tenants Forum',
    '',
    'VII. Date of next meeting',
    '',
    'IX. A.O.B',
  ]);

  it('reads each numeral after the one before as an item, including the letters I, V and X', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Welcome and apologies'],
      ['II', 'Minutes of the last meeting'],
      ['III', 'Housing update'],
      ['IV', 'Street Lighting Survey'],
      ['V', 'Planning (Riverside Sites)'],
      ['VI', 'Tenants Forum'],
      ['VII', 'Date of next meeting'],
    ]);
  });

  it('leaves an initial before a name in the roster', () => {
    expect(minutes.attendees.map((a) => a.name)).toContain('Ann Bell');
    expect(minutes.attendees.length).toBe(2);
  });
});

describe('a Word text with one paragraph a line and no blank lines', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '14 March 2023',
    'Present:',
    'AB\tAnn Bell\tNorthbridge Council',
    'CD\tCarl Dunn\tHarbour Trust',
    '1.\tMatters arising',
    'Action 2: AB to draft the housing letter for the council (AB)',
    'CD reported that the letter had been discussed with the council officers and would follow soon.',
    'Outstanding action from the May meeting: arrange the site visit (CD)',
    'AB reported that the visit is now planned for the spring.',
  ]);

  it('ends an action at its owner tag: the next line is the next paragraph', () => {
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['2', 'AB to draft the housing letter for the council', ['AB']],
      [null, 'arrange the site visit', ['CD']],
    ]);
  });
});

describe('the actions in a table after the last item, its empty cells kept', () => {
  const rows = (cells: string[][], pipes: boolean) =>
    pipes ? [`| ${cells[0]!.join(' | ')} |`, '|-----|--------|-------|-----|', ...cells.slice(1).map((c) => `| ${c.join(' | ')} |`)] : cells.map((c) => c.join('\t'));
  const table = [
    ['No.', 'Action', 'Owner', 'Due'],
    ['1', 'Circulate the housing report', 'AB', 'May'],
    ['2', 'A meeting was requested with the council', '', 'June'],
    ['3', 'CD to book the hall', 'CD', ''],
    ['4', 'AB to write to the trust', 'AB', 'July'],
  ];
  for (const pipes of [false, true]) {
    const { minutes } = parseLines([
      ...wordHeader(),
      'Present:',
      '',
      'AB\tAnn Bell\tNorthbridge Council',
      'CD\tCarl Dunn\tHarbour Trust',
      '',
      '1. Welcome',
      '',
      'AB welcomed members.',
      '',
      '2. Date of next meeting',
      '',
      '4 May 2023',
      '',
      'Actions',
      '',
      ...rows(table, pipes),
    ]);

    it(`reads each row under its caption, not as an item (${pipes ? 'markdown' : 'Word tabs'})`, () => {
      expect(minutes.items.map((i) => i.number)).toEqual(['1', '2']);
      expect(minutes.actions.map((a) => [a.number, a.text, a.owners])).toEqual([
        ['1', 'Circulate the housing report', ['AB']],
        ['2', 'A meeting was requested with the council', []],
        ['3', 'CD to book the hall', ['CD']],
        ['4', 'AB to write to the trust', ['AB']],
      ]);
    });
  }
});

describe('pdftotext -layout: a description cell wrapped over lines under its column', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Present:',
    '',
    'AB      Ann Bell                    Head of Housing, Planning Policy,',
    '                                    Department of Housing and Local',
    '                                    Government',
    'CD      Carl Dunn                   Harbour Trust',
    'EF      Eve Ford                    Riverside Forum',
    '',
    '1.      Welcome',
    '',
    'AB welcomed members.',
  ]);

  it('joins the wrapped lines into the cell and reads the rows below', () => {
    expect(people(minutes).map((a) => [a.name, a.role, a.organisation])).toEqual([
      ['Ann Bell', 'Head of Housing, Planning Policy', 'Department of Housing and Local Government'],
      ['Carl Dunn', null, 'Harbour Trust'],
      ['Eve Ford', null, 'Riverside Forum'],
    ]);
  });
});

describe('pdftotext without -layout: a table a cell to a line, no blank lines', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Members',
    '',
    'Ann Bell',
    'Northbridge Council',
    'Carl Dunn',
    'Harbour Trust',
    'Eve Ford',
    'Senior Officer; Deputy Lead for Housing, Planning, Transport and Community Engagement',
    '',
    'Apologies:',
    '',
    'AW',
    'Alan Webb',
    'Riverside Forum',
    'MC',
    'Cllr Mary Cole',
    'Chair, Northbridge Council',
    '',
    '1.',
    'Welcome',
  ]);

  it('reads rows of a name and its description, and initials that spell a list word as a row of three', () => {
    expect(people(minutes).map((a) => [a.name, a.attendance, a.organisation ?? a.role])).toEqual([
      ['Ann Bell', 'present', 'Northbridge Council'],
      ['Carl Dunn', 'present', 'Harbour Trust'],
      ['Eve Ford', 'present', 'Senior Officer; Deputy Lead for Housing, Planning, Transport and Community Engagement'],
      ['Alan Webb', 'apologies', 'Riverside Forum'],
      ['Mary Cole', 'apologies', 'Northbridge Council'],
    ]);
  });
});

describe('pdftotext reading a roster table down its columns', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Present',
    '',
    'Chair',
    'CD',
    'EF',
    'Ann Bell',
    'Carl Dunn,',
    'Eve Ford',
    'Deputy Leader, Northbridge Council',
    'Harbour Trust',
    'Riverside Forum',
    '',
    'Apologies:',
    '',
    'GH',
    'MC',
    'Gus Hale',
    'Mary Cole',
    'Tenants Federation',
    'Northbridge Council',
    '',
    'Speakers',
    '',
    'Ida Jones',
    'Kit Lowe',
    'Housing Association of Northbridge',
    'Senior Officer; Deputy Lead for Housing, Planning, Transport and Community Engagement',
    '',
    '1. Welcome',
    '',
    'Ann Bell welcomed members.',
  ]);

  it('zips the initials, names and descriptions back into rows, the chair row without initials first', () => {
    expect(people(minutes).map((a) => [a.name, a.initials, a.attendance, a.organisation ?? a.role, a.chair])).toEqual([
      ['Ann Bell', null, 'present', 'Northbridge Council', true],
      ['Carl Dunn', 'CD', 'present', 'Harbour Trust', false],
      ['Eve Ford', 'EF', 'present', 'Riverside Forum', false],
      ['Gus Hale', 'GH', 'apologies', 'Tenants Federation', false],
      ['Mary Cole', 'MC', 'apologies', 'Northbridge Council', false],
      ['Ida Jones', null, 'speaker', 'Housing Association of Northbridge', false],
      ['Kit Lowe', null, 'speaker', 'Senior Officer; Deputy Lead for Housing, Planning, Transport and Community Engagement', false],
    ]);
  });
});

describe('lynx -dump: rows wrapped back to their margin, an owner tag cut inside its bracket', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Apologies:',
    '',
    '   AW   Alan Webb   Northbridge Regional Committee, National Housing',
    '   Federation',
    '   CH   Carl Hunt   Harbour Trust',
    '',
    '1. Matters arising',
    '',
    '   Outstanding action from the May meeting: arrange the site visit with',
    '   the Harbour Trust before the summer (Chair, Carl',
    '   Hunt)',
  ]);

  it('keeps the wrapped word on its row and the owners in their bracket', () => {
    expect(people(minutes).map((a) => [a.name, a.organisation])).toEqual([
      ['Alan Webb', 'Northbridge Regional Committee, National Housing Federation'],
      ['Carl Hunt', 'Harbour Trust'],
    ]);
    expect(minutes.actions.map((a) => a.owners)).toEqual([['Chair', 'Carl Hunt']]);
  });
});

describe('a pandoc pipe table whose chair row has "Chair" in the initials column', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    '**Present**',
    '',
    '| Initials | Name | Organisation |',
    '|----------|------|--------------|',
    '| Chair | Ann Bell | Deputy Leader of Northbridge |',
    '| CD | Carl Dunn | Harbour Trust |',
    '',
    '### **1. Welcome**',
    '',
    '**AB** welcomed members.',
  ]);

  it('marks the chair, and takes the initials the minutes call her by', () => {
    expect(people(minutes).map((a) => [a.name, a.initials, a.chair])).toEqual([
      ['Ann Bell', 'AB', true],
      ['Carl Dunn', 'CD', false],
    ]);
  });
});

describe('pdftotext -layout: a page number at the foot of a page, then a form feed', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Present:',
    '',
    'AB      Ann Bell                    Northbridge Council',
    'CD      Carl Dunn                   Harbour Trust',
    '',
    '1.      Housing update',
    '',
    'CD - reported on the new lettings policy and the waiting list figures for the year.',
    '',
    '                                            3',
    '\fCD to circulate the lettings figures',
    '',
    '2.      Date of next meeting',
  ]);

  it('drops the page number, so the line after the break reads on its own', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['CD to circulate the lettings figures', ['CD']]]);
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});
