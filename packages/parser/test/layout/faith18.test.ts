// Faith and church bodies' minutes: councils, chapters, synods, vestries, temple and mosque boards (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe("the clergy's styles before a name", () => {
  const lines = [
    'DIOCESAN BOARD MEETING',
    'Minutes of Tuesday 4 March 2014 at 10.00am',
    '',
    'Present: The Right Rev’d Dr Ann Hale (Chair), Ven Tom Reed, Rev’d Jo Finch, The Very Reverend Dr Sam Lowe, Pastor Ade Bello, Deacon Mary Cole',
    "Apologies: Rev'd Canon Lee Ward, Pandit Ravi Joshi, The Most Revd Alan Moss",
    '',
    '1. Welcome',
  ];

  it('keeps each style, with either apostrophe, as the honorific and off the name', () => {
    expect(people(lines)).toEqual([
      ['present', 'The Right Rev’d Dr', 'Ann Hale'],
      ['present', 'Ven', 'Tom Reed'],
      ['present', 'Rev’d', 'Jo Finch'],
      ['present', 'The Very Reverend Dr', 'Sam Lowe'],
      ['present', 'Pastor', 'Ade Bello'],
      ['present', 'Deacon', 'Mary Cole'],
      ['apologies', "Rev'd Canon", 'Lee Ward'],
      ['apologies', 'Pandit', 'Ravi Joshi'],
      ['apologies', 'The Most Revd', 'Alan Moss'],
    ]);
  });

  it('leaves "Ven" as a given name before a surname alone', () => {
    const council = ['COUNCIL MEETING', '', 'Present: Ann Hale, Ven Okafor, Tom Reed', '', '1. Welcome'];
    expect(people(council).map((p) => p[2])).toEqual(['Ann Hale', 'Ven Okafor', 'Tom Reed']);
  });
});

describe('a circuit meeting\'s list with a comma before every bracket, after "Present were:"', () => {
  const lines = [
    'Minutes of the Circuit Meeting held at Wesley Chapel. Wednesday, 4th March 2020, at 7.30pm.',
    '',
    'Present were: Rev. Ann Hale, Mr Tom Reed, (Secretary), Jo Finch, (Circuit Steward), Sam Lowe, (Brookside), Kim Cole, (), and Lee Ward, (Hillview).',
    '',
    'Apologies were received from: Rev. Pat Moss, Tim Roe and Jan Dale.',
  ];
  const described = () => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

  it('reads the names after the sentence label as those present', () => {
    expect(described().filter((a) => a[0] === 'present').map((a) => a[1])).toEqual(['Ann Hale', 'Tom Reed', 'Jo Finch', 'Sam Lowe', 'Kim Cole', 'Lee Ward']);
  });

  it('puts each bracket alone back on the name before it, and drops an empty one', () => {
    expect(described()).toEqual([
      ['present', 'Ann Hale', null],
      ['present', 'Tom Reed', 'Secretary'],
      ['present', 'Jo Finch', 'Circuit Steward'],
      ['present', 'Sam Lowe', 'Brookside'],
      ['present', 'Kim Cole', null],
      ['present', 'Lee Ward', 'Hillview'],
      ['apologies', 'Pat Moss', null],
      ['apologies', 'Tim Roe', null],
      ['apologies', 'Jan Dale', null],
    ]);
  });
});

describe("the body named in a title beside the meeting's ordinal, or between 'Minutes' and 'Meeting'", () => {
  const bodyOf = (title: string) => minutes([title, '', 'Present: Ann Hale, Tom Reed', '', '1. Welcome']).body;

  it('leaves the ordinal of the meeting and all after it out of the name', () => {
    expect(bodyOf('Brook Interfaith Group 4th Committee Meeting of 2018/19 Final Minutes 12.03.2019')).toBe('Brook Interfaith Group');
  });

  it('reads the body between "Minutes" and "Meeting" when the words name one', () => {
    expect(bodyOf('Minutes Interfaith Board Meeting')).toBe('Interfaith Board');
    expect(bodyOf('Minutes Regular Meeting')).toBeNull();
  });

  it('names no body after "Minutes:" with the day of the meeting alone', () => {
    expect(bodyOf('Minutes: April 17')).toBeNull();
    expect(bodyOf('Minutes: 17th April')).toBeNull();
  });
});

describe('a pastoral council\'s numbered minutes run into one paragraph, the first a "Present were" sentence', () => {
  const lines = [
    'Minutes of the Brook Parish Pastoral Council',
    '',
    '1. Present were Ann Hale, Tom Reed, Fr Jo Finch. Apologies were received from Sam Lowe. 2. The opening prayer was led by Ann Hale. 3. Minutes of the last meeting were approved. 4. Election of officers: Kim Cole was elected Chair.',
  ];

  it('reads the sentence as the list of those present, beside the apologies after it', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ann Hale'],
      ['present', null, 'Tom Reed'],
      ['present', 'Fr', 'Jo Finch'],
      ['apologies', null, 'Sam Lowe'],
    ]);
  });

  it('keeps the numbered sentences as the items', () => {
    expect(minutes(lines).items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
  });
});

describe("a synod's list whose commas were lost, the clergy's styles between the names", () => {
  const lines = ['Minutes of the Brook Deanery Synod', '', 'Present: Revd A Lee Canon B Roe Mrs C Day Fr D Moss', 'Apologies Dr Ann Hale Rev’d Jo Finch Pastor Sam Lowe', '', '1. Welcome'];

  it('parts the people at each style', () => {
    expect(people(lines)).toEqual([
      ['present', 'Revd', 'A Lee'],
      ['present', 'Canon', 'B Roe'],
      ['present', 'Mrs', 'C Day'],
      ['present', 'Fr', 'D Moss'],
      ['apologies', 'Dr', 'Ann Hale'],
      ['apologies', 'Rev’d', 'Jo Finch'],
      ['apologies', 'Pastor', 'Sam Lowe'],
    ]);
  });
});

describe('a sentence after the list that names those there besides', () => {
  const lines = ['Minutes Brook Interfaith Board Meeting', 'October 23rd, 2007', '', 'Present were: Ann Hale, Tom Reed, Father Jo Finch. Also attending were Rev. Sam Lowe and Rev. Kim Cole', 'Report was given to the board.'];

  it('reads the names after "Also attending were" as in attendance', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Ann Hale'],
      ['present', null, 'Tom Reed'],
      ['present', 'Father', 'Jo Finch'],
      ['in-attendance', 'Rev', 'Sam Lowe'],
      ['in-attendance', 'Rev', 'Kim Cole'],
    ]);
  });
});
