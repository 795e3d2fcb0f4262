// School governing bodies, academy trust boards and college corporations (session 25): full governing body and committee
// minutes from Word forms and PDF extractions. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a committee form whose date field comes after its chair and clerk fields', () => {
  // A Word form of one-line fields ("Committee:", "Chair:", "Clerk:", "Date of meeting:", "Venue:", "Time:") over the lists.
  const form = (date: string) => [
    'Governing Body PREMISES COMMITTEE Minutes',
    '',
    'Committee: Premises Committee',
    '',
    'Chair: Mrs T Ormond',
    '',
    'Clerk: Mr P Larch',
    '',
    date,
    '',
    'Venue: Staff Room',
    '',
    'Time: 5pm',
    '',
    'Governors: Mrs T Ormond (TO), Mr G Vance (GV), Ms R Quill (RQ)',
    'Apologies: Mr H Dorn (HD)',
    '1 / Welcome',
    'The Chair welcomed everyone.',
  ];

  it('reads "Date of meeting:" as the meeting\'s date field, with a space after the colon or none', () => {
    expect(minutes(form('Date of meeting: Tuesday 9th March 2021')).date).toBe('2021-03-09');
    expect(minutes(form('Date of meeting:Tuesday 9th March 2021')).date).toBe('2021-03-09');
    expect(minutes(form('Meeting date: Tuesday 9th March 2021')).date).toBe('2021-03-09');
  });

  it('reads the venue field after it too', () => {
    expect(minutes(form('Date of meeting:Tuesday 9th March 2021')).venue).toBe('Staff Room');
  });

  it('still reads the chair and the clerk fields as people', () => {
    expect(people(form('Date of meeting: Tuesday 9th March 2021'))).toEqual([
      ['secretariat', 'Mr', 'P Larch'],
      ['present', 'Mrs', 'T Ormond'],
      ['present', 'Mr', 'G Vance'],
      ['present', 'Ms', 'R Quill'],
      ['apologies', 'Mr', 'H Dorn'],
    ]);
  });
});

describe('a dated heading whose spaces a PDF extraction lost', () => {
  it('reads the date when the "at" before the time is glued to the year', () => {
    const lines = ['Minutes of the Meeting held on 14thNovember 2019at 6.15pm', 'PRESENT: Mrs Ada Penn, Mr Rob Lowe.', '', '2 Budget', 'The budget was noted.'];
    expect(minutes(lines).date).toBe('2019-11-14');
    expect(minutes(lines).start).toBe('18:15');
  });

  it('still reads no year in figures followed by an ordinal ending or a word', () => {
    expect(minutes(['Minutes of the meeting of 3 May 2014th', '', 'Present: Ada Penn']).date).toBeNull();
    expect(minutes(['Minutes of the meeting of 3 May 2014attendees', '', 'Present: Ada Penn']).date).toBeNull();
  });
});

describe('the apologies item of a school governing body', () => {
  const item = (sentence: string) => [
    'Minutes of the Governing Body meeting held on 11 October 2022',
    '',
    'Mr Hale (Chair), Dr Oduya, Ms Brand, Mrs Kettle.',
    '1. Opening Prayer',
    '2. Apologies for absence',
    sentence,
    '3. Declaration of Interest',
    'None.',
  ];

  it('reads "Apologies received & accepted from ..." as "received and accepted"', () => {
    expect(people(item('Apologies received & accepted from Revd Pask, Mr Lomax and Mrs Vine.')).filter((p) => p[0] === 'apologies')).toEqual([
      ['apologies', 'Revd', 'Pask'],
      ['apologies', 'Mr', 'Lomax'],
      ['apologies', 'Mrs', 'Vine'],
    ]);
  });

  it('leaves out a title the cut-off list ends with, which names nobody', () => {
    expect(people(item('Apologies received and accepted from Revd Pask, Mr Lomax, and Dr')).filter((p) => p[0] === 'apologies')).toEqual([
      ['apologies', 'Revd', 'Pask'],
      ['apologies', 'Mr', 'Lomax'],
    ]);
  });
});

describe('a committee list whose chair is named after the post and a dash', () => {
  it('reads "Chair - Name (XX)" as the chair with the name\'s own initials', () => {
    const lines = ['Finance Minutes 12th May 2020', '', 'Present: Chair - Lena Ross (LR), Omar Finch (OF), Pia Wade (PW)', '', 'Clerk: Dee Marsh (DM)', '', '1. Apologies', 'None.'];
    const attendees = minutes(lines).attendees;
    expect(attendees.map((a) => [a.attendance, a.name, a.initials, a.chair])).toEqual([
      ['present', 'Lena Ross', 'LR', true],
      ['present', 'Omar Finch', 'OF', false],
      ['present', 'Pia Wade', 'PW', false],
      ['secretariat', 'Dee Marsh', 'DM', false],
    ]);
  });

  it('reads another post before the dash as the role', () => {
    const lines = ['Finance Minutes 12th May 2020', '', 'Present: Treasurer – Lena Ross (LR), Omar Finch (OF)', '', '1. Apologies', 'None.'];
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials, a.role])).toEqual([
      ['Lena Ross', 'LR', 'Treasurer'],
      ['Omar Finch', 'OF', null],
    ]);
  });
});
