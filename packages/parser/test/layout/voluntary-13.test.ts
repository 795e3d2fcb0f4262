// Minutes of unions, professional bodies, housing and voluntary-sector groups (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.text, a.owners]);

describe('a trustee board whose actions are bare "Action X.Y. to ..." sentences', () => {
  const lines = [
    'Harbour Lane Reading Room',
    'Trustee Board Meeting',
    'Tuesday 4th March 2025, 7pm',
    '',
    'Attendees: Nora Quill (Chairman), Owen Tarrant (Treasurer), Pia Lund.',
    'Apologies: were received from Ray Moss.',
    '1. Membership.',
    '1.1 Pia Lund was welcomed to the Board.',
    '1.2 It was agreed that the Chairman will update the register.',
    'Action O.T. to send the bank forms to N.Q. Action N.Q. to update the register as required.',
    '2. Finance',
    '2.1 The accounts were presented. Accepted. Action chair to write to the auditor.',
    '2.2 Action Plan to be agreed in the spring.',
  ];

  it('reads each bare label as an action owned by the subject after it', () => {
    expect(actions(lines)).toEqual([
      ['O.T. to send the bank forms to N.Q.', ['O.T']],
      ['N.Q. to update the register as required.', ['N.Q']],
      ['chair to write to the auditor.', ['chair']],
    ]);
  });

  it('gives the owners the dotted initials the actions call them by', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Nora Quill', 'N.Q.'],
      ['Owen Tarrant', 'O.T.'],
      ['Pia Lund', null],
      ['Ray Moss', null],
    ]);
  });

  it('keeps an apposition after the owner in the text, not in the owners', () => {
    const text = ['Minutes of the branch meeting', '', 'Present: Ada Vell, Kit Marr', '', '4. Reports', 'Noted.', '5. Elections', 'No positions were contested. Action Kit Marr, branch Returning Officer, to inform the region.'];
    expect(actions(text)).toEqual([['Kit Marr, branch Returning Officer, to inform the region.', ['Kit Marr']]]);
  });
});

describe('a society council whose attendance names the chair "in the chair with" the others', () => {
  const lines = [
    'Minutes of the Council Meeting held at 7.30pm on Thursday 6th March 2025 at the Mill Club.',
    '',
    '1.  Attendance. R. Okafor (President) in the chair with D. Penn, L. Varga and S. Hume.',
    '',
    '2.  Apologies for absence. T. Lowe.',
    '',
    '3.  Matters Arising.  None.',
  ];

  it('parts the chair from the first person after "with"', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role, a.chair, a.attendance])).toEqual([
      ['R. Okafor', 'President', true, 'present'],
      ['D. Penn', null, false, 'present'],
      ['L. Varga', null, false, 'present'],
      ['S. Hume', null, false, 'present'],
      ['T. Lowe', null, false, 'apologies'],
    ]);
  });
});

describe('a trades council whose delegates are listed as Brothers and Sisters', () => {
  const lines = [
    'NTC Minutes of Annual General Meeting',
    '',
    'Thursday 15th January 2026',
    '',
    'Brothers: K Ambler, T Dace, R Fenn, L Orme,',
    'P Quist, V Rudd',
    'Sisters: J Mace (observer), E Noy (in the Chair).',
    '',
    '1. Welcome to New Delegates',
    '',
    '2. Apologies',
    'Bro. S Tull, Sis. A Wynn.',
    '',
    '3. Minutes of the last meeting.',
    'Agreed a true record.',
  ];

  it('gives each name of a wrapped group the group’s title', () => {
    expect(minutes(lines).attendees.slice(0, 8).map((a) => [a.honorific, a.name, a.role, a.chair])).toEqual([
      ['Brother', 'K Ambler', null, false],
      ['Brother', 'T Dace', null, false],
      ['Brother', 'R Fenn', null, false],
      ['Brother', 'L Orme', null, false],
      ['Brother', 'P Quist', null, false],
      ['Brother', 'V Rudd', null, false],
      ['Sister', 'J Mace', 'observer', false],
      ['Sister', 'E Noy', null, true],
    ]);
  });

  it('reads "Bro." and "Sis." as titles before a name', () => {
    const text = ['Minutes of the Delegate Meeting 12 March 2026', '', 'Present: Bro. K Ambler, Sis. J Mace, SR. Ola Brandt', '', '1. Apologies', 'None.', '2. Reports', 'Noted.'];
    expect(minutes(text).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Bro', 'K Ambler'],
      ['Sis', 'J Mace'],
      ['SR', 'Ola Brandt'],
    ]);
  });

  it('reads a bulleted line that opens with a plural title as that group of people', () => {
    const text = ['Minutes of Delegate Meeting Thursday 12 March 2026', '', '• Attendance', '• Bros. K Ambler, T Dace, R Fenn.', '• Sis. J Mace.', '', '• 1. Apologies', '• None.', '• 2. Reports', '• Noted.'];
    expect(minutes(text).attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Bro', 'K Ambler'],
      ['Bro', 'T Dace'],
      ['Bro', 'R Fenn'],
      ['Sis', 'J Mace'],
    ]);
  });
});

