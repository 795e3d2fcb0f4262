// Councils and public boards outside the UK and US: Australian, New Zealand, Canadian, Irish, South African and
// Caribbean minutes (session 15). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.organisation]);

describe('officers listed "Title Name, Post" with the line breaks lost, each post run on into the next title', () => {
  const lines = [
    'MINUTES OF THE REGULAR MONTHLY MEETING OF THE BROOKVALE PARISH COUNCIL HELD ON MARCH 3, 2016',
    '',
    'Members present: Councillor F. Dale, Councillor G. Ward',
    '',
    'Officers in attendance were:',
    '',
    'Mr. A. Hale J.P., Secretary/Manager and Clerk to the Committee Mrs. B. Rowe, Director of Planning Mr. C. Finch, Superintendent of Roads and Works Ms. D. Moss, Ministry of Social Security Mrs. E. Lind, Parish Manager, Social Development Commission',
    '',
    'Devotion',
    '',
    'A prayer was said.',
  ];

  it('parts the people at each title and gives each the post after their comma', () => {
    expect(people(lines).slice(2)).toEqual([
      ['secretariat', 'Mr', 'A. Hale', 'Secretary/Manager and Clerk to the Committee', null],
      ['secretariat', 'Mrs', 'B. Rowe', 'Director of Planning', null],
      ['secretariat', 'Mr', 'C. Finch', 'Superintendent of Roads and Works', null],
      ['secretariat', 'Ms', 'D. Moss', null, 'Ministry of Social Security'],
      ['secretariat', 'Mrs', 'E. Lind', 'Parish Manager', 'Social Development Commission'],
    ]);
  });

  it('still reads a plain list of titled people, none with a post, as it did', () => {
    const plain = lines.map((l) => (l.startsWith('Mr. A. Hale') ? 'Mr. A. Hale, Mrs. B. Rowe, Mr. C. Finch, Ms. D. Moss' : l));
    expect(people(plain).map((p) => p[2])).toEqual(['F. Dale', 'G. Ward', 'A. Hale', 'B. Rowe', 'C. Finch', 'D. Moss']);
  });
});

describe('an In Attendance list of posts with the holder in brackets set off by a run of spaces', () => {
  const lines = [
    'Minutes of the Ordinary Meeting of Council held on Monday 3 March 2025.',
    '',
    'Present',
    '',
    'The Mayor, Councillor Ann Bell OAM',
    '',
    'Councillor Tom Reed',
    '',
    'In Attendance',
    '',
    'General Manager                                   (Mr P Hollis)',
    '',
    'Director Finance                                    (Mrs N Varga)',
    '',
    '1 APOLOGIES',
    '',
    'Nil',
  ];

  it('reads each line as the post, then its holder', () => {
    expect(people(lines).slice(2)).toEqual([
      ['in-attendance', 'Mr', 'P Hollis', 'General Manager', null],
      ['in-attendance', 'Mrs', 'N Varga', 'Director Finance', null],
    ]);
  });

  it('reads "The Mayor, Councillor ..." as the mayor, without the article or the honour after the name', () => {
    expect(people(lines)[0]).toEqual(['present', 'Councillor', 'Ann Bell', 'Mayor', null]);
  });
});

describe('the mayor styled "Her Worship" with the councillor in brackets', () => {
  const lines = [
    'MINUTES OF THE ORDINARY MEETING OF COUNCIL',
    'HELD ON WEDNESDAY, MARCH 5, 2008',
    '',
    'PRESENT',
    '',
    'Her Worship the Mayor (Clr Dunn), Councillors Ash, Birch (from 6.35pm) and Cole',
    '',
    'APOLOGY',
    '',
    'Nil.',
    '',
    '061/08       Disclosure of Interests',
    '',
    'There were no disclosures of interest.',
  ];

  it('takes "Clr" as the title and "Mayor" as the post', () => {
    expect(people(lines)[0]).toEqual(['present', 'Clr', 'Dunn', 'Mayor', null]);
  });
});

