// Student and youth bodies' minutes: students' unions, graduate councils, youth councils (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a date line whose clock follows after a semicolon', () => {
  const lines = [
    'Graduate Student Forum Meeting',
    '',
    'Hill Campus, Brook Library, Room 12',
    '',
    'Sept 9, 2014; 6:30pm',
    '',
    '',
    'Call to Order',
    '',
    'President Ada Finch called the meeting to order at 6:40pm',
    '',
    '',
    'Officer Reports',
    '',
    'The President gave her report.',
  ];

  it('reads the date, and the venue line above it, as the header', () => {
    const m = minutes(lines);
    expect([m.date, m.start, m.venue]).toEqual(['2014-09-09', '18:40', 'Hill Campus, Brook Library, Room 12']);
  });

  it('leaves the date line out of the items', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Call to Order', 'Officer Reports']);
  });
});

describe('a post written before the name of the one who called the meeting to order', () => {
  const opening = (sentence: string) => [
    'Student Senate Meeting Minutes',
    'March 3, 2011',
    '',
    'I. CALL TO ORDER',
    '',
    sentence,
    '',
    'II. ROLL CALL',
    '',
    'Present:  Lowe, Brook, Hale, Finch',
    '',
    'III. REPORTS',
    '',
    'Brook gave the report.',
  ];
  const chair = (sentence: string) => minutes(opening(sentence)).attendees.filter((a) => a.chair).map((a) => [a.name, a.honorific, a.role]);

  it('is the role of the chair the roster names by surname alone', () => {
    expect(chair('Vice President Ann Lowe called the meeting to order at 6:02 p.m.')).toEqual([['Lowe', null, 'Vice President']]);
    expect(chair('Chair Hale called the meeting to order at 6:02 p.m.')).toEqual([['Hale', null, 'Chair']]);
  });

  it('makes no role of a title read as an honorific ("Mayor"), nor of a chair named with no post', () => {
    expect(chair('Mayor Hale called the meeting to order at 6:02 p.m.')).toEqual([['Hale', null, null]]);
    expect(chair('Ann Lowe called the meeting to order at 6:02 p.m.')).toEqual([['Lowe', null, null]]);
  });
});

describe("a society's blog post of minutes that opens with a sentence in its own voice", () => {
  const post = (opening: string) => [
    '+++',
    'title = "Term 1 Week 4 Exec Meeting Minutes"',
    'date = "2023-02-12T20:00:00Z"',
    '+++',
    '',
    opening,
    '',
    'Present: Ada, Ben, Cara',
    '',
    'Apologies: Dan',
    '',
    '### **QUIZ NIGHT:**',
    '',
    '  - Went well.',
    '',
    '### **AGM:**',
    '',
    '  - Few nominations so far.',
  ];

  it('takes the front matter title, not the sentence', () => {
    expect(minutes(post('We held an Exec Meeting to plan the AGM - here are the minutes.')).title).toBe('Term 1 Week 4 Exec Meeting Minutes');
    expect(minutes(post('Here are the minutes of our Exec Meeting.')).title).toBe('Term 1 Week 4 Exec Meeting Minutes');
  });
});

describe('a venue line whose clock or last cell was taken off after a comma or dash', () => {
  it('ends the venue at its last word', () => {
    const header = (dateLine: string, venueLine: string[]) => ['Student Council Minutes', '', dateLine, ...venueLine, '', 'Present: Ada Finch, Ben Hale', '', '1. Welcome', '', 'The Chair welcomed all.'];
    expect(minutes(header('Tuesday 7th March 2017 – Main Hall, 7pm', [])).venue).toBe('Main Hall');
    expect(minutes(header('Date: Tuesday 7th March 2017', ['', 'Venue: Brook Hotel, Leeds -'])).venue).toBe('Brook Hotel, Leeds');
  });
});

describe('a numbered call to order that gives its time as a field', () => {
  it('is the start of the meeting', () => {
    const text = (opening: string) => ['Graduate Assembly Minutes', 'Tuesday, February 4, 2014', '', opening, '', 'II.    Approve Agenda: Ann moves to approve, carries.', '', 'III.   Reports', '', 'The President reported.'];
    expect(minutes(text('I.  Call to Order: 5:36 PM')).start).toBe('17:36');
    expect(minutes(text('1. Call to Order: 6:05 p.m.')).start).toBe('18:05');
  });
});

describe("a Pandoc title block over a society's minutes", () => {
  const lines = ['% Brook Chess Society', '% Meeting Minutes', '% March 2nd, 2021', '', '# Attendance', '', '* Ada Finch - President', '* Ben Hale - Treasurer', '', '# Updates', '', '* The league starts soon.'];

  it('reads the block without its marks: the body line over the title, then the date', () => {
    const m = minutes(lines);
    expect([m.title, m.body, m.date]).toEqual(['Meeting Minutes', 'Brook Chess Society', '2021-03-02']);
  });

  it('leaves a percentage later in the text alone', () => {
    expect(minutes([...lines, '', '% of members voting: 80']).title).toBe('Meeting Minutes');
  });
});

describe('a given name alone, its post after a dash, closing a bulleted list of "Name - Post"', () => {
  const list = (last: string) => ['% Brook Chess Society', '% Meeting Minutes', '% March 2nd, 2021', '', '# Attendance', '', '* Ada Finch - President', '* Ben Hale - Treasurer', last, '', '# Updates', '', '* The league starts soon.'];
  const names = (last: string) => minutes(list(last)).attendees.map((a) => [a.name, a.role ?? a.organisation]);

  it('is a person with that post', () => {
    expect(names('* Priya - Rep-at-large')).toEqual([['Ada Finch', 'President'], ['Ben Hale', 'Treasurer'], ['Priya', 'Rep-at-large']]);
  });

  it('is not a sentence after a dash', () => {
    expect(names('* Note - the league starts soon.').map((n) => n[0])).toEqual(['Ada Finch', 'Ben Hale']);
  });
});

describe('a caption naming a post over the one person under it, in a council-system roster', () => {
  const lines = [
    'Youth Panel',
    '',
    'Minutes of a meeting of the Youth Panel held in Room 2, Brook Town Hall on Monday, 6 March 2017 at 6.00pm.',
    '',
    'present',
    '',
    'Chairperson',
    'Ada Finch',
    '',
    'Deputy Chairperson',
    'Ben Hale',
    '',
    'Members',
    'Cara Moss',
    'Dan Roe',
    '',
    'Liaison Councillor',
    'Eve Lind, JP',
    '',
    '1          Apologies',
    '',
    'There were no apologies.',
  ];

  it("gives the caption as the holder's role, the chair's caption and a group's caption none", () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role, a.chair])).toEqual([
      ['Ada Finch', null, true],
      ['Ben Hale', 'Deputy Chairperson', false],
      ['Cara Moss', null, false],
      ['Dan Roe', null, false],
      ['Eve Lind', 'Liaison Councillor', false],
    ]);
  });
});