describe('a trades council meeting with guests and a society council held at a club', () => {
  it('reads "Guests/observers present:" as those in attendance', () => {
    const text = [
      'Minutes of the Trades Council meeting held on 20 November 2025 at 7:30pm.',
      'Delegates present: Ann Lowry (AL), Ben Tabor (BT)',
      'Guests/observers present: Cy Dorn (CD), Dot Amos (DA).',
      'Apologies for absence given: Ed Fane (EF)',
      '',
      '1. Minutes of the last meeting',
      'Agreed.',
      '2. Treasurer’s report',
      'Noted.',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Lowry', 'present'],
      ['Ben Tabor', 'present'],
      ['Cy Dorn', 'in-attendance'],
      ['Dot Amos', 'in-attendance'],
      ['Ed Fane', 'apologies'],
    ]);
  });

  it('takes the club named after the date as the venue', () => {
    const text = ['Minutes of the Council Meeting held at 7.15pm on Thursday 5th March 2026 at the Riverside Club Halton.', '', '1. Attendance. R. Okafor, D. Penn.', '', '2. Apologies for absence. T. Lowe.', '', '3. Matters Arising. None.'];
    expect(minutes(text).venue).toBe('the Riverside Club Halton');
  });
});

describe('a housing association board whose two-column tables ran together', () => {
  const lines = [
    'Minutes of the Board Meeting held on 3 February 2026',
    '',
    'Board Members:Ruth OkaforChairDavid Penn',
    'Lena VargaVice ChairSam Hume',
    'Tom LoweKit Marr',
    'Staff:Jo FinchChief ExecutiveAl ReedFinance Director',
    'Apologies:Ned Quill',
    'BUSINESS ITEM / DISCUSSIONS AND DECISIONSDeclaration of Interest / There were no declarations of interest.',
  ];

  it('parts each row at the capital a cell starts with, posts going to the person before', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role, a.chair, a.attendance])).toEqual([
      ['Ruth Okafor', null, true, 'present'],
      ['David Penn', null, false, 'present'],
      ['Lena Varga', 'Vice Chair', false, 'present'],
      ['Sam Hume', null, false, 'present'],
      ['Tom Lowe', null, false, 'present'],
      ['Kit Marr', null, false, 'present'],
      ['Jo Finch', 'Chief Executive', false, 'secretariat'],
      ['Al Reed', 'Finance Director', false, 'secretariat'],
      ['Ned Quill', null, false, 'apologies'],
    ]);
  });

  it('keeps a surname with a particle whole', () => {
    const text = ['Minutes of the Board Meeting held on 3 February 2026', '', 'Present:', 'Ian MacLeanChairAnn McDowell', '', '1. Apologies', 'None.', '2. Finance', 'Noted.'];
    expect(minutes(text).attendees.map((a) => a.name)).toEqual(['Ian MacLean', 'Ann McDowell']);
  });

  it('leaves the time off a place line, taking in the unit between the room and the building', () => {
    const text = ['UNISON Branch Executive Meeting', '', 'Minutes of Meeting Tuesday 10th February 2026', '', 'Seminar Room, Training Unit, Riverside Hospital 6pm', '', 'Present: Ann Lowry, Ben Tabor', '', '1. Apologies', 'None.', '2. Approval of Minutes', 'Approved.'];
    expect([minutes(text).venue, minutes(text).start]).toEqual(['Seminar Room, Training Unit, Riverside Hospital', '18:00']);
    const short = ['Minutes of Meeting Tuesday 10th February 2026', '', 'Committee Room, Town Hall 7.30pm', '', 'Present: Ann Lowry, Ben Tabor', '', '1. Apologies', 'None.', '2. Reports', 'Noted.'];
    expect(minutes(short).venue).toBe('Committee Room, Town Hall');
  });

  it('names no body "Meeting Tuesday" from "Minutes of Meeting Tuesday ...", taking the line above', () => {
    const text = ['UNISON Branch Executive Meeting', '', 'Minutes of Meeting Tuesday 10th February 2026', '', 'Present: Ann Lowry, Ben Tabor', '', '1. Apologies', 'None.', '2. Approval of Minutes', 'Approved.'];
    expect(minutes(text).body).toBe('UNISON Branch Executive');
  });
});

