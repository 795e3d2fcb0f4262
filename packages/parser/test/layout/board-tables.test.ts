// Board minutes whose roster is a table under the title with no list heading, whose
// columns name the organisation and the role, with substitutes listed apart, and
// whose time line carries the venue. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines, pdfHeader, people, person } from './build.js';

describe('a roster table with no list heading', () => {
  const { minutes } = parseLines([
    '# Northbridge Community Partnership',
    '',
    '## Minutes – Tuesday 9 May 2023, 10:00 – 12:00',
    '',
    '| Name | Organisation | Role |',
    '| --- | --- | --- |',
    '| Maria Okafor (MO) | Northbridge Council | Deputy Leader (Chair) |',
    '| Cllr Tomasz Pawlak (TP) | Harbour Trust | Executive Member |',
    '| Rosa Santos | Riverside Forum | Coordinator |',
    '| Kemi Adeyemi | Harbour Trust (for Jo Pike) | Trustee |',
    '',
    '**Apologies:** Jamal Reid (Northbridge Youth Service)',
    '',
    '**Substitutes:** Lena Ford for Jamal Reid (Northbridge Youth Service)',
    '',
    '### 1. Welcome',
    '',
    '1.1 MO welcomed members.',
  ]);

  it('reads the rows as those present, each column as what its caption says', () => {
    expect(people(minutes)).toEqual([
      person('Maria Okafor', 'present', null, { initials: 'MO', organisation: 'Northbridge Council', role: 'Deputy Leader', chair: true }),
      person('Tomasz Pawlak', 'present', null, { honorific: 'Cllr', initials: 'TP', organisation: 'Harbour Trust', role: 'Executive Member' }),
      person('Rosa Santos', 'present', null, { organisation: 'Riverside Forum', role: 'Coordinator' }),
      person('Kemi Adeyemi', 'present', null, { organisation: 'Harbour Trust', role: 'Trustee', substituteFor: 'Jo Pike' }),
      person('Jamal Reid', 'apologies', 'Apologies', { organisation: 'Northbridge Youth Service' }),
      person('Lena Ford', 'present', 'Substitutes', { organisation: 'Northbridge Youth Service', substituteFor: 'Jamal Reid' }),
    ]);
  });

  it('leaves the caption row out and reports no line it cannot read', () => {
    expect(minutes.attendees.map((a) => a.name)).not.toContain('Name');
    expect(minutes.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });

  it('keeps reading the items after the lists', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Welcome']]);
  });
});

describe('a caption row with no rows under it', () => {
  it('opens no list: the line after it is not read as a person', () => {
    const { minutes } = parseLines([
      'Minutes of the meeting held on 9 May 2023, Town Hall',
      '',
      'Name\tOrganisation\tRole',
      '',
      'Northbridge Community Partnership',
      '',
      'Present',
      '',
      'Rosa Santos\tRiverside Forum',
      '',
      '1. Welcome',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Rosa Santos']);
  });
});

describe('a venue on the time line', () => {
  it('reads the places after the times, joined as written', () => {
    const { minutes } = parseLines([
      'Northbridge Community Partnership',
      '',
      'Notes of meeting held on 9 May 2023',
      '14:00 - 16:00, Room 3.1, Town Hall',
      '',
      'Present',
      'Rosa Santos, Riverside Forum',
      '',
      'Item 1: Welcome',
      'The chair welcomed everyone.',
    ]);
    expect([minutes.start, minutes.end, minutes.venue]).toEqual(['14:00', '16:00', 'Room 3.1, Town Hall']);
  });
});

describe('a PDF export of a partnership board under its publisher', () => {
  const { minutes } = parseLines([
    'NORTHBRIDGE CITY AUTHORITY',
    '',
    'Northbridge Community Partnership',
    'Thursday 22 March 2012',
    '2pm – 4pm, Committee Room 2, Town Hall',
    '',
    'Attendees:',
    'Maria Okafor – Deputy Leader (Chair)',
    'Derek Hale – Department for Housing and Local Government',
    'Ann Lee – Clerk and Cllr Tom Hale',
    '',
    'Item 1 – Welcome and introductions',
    'The Chair welcomed members.',
    '',
    'Item 2 – Harbour Trust update: moorings and the winter programme',
    'The Trust reported on the moorings.',
    '',
    'Item 3 – Apologies: none received',
    '',
    'Item 4 – Present: Cllr Ada Finch',
  ]);

  it('takes the body from the line under the letterhead in capitals', () => {
    expect(minutes.body).toBe('Northbridge Community Partnership');
  });

  it('reads a committee room as part of the venue', () => {
    expect(minutes.venue).toBe('Committee Room 2, Town Hall');
  });

  it('keeps an "and" inside a description, and splits one before a titled name', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation ?? a.role])).toEqual([
      ['Maria Okafor', 'Deputy Leader'],
      ['Derek Hale', 'Department for Housing and Local Government'],
      ['Ann Lee', 'Clerk'],
      ['Tom Hale', null],
      // Item 4 reads as a list of those present.
      ['Ada Finch', null],
    ]);
  });

  it('keeps a few words after a colon as the title, but not text, a list heading or a person', () => {
    expect(minutes.items.map((i) => [i.title, i.paragraphs[0]?.text ?? null])).toEqual([
      ['Welcome and introductions', 'The Chair welcomed members.'],
      ['Harbour Trust update: moorings and the winter programme', 'The Trust reported on the moorings.'],
      ['Apologies', 'none received'],
      ['Present', 'Cllr Ada Finch'],
    ]);
  });
});

