// Professional bodies' minutes: branch and regional committees of chartered institutes, law societies, medical and
// dental societies and committees, engineering and surveying institutes (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance]);

describe('apologies a committee "accepted" and a list title with a full stop', () => {
  it('reads "Apologies were accepted from Drs A, B, C" under the list of those present as the apologies', () => {
    const text = [
      'Minute of the meeting held on Monday 6th March 2023 in the Board Room, Harbour House, Kelso.',
      '',
      'Present: Dr Ann Lorimer (Chair), Dr Colin Baird (Secretary), Dr Iona Reid',
      '',
      'Apologies were accepted from Drs Hamish Tait, Morag Doig, Ewan Frew',
      '',
      'Accepted as correct.',
    ];
    expect(people(text)).toEqual([
      ['Ann Lorimer', 'present'],
      ['Colin Baird', 'present'],
      ['Iona Reid', 'present'],
      ['Hamish Tait', 'apologies'],
      ['Morag Doig', 'apologies'],
      ['Ewan Frew', 'apologies'],
    ]);
  });

  it('reads "from Drs. A, B, C." in an item: the stop after the plural title ends no sentence', () => {
    const text = [
      'Minute of the meeting of the Borders Medical Committee',
      '',
      'Monday 5th June 2023 at 4.30 pm',
      '',
      'Present: Drs. Ann Lorimer, Colin Baird, Iona Reid.',
      '',
      '1) Welcome and apologies',
      '',
      'The chair welcomed the committee.',
      '',
      'Apologies were received from Drs. Hamish Tait, Morag Doig, Ewan Frew.',
      '',
      '2) Minute of last meeting',
      '',
      'Approved.',
    ];
    expect(people(text).filter(([, attendance]) => attendance === 'apologies')).toEqual([
      ['Hamish Tait', 'apologies'],
      ['Morag Doig', 'apologies'],
      ['Ewan Frew', 'apologies'],
    ]);
  });
});

describe('a blog post of a society\'s meeting: the post\'s date line, then the session and meeting', () => {
  const text = [
    '01 October, 2019',
    '',
    'Session 88 2019-20: 1st Council Meeting, Tuesday 1 October 2019',
    '',
    'Present: Dr Lennox, Dr Pirie, Prof. Auld',
    '',
    'Apologies: Dr Kerr',
    '',
    'Minutes: Accepted and approved.',
    '',
    'Dinner: The dinner will be held in the Grosvenor Hotel.',
  ];

  it('reads "01 October, 2019" as a date line, not as item 1 "October, 2019"', () => {
    const m = minutes(text);
    expect(m.date).toBe('2019-10-01');
    expect(m.items.map((i) => i.title)).not.toContain('October, 2019');
    expect(m.title).toBe('Session 88 2019-20: 1st Council Meeting, Tuesday 1 October 2019');
  });

  it('reads no body from the numbered session before the colon', () => {
    expect(minutes(text.slice(2)).body).toBeNull();
    expect(minutes(['Spring Term 2020: Parish Council Meeting, Tuesday 3 March 2020', '', 'Present: Cllr Lee', '', '1. Apologies', 'None.']).body).toBe('Parish Council');
  });
});