describe('an AGM whose present list has a semicolon before those by teleconference', () => {
  it('parts the names before the semicolon by their commas', () => {
    const text = [
      'Harbour Walkers Inc',
      'Minutes of the Annual General Meeting',
      'held 20 August 2025, 7.30 pm',
      'Present: Ada Vell, Kit Marr, Ned Quill de Rosa, Pia Lund;By teleconference: Sam Hume, Tia Orme and one other.',
      'Apologies: Ray Moss, Lyn Tait',
      'Minutes of previous Annual General Meeting',
      'Resolved: That the minutes be accepted',
      'Moved: Ada, Kit, carried',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.organisation, a.attendance])).toEqual([
      ['Ada Vell', null, 'present'],
      ['Kit Marr', null, 'present'],
      ['Ned Quill de Rosa', null, 'present'],
      ['Pia Lund', null, 'present'],
      ['Sam Hume', null, 'present'],
      ['Tia Orme', null, 'present'],
      ['Ray Moss', null, 'apologies'],
      ['Lyn Tait', null, 'apologies'],
    ]);
  });

  it('reads "Library Trustees Present:" as the list of those present', () => {
    const text = ['Library Trustees Present: Ada Vell, Kit Marr, Pia Lund; Library Director Sam Hume', '', '- Call to order at 6:15 pm', '- Minutes approved', '- Motion to adjourn'];
    expect(minutes(text).attendees.slice(0, 3).map((a) => [a.name, a.organisation, a.attendance])).toEqual([
      ['Ada Vell', null, 'present'],
      ['Kit Marr', null, 'present'],
      ['Pia Lund', null, 'present'],
    ]);
  });

  it('takes an incorporated society’s line as the body, and leaves those by teleconference out of the place', () => {
    const text = ['Harbour Walkers Inc', 'Minutes of the Annual General Meeting', 'held 20 August 2025, 7.30 pm', 'Library Room, 3 Quay Street, Lyttelton and by teleconference', 'Present: Ada Vell, Kit Marr', 'Apologies: Ray Moss', 'Minutes of previous Annual General Meeting', 'Resolved: That the minutes be accepted'];
    expect([minutes(text).body, minutes(text).venue]).toEqual(['Harbour Walkers Inc', 'Library Room, 3 Quay Street, Lyttelton']);
  });
});

describe('a society council whose item headings end with a full stop before the text', () => {
  it('ends the heading at the stop after its closing noun', () => {
    const text = [
      'Minutes of the Council Meeting held at 7.30pm on Thursday 6th March 2025 at the Mill Club.',
      '',
      '1.  Attendance. R. Okafor (President) in the chair with D. Penn.',
      '',
      '2.  Matters Arising.  None.',
      '',
      '3.  Treasurers Report.  Mr. Penn reported a balance of £40.',
      '',
      '4.  Annual Church Service. No change to date.',
    ];
    expect(minutes(text).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Attendance'],
      ['2', 'Matters Arising'],
      ['3', 'Treasurers Report'],
      ['4', 'Annual Church Service'],
    ]);
  });

  it('names the body before the kind of meeting and its year', () => {
    expect(minutes(['HWN AGM minutes 2025', '', 'Date: 6 April 2025', '', 'Present: Ada Vell, Kit Marr', '', '1. Welcome', 'Noted.', '2. Reports', 'Noted.']).body).toBe('HWN');
  });
});