describe('fields and an action log in the later layout', () => {
  const { minutes } = parseLines([
    'NORTHBRIDGE COMMUNITY PARTNERSHIP',
    '',
    'Date: Monday 10 December 2018',
    'Time: 14:00 – 16:00',
    '',
    'Chair: Maria Okafor, Deputy Leader for Housing, Planning and Transport',
    '',
    'Members:',
    'Rosa Santos\tRiverside Forum',
    '',
    '1.\tMinutes and actions from the last meeting',
    '1.1\tThe minutes were agreed.',
    '1.2\tAction log:',
    'Action 1 – Harbour Trust to share the moorings survey – Complete.',
    'Action 2 – RS to convene a roundtable on youth services – Ongoing.',
  ]);

  it('reads the chair line as one person, the commas inside the role', () => {
    expect(minutes.attendees[0]).toMatchObject({ name: 'Maria Okafor', role: 'Deputy Leader for Housing, Planning and Transport', chair: true });
    expect(minutes.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });

  it('reads each "Action N – ..." line of the log as an action of its own', () => {
    expect(minutes.actions.map((a) => [a.number, a.owners])).toEqual([
      ['1', ['Harbour Trust']],
      ['2', ['RS']],
    ]);
  });
});

describe('a plural title before surnames', () => {
  it('still lists each surname as a person, not one person described by the rest', () => {
    const { minutes } = parseLines(['Minutes of the Northbridge Parish Council meeting held on 4 May 2023', '', 'Present: Cllrs Mill, Reid, Eakins and Dunhill', '', '1. Apologies']);
    expect(minutes.attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Cllr', 'Mill'],
      ['Cllr', 'Reid'],
      ['Cllr', 'Eakins'],
      ['Cllr', 'Dunhill'],
    ]);
  });
});

describe('a run-on list of those present, each described in brackets', () => {
  const { minutes } = parseLines([
    'Minutes of the meeting of the Northbridge Community Partnership held on 15 June 2010 at the Town Hall',
    '',
    'Present: Maria Okafor (Deputy Leader of Northbridge Council, Chair), Rosa Santos (RS), Owen Tate (TUC)',
    '',
    '1. Welcome',
  ]);

  it('marks the chair written after the post, inside the bracket', () => {
    expect(minutes.attendees[0]).toMatchObject({ name: 'Maria Okafor', chair: true });
    expect(minutes.attendees[0]!.organisation ?? minutes.attendees[0]!.role).toBe('Deputy Leader of Northbridge Council');
  });

  it('reads capitals that start with the name as initials, others as an organisation', () => {
    expect(minutes.attendees.slice(1).map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Rosa Santos', 'RS', null],
      ['Owen Tate', null, 'TUC'],
    ]);
  });
});

describe('a roster table exported one cell to a line', () => {
  const { minutes } = parseLines([
    'Northbridge Community Partnership',
    '',
    'Minutes of the meeting held on 4 March 2014',
    '',
    'Attendees',
    '',
    'Name',
    'Organisation',
    '',
    'Maria Okafor',
    'Deputy Leader (Chair)',
    '',
    'Tomasz Pawlak',
    'Harbour Trust',
    '',
    'Apologies',
    '',
    'Jamal Reid',
    'Northbridge Youth Service',
    '',
    '1. Welcome',
    '',
    'The Chair welcomed members.',
  ]);

  it('reads each block of a name and its description as one person', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation ?? a.role, a.chair])).toEqual([
      ['Maria Okafor', 'present', 'Deputy Leader', true],
      ['Tomasz Pawlak', 'present', 'Harbour Trust', false],
      ['Jamal Reid', 'apologies', 'Northbridge Youth Service', false],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Welcome']);
  });
});

