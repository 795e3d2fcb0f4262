// Community bodies' minutes: residents' associations, village hall committees, land trusts, neighbourhood-plan
// groups (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.chair]);

describe('a society whose opening sentence names the chair and the apologies, and no list', () => {
  const lines = [
    'Minutes of the General Meeting held on Tuesday 4th March 2025',
    '',
    'Members',
    '',
    'Mrs A Lark took the chair, apologies from Mr B Finch, Mrs C Wren and Mr D Rook, all other committee members were present with a further 9 members in attendance.',
    '',
    'Matters Arising',
    '',
    'None',
  ];

  it('reads the names after "apologies from" up to the clause that names nobody', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mrs', 'A Lark', true],
      ['apologies', 'Mr', 'B Finch', false],
      ['apologies', 'Mrs', 'C Wren', false],
      ['apologies', 'Mr', 'D Rook', false],
    ]);
  });

  it('does not read them twice where a list of apologies names them too', () => {
    const listed = ['Minutes of the Committee Meeting, 4 March 2025', '', 'Apologies: Ben Finch, Cara Wren', '', 'Apologies were received from Ben Finch and Cara Wren.', '', '1. Accounts', '', 'Agreed.'];
    expect(people(listed)).toEqual([
      ['apologies', null, 'Ben Finch', false],
      ['apologies', null, 'Cara Wren', false],
    ]);
  });
});

describe('a land trust\'s minutes in paragraphs, no headings, the chair named in a sentence', () => {
  const lines = [
    'Brookfield Community Land Trust',
    'Second Annual General Meeting',
    'Thursday, 12 June 2025, at 7pm',
    'Brookfield Village Hall',
    'Draft Minutes',
    'Attendees: 7 trustees, 3 members',
    '|',
    'Apologies: Dora Finch, Eli Rook',
    '|',
    'Ann Lark chaired the meeting and welcomed all attendees.',
    '|',
    'The minutes of the 2024 AGM were proposed by Eli Wren and agreed.',
  ];

  it('is read as minutes, with the chair and the apologies', () => {
    const m = minutes(lines);
    expect(m.kind).toBe('minutes');
    expect(people(lines)).toEqual([
      ['present', null, 'Ann Lark', true],
      ['apologies', null, 'Dora Finch', false],
      ['apologies', null, 'Eli Rook', false],
    ]);
  });

  it('still reads an agenda that names its chair as no minutes', () => {
    const agenda = ['Brookfield Community Land Trust', 'Agenda for the Annual General Meeting', 'Thursday, 12 June 2025', '', 'Chair: Ann Lark', 'Apologies: Dora Finch', '', 'Election of trustees'];
    expect(minutes(agenda).kind).not.toBe('minutes');
  });
});

describe('a form\'s header cells run together, each label glued to the value before it', () => {
  it('reads the time and the venue glued after the date', () => {
    const m = minutes(['Minutes of the Steering Group Meeting', '', 'Date: 3rd March 2024Time: 7:15pmVenue: Brook Village Hall', 'Members present: Ann Lark (Chair), Ben Finch', '', '1. Apologies', 'None.']);
    expect([m.date, m.start, m.venue]).toEqual(['2024-03-03', '19:15', 'Brook Village Hall']);
  });

  it('starts the list of those attending at its label glued to the venue\'s full stop', () => {
    const lines = [
      'Minutes of Brook Neighbourhood Plan Steering Group',
      'Date: Monday 3 March 2024 – 7.30pm / Venue: The Plough, Brook.Attendance:Ann Lark (Chair), Ben Finch, Cara Wren (Secretary). / Apologies:,',
      'Dan Rook and Eve Moss',
      'Declaration of Interest: None',
      '1. Minutes of Previous Meeting',
      'Accepted & signed',
    ];
    const m = minutes(lines);
    expect(m.venue).toBe('The Plough, Brook');
    expect(people(lines)).toEqual([
      ['present', null, 'Ann Lark', true],
      ['present', null, 'Ben Finch', false],
      ['present', null, 'Cara Wren', false],
      ['apologies', null, 'Dan Rook', false],
      ['apologies', null, 'Eve Moss', false],
    ]);
  });

  it('leaves an item number glued to its heading alone ("2.Apologies:")', () => {
    const lines = ['MINUTES OF THE COMMITTEE MEETING HELD ON 5th May 2024 in the Village Hall', '1.PRESENT: Ann, Ben, Cara', '2.Apologies:Dan', '3.Minutes of the Previous Meeting', 'Agreed.', '4.Matters Arising', 'None.'];
    expect(minutes(lines).items.map((i) => i.number)).toEqual(['2', '3', '4']);
  });
});

