// Minutes of societies, residents' associations, students' unions and clubs, as their web pages
// and converted documents give them: minute numbers with the year after a slash and a colon,
// items numbered "1/", whole openings run into one paragraph.
// Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (minutes: { items: { number: string | null; title: string }[] }) => minutes.items.map((i) => [i.number, i.title]);

describe('minute numbers with the year and a colon', () => {
  it('reads "Item 1/13:" as the first item, and a sentence-case label before the next colon as its title', () => {
    const { minutes } = parseLines([
      'Minutes of the Board Meeting of the Elm Vale Residents Association held on Tuesday 5th March 2013',
      '',
      'Present: Dan Tower, Lena Jakes',
      '',
      'Item 1/13: Minutes of the previous meeting: The minutes were approved as a true record.',
      'Item 2/13: Matters arising: Street lights on the quay Several lamps have failed again this month and the council was told.',
    ]);
    expect(items(minutes)).toEqual([
      ['1/13', 'Minutes of the previous meeting'],
      ['2/13', 'Matters arising'],
    ]);
  });

  it('cuts a paragraph before "Item 2/13:" run on after a sentence', () => {
    const { minutes } = parseLines([
      'Minutes of the Board Meeting held on Tuesday 5th March 2013 Present: Dan Tower, Lena Jakes. Apologies: Ann Cole. Item 1/13: Minutes of the previous meeting: The minutes were approved. Item 2/13: Matters arising: None were raised at all.',
    ]);
    expect(items(minutes)).toEqual([
      ['1/13', 'Minutes of the previous meeting'],
      ['2/13', 'Matters arising'],
    ]);
  });
});

describe('items numbered with a slash', () => {
  it('reads "2/ Title Text ..." as a numbered item run into its text', () => {
    const { minutes } = parseLines([
      'Union Council Minutes 4 May 2016',
      '',
      '1/ Welcome and Apologies: Apologies were received from Ann Cole.',
      '',
      '2/ Minutes of the last meeting (2 March 2016) The Chair asked for changes. There were none.',
      '',
      '3/ Budget update The Treasurer reported a small surplus for the year.',
    ]);
    expect(items(minutes)).toEqual([
      ['1', 'Welcome and Apologies'],
      ['2', 'Minutes of the last meeting (2 March 2016)'],
      ['3', 'Budget update'],
    ]);
  });
});

describe('paragraphs opened by a label in sentence case', () => {
  it('reads each label before a colon as a topic, however its words are cased', () => {
    const { minutes } = parseLines([
      'Present: Ann Cole (Chairperson), Ben Dale (Secretary), Cy Eames.',
      '',
      'Apologies: Dee Ford, Eve Gray.',
      '',
      'Welcome: Ann Cole welcomed everyone to the first annual meeting of the group.',
      '',
      'Comments on the reports: There was a general view that the group should hold more open days.',
      '',
      'Election of members of the Patient Group: The following patients were willing to serve for a year.',
    ]);
    expect(items(minutes)).toEqual([
      [null, 'Welcome'],
      [null, 'Comments on the reports'],
      [null, 'Election of members of the Patient Group'],
    ]);
  });

  it('leaves a sentence before a colon in its paragraph', () => {
    const { minutes } = parseLines([
      'Present: Ann Cole, Ben Dale.',
      '',
      'Welcome: Ann Cole welcomed everyone to the meeting.',
      '',
      'The treasurer reported the balance as follows: £200 in the bank and £20 in cash.',
      '',
      'Any other business: None was raised by the members present.',
    ]);
    expect(items(minutes)).toEqual([]);
  });
});

describe('a reference to a sub-item of other minutes', () => {
  it('reads "Item 5 iv) Title – ..." inside the text as no item of its own', () => {
    const { minutes } = parseLines([
      'Minutes of the Committee meeting held on 4 May 2019',
      '',
      'Present: Ann Cole, Ben Dale.',
      '',
      '1. Matters arising',
      '',
      'Item 5 iv) Hall Curtains – a second supplier has agreed to quote for the work.',
      '',
      '2. Finance',
      '',
      'The balance is £200.',
    ]);
    expect(items(minutes)).toEqual([
      ['1', 'Matters arising'],
      ['2', 'Finance'],
    ]);
  });
});