describe('who took the minutes, after the lists', () => {
  it('reads "Minutes: Name (Organisation)" as the secretariat, not as an entry of the list above', () => {
    const { minutes } = parseLines([
      '# Northbridge Community Partnership meeting',
      '',
      '**Date:** 3 April 2019',
      '',
      '**Apologies:** Rosa Santos (Riverside Forum)',
      '',
      '**Minutes:** Amir Rahimi (Northbridge Council)',
      '',
      '## 1. Minutes of the last meeting',
      '',
      'Minutes: approved as a true record.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation])).toEqual([
      ['Rosa Santos', 'apologies', 'Riverside Forum'],
      ['Amir Rahimi', 'secretariat', 'Northbridge Council'],
    ]);
  });
});

describe('a roster table with an initials column exported one cell to a line', () => {
  it('reads each block of initials, name and description as one person', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'MO',
      'Maria Okafor',
      'Deputy Leader (chair)',
      '',
      'LF',
      'Lena Ford',
      'Harbour Trust for Jo Pike',
      '',
      'Apologies:',
      '',
      'JP',
      'Jo Pike',
      'Harbour Trust',
      '',
      '1. Welcome',
      '',
      '1.1 MO welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, a.attendance, a.organisation ?? a.role, a.chair, a.substituteFor])).toEqual([
      ['MO', 'Maria Okafor', 'present', 'Deputy Leader', true, null],
      ['LF', 'Lena Ford', 'present', 'Harbour Trust', false, 'Jo Pike'],
      ['JP', 'Jo Pike', 'apologies', 'Harbour Trust', false, null],
    ]);
  });
});

// The header and the chair's row of a roster table exported one cell to a line, "Chair" in the initials column.
const chairRowStacked = ['Minutes of the Northbridge Community Partnership meeting', '', '14 March 2023', '', 'Present', '', 'Chair', 'Maria Okafor', 'Deputy Leader of Northbridge Council'];

describe('a stacked roster whose chair row has "Chair" in the initials column', () => {
  it('makes only the chair the chair, and reads a long post ended with a full stop as a description', () => {
    const { minutes } = parseLines([
      ...chairRowStacked,
      '',
      'LF',
      'Lena Ford,',
      'Harbour Trust',
      '',
      'TP',
      'Tomasz Pawlak',
      'Group Partnership Manager in the Office of the Director for Northbridge and the Home Counties.',
      '',
      '1. Welcome',
      '',
      '1.1 The Chair welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, a.attendance, a.chair, a.organisation ?? a.role])).toEqual([
      [null, 'Maria Okafor', 'present', true, expect.stringContaining('Northbridge Council')],
      ['LF', 'Lena Ford', 'present', false, 'Harbour Trust'],
      ['TP', 'Tomasz Pawlak', 'present', false, expect.stringContaining('Group Partnership Manager')],
    ]);
  });
});

describe('a stacked roster with "Chair" in the initials column and no blank lines between rows', () => {
  it('reads the chair row of two cells, then the rows of three, and calls the chair by the initials the minutes use', () => {
    const { minutes } = parseLines([
      ...chairRowStacked,
      'LF',
      'Lena Ford',
      'Harbour Trust',
      'TP',
      'Tomasz Pawlak',
      'Riverside Forum',
      '',
      '1. Welcome',
      '',
      '1.1 MO welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, a.chair, a.organisation ?? a.role])).toEqual([
      ['MO', 'Maria Okafor', true, expect.stringContaining('Northbridge Council')],
      ['LF', 'Lena Ford', false, 'Harbour Trust'],
      ['TP', 'Tomasz Pawlak', false, 'Riverside Forum'],
    ]);
  });
});

describe('a stacked roster whose descriptions the page width cut, with no blank lines between rows', () => {
  it('joins each cut description to its row and reads the rows after it', () => {
    const { minutes } = parseLines([
      ...chairRowStacked,
      'LF',
      'Lena Ford',
      'Group Partnership Manager in the Office of the Director for Northbridge and',
      'the Home Counties.',
      'TP',
      'Tomasz Pawlak',
      'Deputy Director, Housing Policy, Department for Harbours and Local',
      'Government',
      'RS',
      'Rosa Santos',
      'Riverside Forum',
      '',
      '1. Welcome',
      '',
      '1.1 MO welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, [a.role, a.organisation].filter(Boolean).join(' | ')])).toEqual([
      ['MO', 'Maria Okafor', 'Deputy Leader of Northbridge Council'],
      ['LF', 'Lena Ford', 'Group Partnership Manager in the Office of the Director for Northbridge and the Home Counties'],
      ['TP', 'Tomasz Pawlak', 'Deputy Director, Housing Policy | Department for Harbours and Local Government'],
      ['RS', 'Rosa Santos', 'Riverside Forum'],
    ]);
  });
});