describe('a venue whose name holds the word "meeting" under the title', () => {
  const lines = [
    'Minutes Ordinary Council Meeting',
    'River Hall Meeting Centre, Brookton',
    '6:00pm, Tuesday 10TH DECEMBER, 2019',
    '',
    'PRESENT: Cr Ann Lee (Mayor), Cr Tom Hale',
    '',
    '1 APOLOGIES',
    '',
    'Nil',
  ];

  it('keeps the first line as the title, not the place', () => {
    expect(minutes(lines).title).toBe('Minutes Ordinary Council Meeting');
  });

  it('reads the place line as the venue', () => {
    expect(minutes(lines).venue).toBe('River Hall Meeting Centre, Brookton');
  });
});

describe('a centred title block with the place, "ON" alone, then the date, and the chair named in the opening sentence', () => {
  const lines = [
    'MINUTES',
    '',
    'BROOK CITY COUNCIL',
    'Ordinary Council Meeting',
    '',
    'COUNCIL ADMINISTRATION BUILDING',
    'ON',
    'Thursday, 23 July 2020 AT 5.00pm',
    '',
    'PRESENT:   Cr Ann Lee, Cr Tom Hale, Cr Jo Finch',
    '',
    'Opening of Ordinary Meeting',
    '',
    'The meeting commenced at 5.00pm with the Mayor, Cr A Lee in the chair.',
    '',
    'Apologies',
    '',
    'No apologies.',
  ];

  it('leaves the lone "ON" out of the venue', () => {
    expect(minutes(lines).venue).toBe('COUNCIL ADMINISTRATION BUILDING');
  });

  it('marks the one named before "in the chair" as the chair', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ann Lee']);
  });
});

describe('a session dated with the day in words', () => {
  const lines = [
    'MINUTES OF THE COUNCIL OF THE COUNTY OF BROOK',
    '',
    'Brook County Council meets in regular session this eleventh day of April 2012, in the Council Chamber, County Administration Building, Brookton.',
    '',
    '1. CALL TO ORDER: 9:35 a.m. with Warden Hale in the chair.',
    '',
    '2. APPROVAL OF AGENDA',
  ];

  it('reads "this eleventh day of April 2012" as the date', () => {
    expect(minutes(lines).date).toBe('2012-04-11');
  });

  it('reads a compound ordinal, and no day past the month\'s end', () => {
    const dated = (words: string) => minutes(['Minutes of the Brook Council', '', `The Council met this ${words}.`, '', '1. Apologies']).date;
    expect(dated('twenty-third day of May, 2016')).toBe('2016-05-23');
    expect(dated('thirtieth day of February 2016')).toBeNull();
  });
});

describe('an advisory committee listing what each member represents before the name', () => {
  const lines = [
    'Minutes of the Brook Multicultural Advisory Committee',
    '',
    'Tuesday, 5th June 2012',
    '',
    'Committee Members',
    '',
    'Councillor C Wong (Chair)',
    'MRC, Ada Chow',
    'Community Member, Ravi Singh',
    'Manager Community Services, Mr D Lind',
    'Community Worker, Multicultural & Indigenous, Ms J Bass',
    '',
    'Apologies for the inability to be present were tendered on behalf of Councillor N Liu and Councillor B Hale.',
    '',
    '1. Refugee Week',
    '',
    'Noted.',
  ];

  it('reads a body before the comma as the organisation and a post as the role', () => {
    expect(people(lines).slice(1, 5)).toEqual([
      ['present', null, 'Ada Chow', null, 'MRC'],
      ['present', null, 'Ravi Singh', 'Community Member', null],
      ['present', 'Mr', 'D Lind', 'Manager Community Services', null],
      ['present', 'Ms', 'J Bass', 'Community Worker, Multicultural & Indigenous', null],
    ]);
  });

  it('reads "apologies ... were tendered on behalf of" as the apologies', () => {
    expect(people(lines).filter((p) => p[0] === 'apologies').map((p) => p[2])).toEqual(['N Liu', 'B Hale']);
  });

  it('still reads a name with a dashed post before a body in capitals as one person', () => {
    const dashed = lines.map((l) => (l === 'MRC, Ada Chow' ? 'Jo Kearns – Chief Executive Officer, BUILD Brookton' : l));
    expect(people(dashed)[1]?.[2]).toBe('Jo Kearns');
  });
});