describe('an owners\' tag on a line of its own under the paragraph it closes', () => {
  const opening = ['Minutes of the Committee Meeting, 4 May 2024', '', 'Present: Ann Lark, Ben Finch', '', '1. Matters arising'];
  const tasks = (lines: string[]) => minutes([...opening, ...lines, '2. Finance', 'Noted.']).actions.map((a) => [a.text, a.owners]);

  it('names the owners of the wrapped paragraph above it', () => {
    expect(tasks(['Ann will write to the council about the', 'fence and report back at the next meeting.', 'Action: Ann'])).toEqual([
      ['Ann will write to the council about the fence and report back at the next meeting.', ['Ann']],
    ]);
  });

  it('closes each paragraph in turn, and one a blank line apart', () => {
    expect(tasks(['Ann will write to the council.', 'Action: Ann', 'Ben will check the gate.', 'Action: Ben'])).toEqual([
      ['Ann will write to the council.', ['Ann']],
      ['Ben will check the gate.', ['Ben']],
    ]);
    expect(tasks(['Ben will check the gate.', '', 'Action: Ben', ''])).toEqual([['Ben will check the gate.', ['Ben']]]);
  });

  it('still reads "Action: Ben to ..." as a task of its own', () => {
    expect(tasks(['The gate was discussed.', 'Action: Ben to check the gate.'])).toEqual([['Ben to check the gate.', ['Ben']]]);
  });
});

describe('a title whose date the page width cut in two', () => {
  it('joins the rest of the date on the next line to the title, and dates the meeting by it', () => {
    for (const [first, second] of [['Minutes of Committee Meeting held on 14', 'July 2014.'], ['Minutes of Committee Meeting held on 14 July', '2014.']]) {
      const m = minutes([first!, second!, 'Present: Ann Lark, Ben Finch', '', '1. Minutes', 'Agreed.']);
      expect([m.title, m.date]).toEqual(['Minutes of Committee Meeting held on 14 July 2014.', '2014-07-14']);
    }
  });

  it('leaves a dated title and the line under it apart', () => {
    const m = minutes(['Minutes of Committee Meeting held on 14 July 2014', 'July 2015 accounts.', 'Present: Ann Lark, Ben Finch', '', '1. Minutes', 'Agreed.']);
    expect([m.title, m.date]).toEqual(['Minutes of Committee Meeting held on 14 July 2014', '2014-07-14']);
  });
});

describe('members listed after the chair\'s bracket with no comma, joined by "&"', () => {
  const list = (present: string) => people(['Minutes of the Steering Group, 4 May 2024', '', present, '', '1. Minutes', 'Agreed.']);

  it('reads each of the people after the bracket', () => {
    expect(list('Members present: R Hale (Chairman) C Lloyd & M Wood.')).toEqual([
      ['present', null, 'R Hale', true],
      ['present', null, 'C Lloyd', false],
      ['present', null, 'M Wood', false],
    ]);
  });

  it('keeps bodies after the bracket as the description', () => {
    expect(minutes(['Minutes of the Steering Group, 4 May 2024', '', 'Present: Ann Lark (Chair) Brook Council and Fenwick Trust', '', '1. Minutes', 'Agreed.']).attendees.map((a) => a.name)).toEqual(['Ann Lark']);
  });
});

describe('a table of label, name and post written column by column, its cells parted by " / "', () => {
  const lines = [
    'MINUTES OF THE BROOK VILLAGE HALL COMMITTEE HELD ON 3rd March 2024 AT 2000HRS',
    '',
    'Present / Ann Lark',
    'Ben Finch',
    'Cara Wren',
    'Dan Rook / Chairman',
    'Secretary',
    'Garden Club',
    'Youth Club',
    'Apologies / Eve Moss',
    'Fay Dunn / Treasurer',
    'Pre-School',
    'ITEM',
    'Item 1 – Welcome',
    'Ann welcomed everyone.',
  ];
  const described = (ls: string[]) => minutes(ls).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

  it('pairs each name with the post at its place', () => {
    expect(described(lines)).toEqual([
      ['present', 'Ann Lark', null],
      ['present', 'Ben Finch', 'Secretary'],
      ['present', 'Cara Wren', 'Garden Club'],
      ['present', 'Dan Rook', 'Youth Club'],
      ['apologies', 'Eve Moss', 'Treasurer'],
      ['apologies', 'Fay Dunn', 'Pre-School'],
    ]);
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ann Lark']);
  });

  it('leaves the lines alone where the posts do not match the names in number', () => {
    const short = [...lines.slice(0, 8), '', 'Item 1 – Welcome', 'Ann welcomed everyone.'];
    expect(described(short).some((a) => a[2] === 'Garden Club')).toBe(false);
  });
});

describe('a title line that runs on into the prose of the report', () => {
  it('ends the place where it was held with its sentence', () => {
    const m = minutes(['Minutes of the AGM of the Brook Village Hall Committee held in the Oak Room. The notes below were taken by the secretary.', 'Present: Ann Lark (Chairman), Ben Finch', '', '1. Accounts', 'Agreed.']);
    expect(m.venue).toBe('the Oak Room');
  });
});

describe('a list of full names in which a converter lost the space inside one', () => {
  const names = (present: string) => minutes(['Minutes of the Steering Group, 4 May 2024', '', present, '', '1. Minutes', 'Agreed.']).attendees.map((a) => a.name);

  it('parts the given name and the surname again', () => {
    expect(names('Attendees: Ann Lark, Ben Finch, CaraWren, Dan Rook')).toEqual(['Ann Lark', 'Ben Finch', 'Cara Wren', 'Dan Rook']);
  });

  it('keeps a surname with a prefix, and a list of given names alone, as written', () => {
    expect(names('Attendees: Ann Lark, Ben Finch, MacKenzie, Dan Rook')).toContain('MacKenzie');
    expect(names('Present: Ann, Ben, JoAnne')).toContain('JoAnne');
  });
});
