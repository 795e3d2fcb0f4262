// Refugee, asylum and migration boards and groups: parish sponsorship committees, local authority taskforces,
// multicultural advisory committees, welcome groups (session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a sponsorship committee lists those present under its third item, its lines cut mid-name', () => {
  const lines = [
    '1. Opening Prayer: Wendell',
    'Ashby led us in a prayer for newcomers.',
    '2. Agenda: The agenda was',
    'accepted as presented.',
    '3. Introductions: Wendell',
    'introduced Farida Nouri who speaks Dari.',
    'Present: Wendell & Orla',
    'Ashby, Tamsin & Ivo Kerrigan, Petra Lund,',
    'Gideon Shaw and Farida Nouri',
    'Regrets: Hal Brenner and Fr.',
    'Quintero',
    'Those present introduced',
    'themselves.',
    '4. Approval of Minutes: A',
    'motion was made by Orla to approve the minutes. Motion carried.',
    '5. Housing: Petra reported on two flats.',
  ];

  it('reads the list in the third item as the meeting\'s roster, the items still read', () => {
    const plain = [
      '1. Opening Prayer: Wendell Ashby led us in a prayer for newcomers.',
      '2. Agenda: The agenda was accepted as presented.',
      '3. Introductions: Wendell introduced Farida Nouri who speaks Dari.',
      'Present: Wendell Ashby, Petra Lund, Gideon Shaw and Farida Nouri',
      'Regrets: Hal Brenner',
      '4. Approval of Minutes: A motion was made by Petra to approve the minutes. Motion carried.',
      '5. Housing: Petra reported on two flats.',
    ];
    const m = minutes(plain);
    expect(m.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Wendell Ashby'],
      ['present', 'Petra Lund'],
      ['present', 'Gideon Shaw'],
      ['present', 'Farida Nouri'],
      ['apologies', 'Hal Brenner'],
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Opening Prayer'],
      ['2', 'Agenda'],
      ['3', 'Introductions'],
      ['4', 'Approval of Minutes'],
      ['5', 'Housing'],
    ]);
  });

  it('joins the couple cut before their surname and the title cut before its priest\'s name', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'Wendell Ashby'],
      ['present', null, 'Orla Ashby'],
      ['present', null, 'Tamsin Kerrigan'],
      ['present', null, 'Ivo Kerrigan'],
      ['present', null, 'Petra Lund'],
      ['present', null, 'Gideon Shaw'],
      ['present', null, 'Farida Nouri'],
      ['apologies', null, 'Hal Brenner'],
      ['apologies', 'Fr', 'Quintero'],
    ]);
  });
});

describe('a multicultural advisory committee opens with the time the meeting commenced', () => {
  const lines = [
    'Wednesday, 9th May 2018',
    '',
    'The Meeting commenced at 5.15 pm.',
    '',
    'Committee Members',
    '',
    'Councillor R Talbot (Chair)',
    'Settlement Services, Mina Haddad',
    'Community Member, Oskar Lind',
    '',
    'The minutes of the previous meeting were confirmed.',
  ];

  it('takes the opening sentence for no title, and still reads its time', () => {
    const m = minutes(lines);
    expect(m.title).toBeNull();
    expect(m.start).toBe('17:15');
  });

  it('still takes a capitalised "The Meeting Held on ..." line for the title', () => {
    expect(minutes(['The Meeting Held on 9 May 2018', '', 'Present: Ann Lee, Bob Ray', '', '1. Welcome: Ann opened.']).title).toBe('The Meeting Held on 9 May 2018');
  });
});

describe('a list run in on its label\'s line, its cells parted by wide gaps, under the third item', () => {
  it('reads each name of the list as a person, not the gaps as cells of one entry', () => {
    const lines = [
      '1. Opening Prayer: Wendell Ashby led us in a prayer.',
      '2. Agenda: The agenda was accepted as presented.',
      '3. Introductions: Wendell introduced the newcomers.',
      'Present:             Wendell Ashby (Chair),  Petra Lund,  Gideon Shaw (Treasurer)',
      '4. Housing: Petra reported on two flats.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.name, a.role])).toEqual([
      ['Wendell Ashby', null],
      ['Petra Lund', null],
      ['Gideon Shaw', 'Treasurer'],
    ]);
  });
});
