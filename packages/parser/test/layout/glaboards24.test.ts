// Partnership boards of a capital's authority and its boroughs' joint committees: crime reduction, housing, skills and
// waste boards whose minutes are published as web pages and printed PDFs (session 24). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.organisation]);

describe('a board list whose "Name Organisation" rows lost their commas part-way', () => {
  const lines = [
    'Harbourside Safety Board meeting minutes - 3 March 2021',
    '',
    'Board and advisors',
    '',
    'Nina Park, Mayor of Harbourside, Chair',
    '',
    'Owen Vale, Riverside Councils',
    '',
    'Cllr Tessa Moor Riverside Councils',
    '',
    'Ravi Dhillon Riverside Councils',
    '',
    'Cllr Ivo Marsh Riverside Councils',
    '',
    'Lena Ford Coastline Consultancy',
    '',
    '1. Agreement of minutes',
    '',
    'The minutes of 2 December 2020 were agreed.',
  ];

  it('reads a row opening with a title as a name and its body, as the untitled rows around it are', () => {
    expect(people(lines).slice(2)).toEqual([
      ['present', 'Cllr', 'Tessa Moor', null, 'Riverside Councils'],
      ['present', null, 'Ravi Dhillon', null, 'Riverside Councils'],
      ['present', 'Cllr', 'Ivo Marsh', null, 'Riverside Councils'],
      ['present', null, 'Lena Ford', null, 'Coastline Consultancy'],
    ]);
  });
});

describe('a committee page whose committee name has no word for its kind of body', () => {
  const record = ['', 'Items', 'No. Item', '', '1.', '', 'Apologies for Absence', '', 'Minutes:', '', '1.1  There were no apologies for absence.'];

  it('reads the heading under the "Agenda and minutes" caption, before the dash and the date, as the body', () => {
    const lines = ['Agenda and minutes', 'Homes for Riverside - Tuesday 14 March 2017 10.00 am', '', 'Venue: Room 5, Civic Hall', ...record];
    expect(minutes(lines).body).toBe('Homes for Riverside');
  });

  it('reads the heading alone on its line over the date line as the body', () => {
    const lines = ['Agenda and draft minutes', 'Homes for Riverside', 'Thursday 8 December 2016 10.00 am', '', 'Venue: Room 4, Civic Hall', ...record];
    expect(minutes(lines).body).toBe('Homes for Riverside');
  });
});

describe('an opening sentence that names by surname the apologies the lists gave in full', () => {
  it('adds no second record for "Councillor Surname" when the apologies list names that member', () => {
    const lines = [
      'Harbourside Safety Board meeting minutes - 27 April 2022',
      '',
      'Present',
      '',
      'Nina Park (NP) Mayor',
      '',
      'Owen Vale (OV) Riverside Councils',
      '',
      'Apologies',
      '',
      'Cllr Tessa Moor (TM) Riverside Councils',
      '',
      'Welcome and apologies',
      '',
      'The Mayor opened the meeting. Apologies were received from Councillor Moor.',
      '',
      '1. Minutes of the previous meeting',
      '',
      'Members approved the minutes of the meeting held on 24 January 2022.',
    ];
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Tessa Moor']);
  });
});

describe('an apologies sentence that parts people with semicolons and their posts with commas', () => {
  it('keeps each person\'s post and body with them, and reads no body as a person', () => {
    const lines = [
      'Agenda and minutes',
      'Homes for Riverside - Tuesday 4 December 2018 2.00 pm',
      '',
      'Venue: Room 2, Civic Hall',
      '',
      'Contact: Jo Finch, Board Officer',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      "Apologies for Absence and Chair's Announcements",
      '',
      'Minutes:',
      '',
      '1.1  The Mayor welcomed those present to the meeting.',
      '',
      '1.2  Apologies for absence were received from Ada Quill, Chair, Harbour Homes; Bo Reyes, Chairman, Marlow Vance; and Cy Dunn, Head of Media.',
      '',
      '2.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      '2.1  There were no declarations of interest.',
    ];
    expect(people(lines)).toEqual([
      ['apologies', null, 'Ada Quill', 'Chair', 'Harbour Homes'],
      ['apologies', null, 'Bo Reyes', 'Chairman', 'Marlow Vance'],
      ['apologies', null, 'Cy Dunn', 'Head of Media', null],
    ]);
  });
});