describe('who chaired, said in a sentence where no list names those present', () => {
  const chairs = (lines: string[]) => minutes(lines).attendees.filter((a) => a.chair).map((a) => [a.name, a.role]);

  it('reads "The President, Dr Ann Lowe, was in the chair" as the chair, with the post', () => {
    const text = [
      'Minutes of the Annual General Meeting',
      '',
      'The Society met at 7.30pm on 4 May 2021 in the Lecture Theatre. The President, Dr Ann Lowe, was in the chair and 9 members attended.',
      '',
      'Apologies: Apologies were received from Dr Tom Reid.',
      '',
      'Treasurers Report: The accounts were approved.',
    ];
    expect(chairs(text)).toEqual([['Ann Lowe', 'President']]);
  });

  it('reads "The president, Jo Finch, was in the chair." as minutes with their chair, though nothing else lists anyone', () => {
    const text = ['Minutes of annual general meeting', '', 'The president, Jo Finch, was in the chair.', '', 'Election of auditors', 'The auditors were re-appointed.'];
    expect(chairs(text)).toEqual([['Jo Finch', 'president']]);
  });

  it('reads "called to Order by President Hale at 11:30 AM" and "called to order by Dr. Moss at 1:30 p.m." as the chair', () => {
    const first = ['MINUTES OF THE FIRST BUSINESS MEETING', 'March 3, 2012', '', 'The meeting was called to Order by President Hale at 11:30 AM.', '', 'REPORT OF THE AUDIT COMMITTEE', 'The books were in order.'];
    expect(chairs(first)).toEqual([['Hale', 'President']]);
    const second = ['Minutes of the executive committee', 'June 9, 2012', '', 'Call to Order: The meeting was called to order by Dr. Moss at 1:30 p.m.', '', 'Report of the Secretary: The dates were agreed.'];
    expect(chairs(second)).toEqual([['Moss', null]]);
  });

  it('reads "Call to Order by President at 1:30pm" as the chair: the one listed with that post', () => {
    const text = ['Board Meeting', 'March 3, 2012', '', 'In Attendance:', '', 'Ruth Lane, President', 'Omar Diaz, Treasurer', '', 'Call to Order by President at 1:30pm', '', 'Board Reports'];
    expect(chairs(text)).toEqual([['Ruth Lane', 'President']]);
  });
});

describe('one person after a list label in capitals, and apologies after "The following apologies were received:"', () => {
  it('reads "IN ATTENDANCE Jean Moir (Clerk)" as one person in attendance, the post in brackets', () => {
    const text = ['Minute of the meeting held on Monday 6th March 2023.', '', 'Present: Ann Lorimer, Colin Baird', '', 'IN ATTENDANCE Jean Moir (Clerk)', '', 'Apologies were accepted from Iona Reid', '', 'Accepted as correct.'];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance, a.role])).toEqual([
      ['Ann Lorimer', 'present', null],
      ['Colin Baird', 'present', null],
      ['Jean Moir', 'in-attendance', 'Clerk'],
      ['Iona Reid', 'apologies', null],
    ]);
  });

  it('reads the chair who welcomed those present, and the names after "The following apologies were received:"', () => {
    const text = [
      'Draft Minutes of the 2019 Annual General Meeting of the Fife Branch held on Monday 10th June 2019 at 6:30 pm.',
      '',
      '1. Welcome/Apologies',
      '   Moira Kerr (Chair) welcomed the members present. The following apologies were received:',
      '   Ian Dow, Lena Park, and Omar Shah.',
      '',
      '2. Minutes of the AGM of 4th June 2018',
      '   The minutes were approved.',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Moira Kerr', 'present', true],
      ['Ian Dow', 'apologies', false],
      ['Lena Park', 'apologies', false],
      ['Omar Shah', 'apologies', false],
    ]);
  });
});

describe('a web page\'s caption over the dated line that repeats it, and a resort as the venue', () => {
  it('reads "Minutes from Committee Meeting 4th May 2011" under the page\'s "Committee Meeting" as the title', () => {
    const text = ['Committee Meeting', '', '', '', 'Minutes from Committee Meeting 4th May 2011', '', 'PRESENT: Dr A Lowe, Prof B Hale', '', '1. Apologies', '', 'Dr C Finch'];
    expect(minutes(text).title).toBe('Minutes from Committee Meeting 4th May 2011');
  });

  it('reads "Board Minutes - March 9, 2012" under "Board Minutes" as the title, and the resort on the next line as the venue', () => {
    const text = ['Board Minutes', '', 'Board Minutes - March 9, 2012', 'Lakeside Pines Golf Resort', '', 'Members Present:', 'Ann Lowe, President', 'Bo Hale, Secretary', '', '1. Minutes:', 'Approved.'];
    const m = minutes(text);
    expect(m.title).toBe('Board Minutes - March 9, 2012');
    expect(m.venue).toBe('Lakeside Pines Golf Resort');
  });
});