describe('header fields flattened one cell to a line', () => {
  it('reads "Secretary" above a name as the secretariat', () => {
    const { minutes } = parseLines(['Minutes - 12th Board Meeting', 'Date |', '09/02/2023 |', 'Chair |', 'Maria Okafor |', 'Secretary |', 'Amir Rahimi |', '', '1. Welcome', 'The Chair welcomed the Board.']);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Maria Okafor', 'present', true],
      ['Amir Rahimi', 'secretariat', false],
    ]);
  });

  it('leaves "Secretary: Name - elected" in an item: an office and its holder, no list', () => {
    const { minutes } = parseLines(['# Minutes of the Northbridge Club AGM - 24 September 2007', '', '## Election of officers', '', '**Secretary:** Amir Rahimi - Passed', '', '## Treasurer report', '', 'The accounts were approved.']);
    expect(minutes.attendees).toEqual([]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Election of officers', 'Treasurer report']);
  });
});

describe('a person left between the lists and the items', () => {
  it('is reported with its line rather than dropped without a word', () => {
    const { minutes } = parseLines([
      'Minutes of the Northbridge Community Partnership meeting',
      '',
      '14 March 2023',
      '',
      'Present',
      'Maria Okafor, Northbridge Council',
      '',
      '**Guests of the Chair**',
      'Tomasz Pawlak (TP), Harbour Trust',
      '',
      '1. Welcome',
    ]);
    const skipped = minutes.diagnostics.filter((d) => d.code === 'LSMP1004');
    expect(skipped.map((d) => [d.actual, d.position?.start.line])).toEqual([['Tomasz Pawlak (TP), Harbour Trust', 9]]);
  });
});

describe('rows of initials, name and description one after another', () => {
  it('reads every three lines as one person, with no blank line between rows', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      'MO',
      'Maria Okafor',
      'Deputy Leader (chair)',
      'TP',
      'Tomasz Pawlak',
      'Harbour Trust',
      '',
      'Apologies:',
      'JR',
      'Jamal Reid',
      'Northbridge Youth Service',
      '',
      '1. Welcome',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, a.attendance, a.organisation ?? a.role])).toEqual([
      ['MO', 'Maria Okafor', 'present', 'Deputy Leader'],
      ['TP', 'Tomasz Pawlak', 'present', 'Harbour Trust'],
      ['JR', 'Jamal Reid', 'apologies', 'Northbridge Youth Service'],
    ]);
  });
});

describe('header fields on one line, and the body before "– Minutes"', () => {
  const { minutes } = parseLines([
    '# Northbridge Community Partnership – Minutes',
    '',
    '**Date:** 12 March 2019 **Time:** 10:00–12:00 **Venue:** Town Hall',
    '',
    '**Attendees:** Maria Okafor (Northbridge Council, Chair), Rosa Santos (Riverside Forum)',
    '',
    '## 1. Welcome',
    '',
    'The Chair welcomed members.',
  ]);

  it('reads the body before the dash and the venue after its label mid-line', () => {
    expect([minutes.body, minutes.date, minutes.start, minutes.end, minutes.venue]).toEqual(['Northbridge Community Partnership', '2019-03-12', '10:00', '12:00', 'Town Hall']);
  });

  it('reads a chair word after the organisation in the bracket as the chair mark', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation, a.chair])).toEqual([
      ['Maria Okafor', 'Northbridge Council', true],
      ['Rosa Santos', 'Riverside Forum', false],
    ]);
  });
});

describe('titles that name the kind of record and the body in other orders', () => {
  const header = (title: string) => parseLines([title, '', 'Date: 4 March 2020', 'Venue: Town Hall', '', 'Present:', 'Maria Okafor – Northbridge Council', '', '1. Welcome', 'The Chair welcomed members.']).minutes;

  it('reads the body after "Minutes:" or "Action notes –", and before ": summary of discussion"', () => {
    expect(['Minutes: Northbridge Community Partnership Board', 'Action notes – Northbridge Harbour Board, 4 March 2020', 'Northbridge Harbour Board: summary of discussion'].map((t) => [header(t).title, header(t).body])).toEqual([
      ['Minutes: Northbridge Community Partnership Board', 'Northbridge Community Partnership Board'],
      ['Action notes – Northbridge Harbour Board, 4 March 2020', 'Northbridge Harbour Board'],
      ['Northbridge Harbour Board: summary of discussion', 'Northbridge Harbour Board'],
    ]);
  });

  it('leaves "meeting" off a body it follows, but not off a meeting that is the body', () => {
    expect(header('NHB Board meeting – Minutes').body).toBe('NHB Board');
    expect(header('Annual Parish Meeting – Minutes').body).toBe('Annual Parish Meeting');
  });

  it('takes no label before a colon for a body', () => {
    expect(header('Action 1: Minutes of 12 May to be signed').body).toBeNull();
  });
});
