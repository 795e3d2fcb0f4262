// Housing bodies' minutes: tenants' and residents' associations, tenant panels, housing authorities' boards,
// homelessness networks (session 16). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation]);

describe('a street group\'s notes listing those present by their given names, a note after the last', () => {
  const lines = [
    'Present: Milo, Tess, Arlo, Greta (a little late).',
    'Business: Tess reported on the winter shelter rota. Arlo will ask the parish for the hall on 3 May.',
    'Adjournment: That done, meeting adjourned.',
    'Respectfully submitted: Milo Hart',
  ];

  it('reads every given name, the full stop after the bracket ending the list', () => {
    expect(people(lines)).toEqual([
      ['present', 'Milo', null],
      ['present', 'Tess', null],
      ['present', 'Arlo', null],
      ['present', 'Greta', null],
    ]);
  });

  it('is read as minutes', () => {
    expect(minutes(lines).kind).toBe('minutes');
  });
});

describe('a network\'s notes whose list opens with "The following individuals were present:"', () => {
  const lines = [
    'Steering Board Meeting Minutes',
    'Tuesday, May 6, 2025',
    'Riverside Family Shelter',
    'I. Call to Order',
    'The meeting was called to order at 9:04 a.m. by Chair Nora Quill.',
    'II. Welcome and Introductions',
    'Introductions were made. The following individuals were present:',
    'Nora Quill (Harbour House)Piet Vane (County Housing Office),',
    'Lena Ost (Food Bank)Rafe Dunmore (Youth Services)',
    '- Review and Acceptance of April 29, 2025 minutes',
    'Piet Vane moved to accept the minutes as written. Rafe Dunmoreseconded the motion. The motionpassed.',
    '- Charting CoC’s Network- Lena Ost, doctoral student, Planning Department',
    'Lena Ost reported that the count found fewer people sleeping out.',
  ];

  it('reads the people under the sentence, two to a line', () => {
    expect(people(lines)).toEqual([
      ['present', 'Nora Quill', 'Harbour House'],
      ['present', 'Piet Vane', 'County Housing Office'],
      ['present', 'Lena Ost', 'Food Bank'],
      ['present', 'Rafe Dunmore', 'Youth Services'],
    ]);
  });

  it('ends the list at the first bullet, the lines above having none', () => {
    const labelled = lines.map((l) => (l.startsWith('Introductions') ? 'Present:' : l));
    expect(minutes(labelled).attendees.map((a) => a.name)).toEqual(['Nora Quill', 'Piet Vane', 'Lena Ost', 'Rafe Dunmore']);
    expect(minutes(lines).attendees).toHaveLength(4);
  });
});

describe('a housing authority\'s web minutes: headings in capitals, no blank lines, a short sentence under some', () => {
  const lines = [
    'MINUTES',
    'THE HOUSING AUTHORITY OF THE TOWN OF BRAMBLE',
    'The Board of Commissioners Regular Meeting',
    'March 4, 2025',
    'CALL TO ORDER',
    'The meeting was called to order at 5:02 pm by Chairperson Ann Lark.',
    'ROLL CALL',
    'Board Members Present: Ann Lark, Ben Finch, and Cara Wren',
    'Board Members Absent: Dan Rook',
    'There was a quorum for the purpose of conducting business.',
    'APPROVAL OF THE AGENDA',
    'Commissioner Finch moved that the Agenda be approved. Commissioner Wren seconded said motion.',
    'APPROVAL OF MINUTES',
    'The minutes of the February meeting were approved as written by all members present.',
    'PUBLIC COMMENTS',
    'There were no public comments.',
    'FINANCIAL REPORTS',
    'Commissioners were provided with a copy of the report.',
    'ADJOURNMENT',
    'The meeting was adjourned at 5:40 pm.',
  ];

  it('reads each heading in capitals as an item, though the sentence under it is short', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['APPROVAL OF THE AGENDA', 'APPROVAL OF MINUTES', 'PUBLIC COMMENTS', 'FINANCIAL REPORTS', 'ADJOURNMENT']);
  });

  it('leaves a heading in title case over a short sentence in the text', () => {
    const titled = lines.map((l) => (l === 'PUBLIC COMMENTS' ? 'Public Comments' : l));
    expect(minutes(titled).items.map((i) => i.title)).not.toContain('Public Comments');
  });
});

describe('an old Word file read as text: its binary header, then the whole page on one line', () => {
  const page =
    'ࡱ> #` Qzkxvv .7 *q*q*q*q$Wtp4kkkkk$Ƕh/ ~uee~u~u pp>sss~u: k ks~uss ~kk wF)*qo.g5J2um~ ~(e3n&r[pHt7eeer eee2~u~u$C e ' +
    'BRAMBLE HOMES TRUST MINUTES of a meeting of the Board of the Trust held on Tuesday 4 March 2025 at Bramble House, 9 Mill Lane, ' +
    'Bramble at 6.30pm PRESENT: Board: Ann Lark (Chair), Ben Finch (BF), Cara Wren (CW) and Dan Rook (DR). 1. APOLOGIES Eve Moss (EM). ' +
    '2. MINUTES OF PREVIOUS MEETING The minutes were agreed as a correct record of the meeting and signed by the Chair. 3. MATTERS ARISING ' +
    'The Chief Executive reported that the repairs contract had been signed and that the new contractor would start on 1 April.';

  it('takes the title from the page, not from the bytes before it', () => {
    expect(minutes([page]).title).toBe('BRAMBLE HOMES TRUST MINUTES of a meeting of the Board of the Trust held on Tuesday 4 March 2025');
  });
});