describe('groups of a roster run into one paragraph', () => {
  const { minutes } = parseLines([
    'Minutes of the Board Meeting of the Elm Vale Residents Association held at the Hall on Tuesday 5th March 2013 Present: Chair: Dan Tower (DT) Directors: Lena Jakes, Barry Wood. Visiting Members: Pat Wilt, Vera Punt and Dora Elm. Invited Guests: Yusuf Cole (Community Safety Officer), Jill Broth (Moat Housing) Apologies for absence: Cllr. Andrew Mack, Matt Hill (Harbour Trust), Alan Snell. Item 1/13: Minutes of the previous meeting: The minutes were approved.',
  ]);

  it('gives the chair only to the name after "Chair:", and reads the apologies after a group', () => {
    expect(minutes.attendees.map((a) => [a.attendance, a.name, a.chair])).toEqual([
      ['present', 'Dan Tower', true],
      ['present', 'Lena Jakes', false],
      ['present', 'Barry Wood', false],
      ['present', 'Pat Wilt', false],
      ['present', 'Vera Punt', false],
      ['present', 'Dora Elm', false],
      ['in-attendance', 'Yusuf Cole', false],
      ['in-attendance', 'Jill Broth', false],
      ['apologies', 'Andrew Mack', false],
      ['apologies', 'Matt Hill', false],
      ['apologies', 'Alan Snell', false],
    ]);
  });

  it('keeps a name before a colon inside a list ("Ann Lee: Treasurer") with its entry', () => {
    const { minutes: named } = parseLines([
      'Council Minutes 4 May 2016 Present: Ann Lee: Treasurer, Ben Dale: Secretary, Cy Eames. Note-taker: Dee Ford: Union Manager Apologies: Eve Gray, Finn Hale.',
    ]);
    expect(named.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Eve Gray', 'Finn Hale']);
    expect(named.attendees.map((a) => a.name)).toContain('Ann Lee');
  });
});

describe('people grouped under a place and a dash', () => {
  const { minutes } = parseLines([
    'Elm Court Residents Association',
    'Minutes of the Open Committee Meeting held on Wednesday 4th May 2016 at 7.00pm',
    'Present:',
    'Larch Row – Hal Wood (Larch Representative), Dan Parr (Minuting Secretary).',
    'Oak Close – Pam Tate (Oak Representative), Bryn Cross.',
    'Apologies: Hilda Strand, Cy Brown',
    '',
    '1. Introduction',
    'The chairman welcomed residents.',
  ]);

  it('reads each person after the dash, the group as where they come from', () => {
    expect(minutes.attendees.map((a) => [a.attendance, a.name, a.role])).toEqual([
      ['present', 'Hal Wood', 'Larch Representative'],
      ['present', 'Dan Parr', 'Minuting Secretary'],
      ['present', 'Pam Tate', 'Oak Representative'],
      ['present', 'Bryn Cross', null],
      ['apologies', 'Hilda Strand', null],
      ['apologies', 'Cy Brown', null],
    ]);
  });

  it('keeps one person with a role and a body after a dash as one person', () => {
    const { minutes: one } = parseLines(['Minutes 4 May 2016', 'Present:', 'Jo Finch – Treasurer, Acme Housing', 'Sam Poe – Chair', '', '1. Finance', 'Noted.']);
    expect(one.attendees.map((a) => a.name)).toEqual(['Jo Finch', 'Sam Poe']);
  });
});

describe('a time typed with a space after the hour', () => {
  it('reads "at 7. 30 pm" in the title line as the start', () => {
    const { minutes } = parseLines(['Minutes of the Annual General Meeting held on Tuesday 12th March 2019 at 7. 30 pm.', '', '1.  Welcome', 'The President opened the meeting.']);
    expect(minutes.start).toBe('19:30');
  });
});