describe('a union branch AGM written as one paragraph', () => {
  it('takes no chair from the officers elected', () => {
    const text = ['AGM 4th March 2026 Attendees: Ada Vell, Kit Marr, Pia Lund Apologies: Ray Moss. Minutes Agreed from AGM held March 2025 and no matters arising Branch Officers elected: Branch Secretary: Ada Vell elected Chairperson: Kit Marr elected Treasurer: Pia Lund elected.'];
    expect(minutes(text).attendees.map((a) => [a.name, a.chair])).toEqual([
      ['Ada Vell', false],
      ['Kit Marr', false],
      ['Pia Lund', false],
      ['Ray Moss', false],
    ]);
  });
});

describe('a union local whose numbered item calls the roll of its officers', () => {
  it('reads the officers under "Roll Call of executive officers:" as present, posts as roles', () => {
    const text = [
      'Minutes of the Local Executive Meeting',
      '',
      '12 March 2026',
      '',
      '1.         Meeting called to order at 12:05pm.',
      '',
      '2.         Roll Call of executive officers:',
      '',
      'President:                 BR. Lou Dacre',
      '',
      'Chief Steward:             SR. Ina Volk',
      '',
      '3.         Reading of the harassment policy by the Secretary.',
      '',
      '4.         The treasurer’s report was read.',
    ];
    expect(minutes(text).attendees.map((a) => [a.honorific, a.name, a.role, a.attendance])).toEqual([
      ['BR', 'Lou Dacre', 'President', 'present'],
      ['SR', 'Ina Volk', 'Chief Steward', 'present'],
    ]);
  });
});

describe('a council for voluntary service whose date line ran into the place', () => {
  it('reads the date when the place is glued to the year', () => {
    const text = ['Harbour Council for Voluntary Service Annual General Meeting', '', '16thSeptember 2025The Citadel, Quay Road, Harbourside.', '', 'Present', '', 'Ann Lowry – Chairman', 'Ben Tabor – Treasurer', '', '1. Welcome and Apologies', '', 'Noted.', '', '2. Minutes of the AGM held 11th September 2024', '', 'Agreed.'];
    expect(minutes(text).date).toBe('2025-09-16');
  });
});

describe('a branch AGM held by email, with no list of those present', () => {
  it('reads it as minutes from what it records as agreed', () => {
    const text = [
      'Harbour RMB AGM 3.3.26.',
      'Note: the meeting was replaced by comments by email on the AGM agenda.',
      '1. Apologies. Ada Vell, Kit Marr.',
      '2. Minutes of branch meeting 18.11.25 previously circulated to all members. No',
      'comments have been received so these are agreed.',
      '3. Election of officers.',
      'Chair: Pia Lund: proposer: Ada Vell, seconder Kit Marr.',
      '4. AOB. None.',
    ];
    const m = minutes(text);
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });
});

describe('a trades council page that put a bullet before every paragraph', () => {
  const lines = [
    'NTC Minutes of Delegate Meeting Thursday 12th March 2026',
    '',
    '• Sis. J Mace (Chair)',
    '',
    '• Attendance',
    '• Bros. K Ambler, T Dace, R Fenn.',
    '',
    '• 1. Apologies',
    '• Bro. S Tull.',
    '',
    '• 2. Minutes of February delegate meeting.',
    '• Agreed a true and accurate record',
    '',
    '• 3. Executive Committee report',
    '• 3.1.2. Banner fund – agreed.',
    '• 3.2. Speakers – to invite the FBU.',
    '',
    '• 4. Reports.',
    '• Secretary, written report provided.',
  ];

  it('reads the numbered paragraphs behind the bullets as the items', () => {
    // (The titles' closing stops are the text's, not this rule's.)
    expect(minutes(lines).items.map((i) => [i.number, i.title.replace(/\.$/, '')])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes of February delegate meeting'],
      ['3', 'Executive Committee report'],
      ['4', 'Reports'],
    ]);
  });

  it('leaves a numbered bullet alone in a text whose other lines are no bullets', () => {
    const text = ['Minutes of the Committee 12 March 2026', '', 'Present: Ada Vell, Kit Marr', '', '1. Apologies', 'None.', '', '2. Reports', '• 1. The hall is booked.', 'Noted.'];
    expect(minutes(text).items.map((i) => i.number)).toEqual(['1', '2']);
  });
});