describe('Word\'s form of minutes flattened with " / " between a row\'s cells', () => {
  const lines = [
    'Tenants Forum Steering Group Meeting Notes',
    '/march 4, 2025',
    '/10:00am',
    '/Civic Centre Room 2',
    'Attendees Present / Ann Lark, Ben Finch, Cara Wren, Dan Rook',
    'visitors / Eve Moss',
    'Members excused / Fay Lund, Gus Hale',
    'Note taker / Ivy Dean',
    'Agenda',
    'I / INTRODUCTIONS',
    'Introduction of guests and members',
    'II / REVIEW OF MINUTES',
    'Ben Finch moved to approve minutes; Cara Wren seconded.',
    'Action items / Person responsible / Deadline',
    'Letter to the Council / Ann Lark / 3/5/2025',
    'Repairs calendar / Events Group / On-going',
    'III / OTHER BUSINESS',
    'None.',
  ];

  it('reads each label row as the list it labels', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ann Lark'],
      ['present', 'Ben Finch'],
      ['present', 'Cara Wren'],
      ['present', 'Dan Rook'],
      ['in-attendance', 'Eve Moss'],
      ['apologies', 'Fay Lund'],
      ['apologies', 'Gus Hale'],
      ['secretariat', 'Ivy Dean'],
    ]);
  });

  it('reads the numbered rows as items and the action table\'s rows as actions', () => {
    const m = minutes(lines);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'INTRODUCTIONS'],
      ['II', 'REVIEW OF MINUTES'],
      ['III', 'OTHER BUSINESS'],
    ]);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Letter to the Council', ['Ann Lark']],
      ['Repairs calendar', ['Events Group']],
    ]);
  });
});

describe('a housing association board\'s lists where some came for part of the meeting, "(in part)" before their names', () => {
  const lines = [
    'MINUTES OF THE BOARD MEETING, FRIDAY 7 March 2025',
    'Present: Ann Lark (Chair), Ben Finch, Councillor Cara Wren and (In Part) Councillor Dan Rook',
    'In attendance: Eve Moss (Chief Executive), Fay Lund (Company Secretary) and (in part) Gus Hale (Treasurer), Hal Pike (Housing Manager)',
    '1. Apologies for Absence',
    'There were no apologies for absence.',
    '2. Declarations of Interest',
    'None.',
  ];

  it('reads the people the note stands before, without the note', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role])).toEqual([
      ['present', null, 'Ann Lark', null],
      ['present', null, 'Ben Finch', null],
      ['present', 'Councillor', 'Cara Wren', null],
      ['present', 'Councillor', 'Dan Rook', null],
      ['in-attendance', null, 'Eve Moss', 'Chief Executive'],
      ['in-attendance', null, 'Fay Lund', 'Company Secretary'],
      ['in-attendance', null, 'Gus Hale', 'Treasurer'],
      ['in-attendance', null, 'Hal Pike', 'Housing Manager'],
    ]);
  });
});

describe('a council housing policy committee\'s minutes numbered by its letters and a count ("HX.1 – Title")', () => {
  const lines = [
    'Minutes of Meeting of Housing Committee on 9th October 2025',
    'Cllr A. Lark (Chair), Cllr B. Finch, C. Wren.',
    'HX.1 – Minutes of Housing Committee Meeting on 11th June 2025.',
    'The minutes of the meeting of 11th June 2025 were AGREED.',
    'HX.2 – Housing Supply Update',
    'There were contributions from Cllr. Finch and Cllr. Lark and the report was NOTED.',
    'HX.3 – A.O.B.',
    'Cllr. Finch requested an update report on repairs.',
  ];

  it('reads each number and title', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['HX.1', 'Minutes of Housing Committee Meeting on 11th June 2025'],
      ['HX.2', 'Housing Supply Update'],
      ['HX.3', 'A.O.B'],
    ]);
  });
});

describe('a tenant panel\'s notes whose members list lost a separator to a full stop ("Day.Charles")', () => {
  const lines = [
    'Notes of a Tenant Panel meeting held on 3 March 2025',
    'Members:Owen Brisk; Tara Day.Colm Everett;Rhea Moss (Chair); Ivo Lund',
    'Apologies:Kit Hale',
    '- Opening of the meeting',
    'Rhea welcomed the members.',
  ];

  it('reads the two names on either side of the stop', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Owen Brisk'],
      ['present', 'Tara Day'],
      ['present', 'Colm Everett'],
      ['present', 'Rhea Moss'],
      ['present', 'Ivo Lund'],
      ['apologies', 'Kit Hale'],
    ]);
  });
});

describe('item titles in capitals that a converter ran into their text', () => {
  const lines = [
    'Minutes of the Tenants Council, 4 March 2025',
    'Present: Ann Lark, Ben Finch',
    '1. INTRODUCTIONSIntroduction of guests and members',
    '2. REPAIRS CONTRACTThe new contractor starts on 1 April.',
    '3. UPDATE ON NHSEngland funding',
  ];

  it('parts the capitals, the title, from the text run into them', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['INTRODUCTIONS', 'REPAIRS CONTRACT', 'UPDATE ON NHSEngland funding']);
  });
});
