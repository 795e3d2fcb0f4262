// Food, farming and agriculture bodies' minutes: farmers' unions, show societies, conservation districts, food
// partnerships, allotment associations (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

describe('a show society\'s list labels closed by a hyphen ("In attendance-", "Apologies- ...")', () => {
  const lines = [
    'Minutes Meeting Harvest Show Society Inc.',
    '',
    '15th January 2007',
    '',
    'In attendance-',
    '',
    'Ann Hale, Vice President, Tom Reed, Treasurer.',
    '',
    'Apologies- Jo Finch, Sam Lowe.',
    '',
    'The minutes of the previous meeting were read.',
  ];

  it('reads the names below the label and after the hyphen as the two lists', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['apologies', 'Jo Finch'],
      ['apologies', 'Sam Lowe'],
    ]);
  });
});

describe('an allotment committee\'s "Members Present," closed by a comma under a run-in apologies line', () => {
  const lines = [
    'Orchard Lane Allotments Association Committee Meeting',
    'Held on the 4th September 2010 at the Hut',
    'Apologies Al Smith, Terry Good, John Harp.',
    'Committee Members Present, Chairman Barry Bott, Treasurer Norah Gale, Ann Harp, Nev Lowe.',
    '1 Meeting declared open at 4pm by Barry.',
    '2 Secretary report',
  ];

  it('starts the list of those present at the comma-closed label, not as more apologies', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Al Smith'],
      ['apologies', 'Terry Good'],
      ['apologies', 'John Harp'],
      ['present', 'Barry Bott'],
      ['present', 'Norah Gale'],
      ['present', 'Ann Harp'],
      ['present', 'Nev Lowe'],
    ]);
  });

  it('leaves a phrase that is no list label before its comma alone', () => {
    const prose = ['Garden Club Meeting', '4 May 2011', '', 'Present: Ann Hale, Tom Reed', '', 'Plot rents, Water rates, Sheds and Paths were discussed.'];
    expect(people(prose)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
    ]);
  });
});

describe('a list wrapped with a run of spaces after a comma', () => {
  const lines = [
    'General Meeting – 9th Nov, 2015',
    '',
    'PRESENT:  Ann Hale – Chair, Jo Row – Minutes, Sue Combe –Treasurer, Dick Row, Liz York,                   Lyn Moor,Gill Marsh, Alan Mead.',
    '',
    'APOLOGIES:    Gwyn Owen and Derek Ward.',
    '',
    'WELCOME: Ann welcomed everyone.',
  ];

  it('reads the spaces as the wrap, not as a column between cells', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Hale'],
      ['secretariat', 'Jo Row'],
      ['present', 'Sue Combe'],
      ['present', 'Dick Row'],
      ['present', 'Liz York'],
      ['present', 'Lyn Moor'],
      ['present', 'Gill Marsh'],
      ['present', 'Alan Mead'],
      ['apologies', 'Gwyn Owen'],
      ['apologies', 'Derek Ward'],
    ]);
  });
});

describe("a farm bureau's minutes printed one paragraph to a line, no blank lines between", () => {
  const long = 'The board discussed the county fair booth and the scholarship applications received this year from the three high schools, and agreed to review them next month.';
  const lines = [
    'MINUTES for Riverside County Farm Bureau Board Meeting March 5, 2012',
    'Meeting was called to order at 7:00 pm by President Ann Hale.  Present were board members Tom Reed, Jo Finch and Sam Lowe.',
    'Minutes were read and approved.  Treasurer’s report was given.',
    `Correspondence:  Thank you letters were received from the FFA chapters. ${long}`,
    `Old Business:  Tom reported on the speech contest. ${long}`,
    `New Business:  Jo suggested a grocery store event for Food Check Out Week. ${long}`,
    'Motion: That the board allow $50 per store plus expenses, which was moved by Sam and seconded by Tom and carried by all the members present.',
  ];

  it('reads each long labelled line as a topic of its own', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Correspondence', 'Old Business', 'New Business']);
  });

  it('reads no labelled line as a topic where the lines are a wrapped paragraph', () => {
    const wrapped = [
      'MINUTES for Riverside County Farm Bureau Board Meeting March 5, 2012',
      'Meeting was called to order at 7:00 pm by President Ann Hale.',
      'Minutes were read and approved.',
      'Correspondence:  Thank you letters were received from the FFA chapters.',
      'Old Business:  Tom reported on the speech contest.',
      'New Business:  Jo suggested a grocery store event.',
    ];
    expect(minutes(wrapped).items).toEqual([]);
  });
});