describe('a council\'s members laid out two names to a row (a PDF saved as text)', () => {
  it('reads each cell of five rows of two bare names as a person, and a post and surname beside a name as two people', () => {
    const text = [
      'MINUTES of a MEETING of the Council held at Guild House, Perth on Friday 5 May 2023, commencing at 2.00pm',
      '',
      'Present:',
      '                     Beth Adair                             Carol Lyall',
      '                     Vice President Rennie                  Alan Keir',
      '                     Duncan Bain                            Fiona Munro',
      '                     Gordon Blyth                           Hazel Niven',
      '                     Ian Boyd                               Jean Orr',
      '                     Kirsty Cairns                          Lewis Pratt',
      '                     Morag Dunn                             Neil Quinn',
      '                     Olive Ewing',
      '',
      '1         Apologies',
      '          There were apologies from Mr Todd.',
    ];
    expect(minutes(text).attendees.filter((a) => a.attendance === 'present').map((a) => [a.name, a.role, a.organisation])).toEqual([
      ...['Beth Adair', 'Carol Lyall'].map((n) => [n, null, null]),
      ['Rennie', 'Vice President', null],
      ...['Alan Keir', 'Duncan Bain', 'Fiona Munro', 'Gordon Blyth', 'Hazel Niven', 'Ian Boyd', 'Jean Orr', 'Kirsty Cairns', 'Lewis Pratt', 'Morag Dunn', 'Neil Quinn', 'Olive Ewing'].map((n) => [n, null, null]),
    ]);
  });

  it('keeps "Name      Organisation" rows whose organisations repeat as one person each', () => {
    const text = [
      'Minutes of the Partnership meeting, 5 May 2023',
      '',
      'Present:',
      'Ann Lowe          Harbour Homes',
      'Bob Hale          Harbour Homes',
      'Cara Moss         Riverside Works',
      'Dan Reed          Riverside Works',
      'Eve Finch         Harbour Homes',
      '',
      '1. Apologies',
      'None.',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ann Lowe', 'Harbour Homes'],
      ['Bob Hale', 'Harbour Homes'],
      ['Cara Moss', 'Riverside Works'],
      ['Dan Reed', 'Riverside Works'],
      ['Eve Finch', 'Harbour Homes'],
    ]);
  });
});

describe('a Word table of labelled rows, each label run into its sentence', () => {
  it('reads no title from "MinutesThe minutes of the <date> Board meeting were approved", and the date the call to order gives', () => {
    const text = [
      'Tulsa County Dental Society',
      'Board of Directors',
      'Call To OrderThe TCDS Board of Directors meeting was called to order on Tuesday, April 5, 2016 6:00 PM by President Ann Lowe.',
      'MinutesThe minutes of the January 12, 2016 Board meeting were approved as mailed.',
      'TreasurerDr. Bo Hale reported the total assets.',
    ];
    const m = minutes(text);
    expect(m.date).toBe('2016-04-05');
    expect(m.title).not.toMatch(/^MinutesThe/);
  });
});

describe('the board members named in the sentence that establishes the quorum', () => {
  it('reads "A quorum was established with board members A, B, and C." as those present, the one who called the meeting to order the chair', () => {
    const text = [
      'PRAIRIE STATE DENTAL HYGIENISTS’ ASSOCIATION EXECUTIVE BOARD MEETING FRIDAY, MAY 3, 2019 President Lia Stone called the meeting to order at 2:30 PM. A quorum was established with board members Lia Stone, Rita Vance, Jo Quill, and Sam Ortiz. Announcements: Vance read the minutes. Motion carried.',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Lia Stone', 'present', true],
      ['Rita Vance', 'present', false],
      ['Jo Quill', 'present', false],
      ['Sam Ortiz', 'present', false],
    ]);
  });
});

describe('the body whose members met', () => {
  it('reads "meeting (AGM) of the members of the Law Society" as the Law Society\'s meeting', () => {
    const text = ['Minutes of the annual general meeting (AGM) of the members of the Law Society held at the Society\'s Hall on Thursday, 17 July 2025, at 2.30pm.', '', 'The president, Jo Finch, was in the chair.', '', 'Election of auditors', 'The auditors were re-elected.'];
    expect(minutes(text).body).toBe('Law Society');
  });
});