describe('a Caribbean corporation\'s minutes: the first page\'s number above the title, and "Present were:-"', () => {
  const lines = [
    '1',
    '',
    'MINUTES OF THE MEETING OF GENERAL COUNCIL HELD ON THURSDAY, MAY 11, 2017',
    '',
    'The monthly meeting of the St. Brook Municipal Corporation was held on Thursday, May 11, 2017 in the Corporation’s Chambers, commencing at 10:10 a.m.',
    '',
    'Present were:-',
    '',
    'Councillor Ann Lee (Chairman)',
    'Councillor Tom Hale',
    '',
    'NOTICE',
    '',
    'The Notice convening the meeting was read.',
  ];

  it('reads the "1" as the page\'s number and the line under it as the title', () => {
    const m = minutes(lines);
    expect([m.title, m.date, m.start]).toEqual(['MINUTES OF THE MEETING OF GENERAL COUNCIL HELD ON THURSDAY, MAY 11, 2017', '2017-05-11', '10:10']);
  });

  it('reads the list under "Present were:-"', () => {
    expect(people(lines).map((p) => p[2])).toEqual(['Ann Lee', 'Tom Hale']);
  });

  it('still reads "1" over the minutes of another meeting as the first item', () => {
    const item = ['1', '', 'Minutes of the meeting held on 4 May 2017', '', 'The minutes of the meeting held on 4 May 2017 were approved.', '', '2', '', 'Budget', '', 'Noted.'];
    expect(minutes(item).items[0]?.number).toBe('1');
  });
});

describe('a "Location:" field whose place runs on over the address lines under it', () => {
  const lines = [
    'Council Meeting Minutes',
    '',
    'Date:',
    'May 27, 2024',
    'Location:',
    'Council Chambers - Hybrid',
    '12 Mill Road West',
    'Brookton, Ontario',
    'N3A 1A1',
    'Members Present:',
    '  • Mayor A. Lee',
    '  • Councillor B. Hale',
    '',
    '1. Call to Order',
  ];

  it('joins the street, the town and region, and the postal code to the place', () => {
    expect(minutes(lines).venue).toBe('Council Chambers - Hybrid, 12 Mill Road West, Brookton, Ontario, N3A 1A1');
  });
});

describe('councillors listed by surname after a plural title, with times of arrival in brackets', () => {
  const lines = [
    'MINUTES OF THE ORDINARY MEETING OF COUNCIL',
    'HELD ON WEDNESDAY, MARCH 5, 2008',
    '',
    'PRESENT',
    '',
    'Councillors Ash, Drew (from 6.35pm) and Egan',
    '',
    'APOLOGY',
    '',
    'Nil.',
  ];

  it('keeps the last surname after a bracketed note and "and"', () => {
    expect(people(lines).map((p) => [p[1], p[2]])).toEqual([
      ['Councillor', 'Ash'],
      ['Councillor', 'Drew'],
      ['Councillor', 'Egan'],
    ]);
  });
});

describe('an inaugural meeting\'s cover title', () => {
  it('reads "INAUGURAL" as the kind of meeting, no body', () => {
    const lines = ['INAUGURAL MEETING OF THE COUNCIL', '', 'MINUTES', '', 'DATE : 12 AUGUST 2016', '', '1. OPENING OF MEETING', '', 'The Municipal Manager took the chair.'];
    expect(minutes(lines).body).not.toBe('INAUGURAL');
  });
});