describe("a food policy board's lists run together in one flattened paragraph", () => {
  const lines = [
    'Approved Minutes',
    'Lakeside County Food Policy Board MEETING MINUTES July 18th, 2022 The Lakeside County Food Policy Board convened a regular meeting on Monday July 18th at the Civic Centre. Board Members in Attendance: Ann Hale, Tom Reed, Jo Finch Board Members Absent: Sam Lowe, Kim Cole Staff in Attendance: Lee Ward, Pat Moss Guests Present: Dee Shaw, Al Byrne. CALL TO ORDER Board Chair Ann Hale called the meeting to order at 6:07 p.m.',
  ];

  it('cuts the paragraph before each list label, the members in attendance, the absent, the staff and the guests', () => {
    expect(people(lines).slice(0, 9)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['present', 'Jo Finch'],
      ['apologies', 'Sam Lowe'],
      ['apologies', 'Kim Cole'],
      ['secretariat', 'Lee Ward'],
      ['secretariat', 'Pat Moss'],
      ['in-attendance', 'Dee Shaw'],
      ['in-attendance', 'Al Byrne'],
    ]);
  });
});

describe("a conservation district's staff posts", () => {
  const lines = [
    'Riverbend SWCD Board of Supervisors',
    'July 9, 2015',
    '',
    'Members Present: Ann Hale, Tom Reed',
    '',
    'Others Present',
    '',
    'Noel Frank, District Conservationist, NRCS',
    '',
    'The agenda was reviewed and approved.',
  ];

  it('reads "District Conservationist" as the post of the name before it, not as a second person', () => {
    const others = minutes(lines).attendees.filter((a) => a.attendance === 'in-attendance');
    expect(others.map((a) => [a.name, a.role])).toEqual([['Noel Frank', 'District Conservationist']]);
  });
});

describe('where the meeting was held, said after the date', () => {
  const venue = (sentence: string) => minutes(['Orchard Lane Society Committee Meeting', sentence, 'Present: Ann Hale, Tom Reed', '1 Welcome']).venue;

  it('reads the place after "held its monthly meeting on <date>"', () => {
    expect(venue('The Board of Supervisors held its monthly meeting on Tuesday, August 19, 2014 in the Ag Service Center.')).toBe('the Ag Service Center');
  });

  it('reads a portacabin as a place', () => {
    expect(venue('Held on the 4th September 2010 at the Portacabin')).toBe('the Portacabin');
  });
});

describe('a clock run into "at" by a converter', () => {
  const start = (sentence: string) => minutes(['Board of Supervisors Meeting –Tuesday, March 18, 2014', '', sentence, '', 'The agenda was reviewed.']).start;

  it('reads "at1:03p.m." as the clock, not its minutes "03p.m." as three o\'clock', () => {
    expect(start('Chairman Jo Finch called the regular board meeting to order on Tuesday, March 18, at1:03p.m. at the Hall.')).toBe('13:03');
    expect(start('Chairman Jo Finch called the meeting to order at1:03p.m.')).toBe('13:03');
  });
});

describe('a farmers\' union local\'s lists named by the part of the body', () => {
  const lines = [
    'Minutes from June 14, 2017 Farmers Union Local 12',
    '',
    'Present from executive: Ann Hale, Tom Reed',
    '',
    'Present from members: Jo Finch',
    '',
    'Associate member: Sam Lowe, Kim Cole',
    '',
    'Present from Staff: Lee Ward',
    '',
    '1. Call to order – 7:12 p.m.',
  ];

  it('reads "Present from ...:" and "Associate member:" as those present, staff as the secretariat', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['present', 'Jo Finch'],
      ['present', 'Sam Lowe'],
      ['present', 'Kim Cole'],
      ['secretariat', 'Lee Ward'],
    ]);
  });
});

describe('a list label closed by an em dash against the names, as old newspaper reports printed it', () => {
  const lines = [
    'SHOW ASSOCIATION.',
    '',
    'The General Committee of the Riverside A. and P. Association met on Saturday.',
    '',
    'Present—Messrs D. Hale (in the chair), F. Westerway, J. W. Belgrave and H. Roper.',
    '',
    'It was decided to ask the caterer for a reduction in the price of luncheons.',
  ];

  it('reads the names after the dash as those present', () => {
    expect(people(lines)).toEqual([
      ['present', 'D. Hale'],
      ['present', 'F. Westerway'],
      ['present', 'J. W. Belgrave'],
      ['present', 'H. Roper'],
    ]);
  });
});

describe("an allotment AGM's attendance line whose later sentences open other lists", () => {
  const lines = [
    'Draft minutes for the AGM 10th March 2013',
    "Attending; Ann Hale, Tom Reed, Mr Stone and Jo Finch. Apologies for absence - Sam Lowe. Visitor - Kim Cole.",
    '',
    'The amendment to the rent period was agreed by all.',
  ];

  it('puts the names after "Apologies for absence -" and "Visitor -" on those lists', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['present', 'Stone'],
      ['present', 'Jo Finch'],
      ['apologies', 'Sam Lowe'],
      ['in-attendance', 'Kim Cole'],
    ]);
  });
});
