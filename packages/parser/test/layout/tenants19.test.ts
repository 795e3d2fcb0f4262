// Tenants' and residents' bodies' minutes: residents' associations, leaseholder meetings, tenants' unions, condominium and
// homeowners' association boards, community associations (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

describe('a leaseholders\' meeting whose list is written whole on its label\'s line, unnumbered headings below', () => {
  const lines = [
    'Minutes of Leaseholder Meeting',
    '',
    'Present: 19 residents, Mary Pike (chair), Tom Lark (Leasehold Services)',
    '',
    'Ground Rent',
    'A resident from Elm Close asked how the ground rent is worked out.  Tom said he would send a breakdown.',
    '',
    'Window Cleaning',
    'A resident asked why the windows were cleaned only twice last year.',
  ];

  it('ends the list on its label\'s line: the short line over a paragraph is a heading, not one more person', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mary Pike'],
      ['present', 'Tom Lark'],
    ]);
    expect(titles(lines)).toEqual(['Ground Rent', 'Window Cleaning']);
  });

  it('still reads names listed a line each below the label\'s first entry', () => {
    const listed = ['Minutes of Leaseholder Meeting', '', 'Present: Mary Pike (chair)', '', 'Tom Lark', '', 'Ada Reed', '', '1. Ground Rent', 'A resident asked how the rent is worked out.'];
    expect(people(listed).map((p) => p[1])).toEqual(['Mary Pike', 'Tom Lark', 'Ada Reed']);
  });
});

describe('a residents\' association\'s minutes whose apologies end with a comma, a motion line after the heading', () => {
  const lines = [
    'Minutes Tuesday 8 July 2025',
    '',
    'Attending: Ann Lee, Tom Hall',
    'Apologies: Jo Pike, Cr Sam Poe,',
    '',
    'Last month’s minutes a true and accurate record',
    '',
    'Moved Ann / seconded Tom. All in favour. Carried.',
    '',
    'Matters arising',
    '',
    'The hall is booked for the candidates’ evening.',
  ];

  it('reads no person from "Moved Ann / seconded Tom"', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Tom Hall'],
      ['apologies', 'Jo Pike'],
      ['apologies', 'Sam Poe'],
    ]);
  });
});

describe('a community association\'s general meeting where two present share the chair\'s surname', () => {
  const lines = [
    'MINUTES OF THE GENERAL MEETING',
    'Held on Monday 7 August 2017 at the Village Inn.',
    'Attendees',
    'Alan Dawes, Marion Howe, Richard Howe, Val Long',
    'Apologies',
    'Chris Tunks',
    'Meeting opened at 7:35pm by Chairperson Richard Howe.',
  ];
  const chairs = (text: string[]) => minutes(text).attendees.filter((a) => a.chair).map((a) => a.name);

  it('gives the chair to the one whose given name is written with the surname', () => {
    expect(chairs(lines)).toEqual(['Richard Howe']);
  });

  it('does so where the name comes before the words that say who chaired', () => {
    expect(chairs([...lines.slice(0, 6), 'Richard Howe took the chair.'])).toEqual(['Richard Howe']);
  });
});

describe('a homeowners\' association board whose "present" sentence the page width cut inside a name', () => {
  const lines = [
    'Board members present: Nora Quill, Piet Vane, and Lena Ostrowski, Rafe',
    'Dunmore and Ida Brandt. Sol Reyes, the community manager, was also present',
    'along with 2 (two) homeowners.',
    '1. Call to Order',
    'President Nora Quill called the meeting to order at 6:30 pm',
    '2. Approval of minutes',
  ];

  it('joins the name the line break cut, and reads the rest of the sentence', () => {
    expect(people(lines)).toEqual([
      ['present', 'Nora Quill'],
      ['present', 'Piet Vane'],
      ['present', 'Lena Ostrowski'],
      ['present', 'Rafe Dunmore'],
      ['present', 'Ida Brandt'],
      ['in-attendance', 'Sol Reyes'],
    ]);
  });
});

describe('a condominium board\'s "Present were:" list that lost the comma between two people', () => {
  const lines = [
    'MINUTES OF MEETING OF THE BOARD OF DIRECTORS',
    'The meeting was called to order by President Gail Moss, at 6:00 p.m.',
    'Present were:  Gail Moss, Owen Brake, Tessa Lund Carmen Ruiz, Dale Pratt',
    'Treasurer’s Report:',
    'The reserve account balance was reported.',
  ];

  it('parts the four words into two given names and surnames', () => {
    expect(people(lines).map((p) => p[1])).toEqual(['Gail Moss', 'Owen Brake', 'Tessa Lund', 'Carmen Ruiz', 'Dale Pratt']);
  });

  it('leaves a list that names posts and bodies among its entries as written', () => {
    const posts = [...lines.slice(0, 2), 'Present were: Gail Moss, Owen Brake, Office Coordinator, Pine Valley Grounds Committee, Dale Pratt', ...lines.slice(3)];
    expect(people(posts).map((p) => p[1])).not.toContain('Pine Valley');
  });
});

describe('a retirement village residents\' committee that lists an invitee under its own label', () => {
  const lines = [
    'RESIDENT COMMITTEE MEETING',
    'FRIDAY 9TH MAY, 2025',
    'PRESENT: Ida Marsh, Colm Reddy, Pat Oyelaran',
    'INVITEE: Hugh Barrow (Finance Committee)',
    'BUSINESS ARISING FROM MINUTES',
    'The carport lights have been repaired.',
  ];

  it('reads the invitee as in attendance, not as a member present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ida Marsh'],
      ['present', 'Colm Reddy'],
      ['present', 'Pat Oyelaran'],
      ['in-attendance', 'Hugh Barrow'],
    ]);
  });
});

describe('a condominium board whose opening sentence says it met at the association\'s clubhouse', () => {
  const lines = [
    'PINE COURT CONDOMINIUM ASSOCIATION, INC.',
    'MINUTES OF MEETING OF THE BOARD OF DIRECTORS',
    'The meeting of the Board of Directors was held on March 14, 2024, at the Association Clubhouse.  Notice of the meeting was posted.',
    'The meeting was called to order by President Gail Moss, at 6:00 p.m.',
    'Present were:  Gail Moss, Owen Brake, Dale Pratt',
  ];

  it('reads the clubhouse as the venue', () => {
    expect(minutes(lines).venue).toBe('the Association Clubhouse');
  });
});

describe('a residents\' association\'s minutes whose time range and place share the line under the date', () => {
  const lines = [
    'June 2025 Residents Association meeting minutes',
    '',
    'Minutes Tuesday 10 June 2025',
    '7:30 –9:00 pm Bowls Club Kereru Rd',
    '',
    'Attending: Ann Lee, Tom Hall',
    'Apologies: Jo Pike',
    '',
    'Matters arising',
    '',
    'The hall is booked.',
  ];

  it('reads the times and, after them, the place', () => {
    const m = minutes(lines);
    expect([m.start, m.end, m.venue]).toEqual(['19:30', '21:00', 'Bowls Club Kereru Rd']);
  });
});

describe('a residents\' committee page of a year\'s meeting notes, stamped with the day it was updated', () => {
  const lines = [
    'Elm Tower Residents Association',
    'Meeting Notes - 2019',
    '',
    'Update 2019-12-03',
    '(Most recent at top)',
    '',
    '26 November 2019',
    'The November 2019 meeting of the Elm Tower Residents Committee was held in the Social Room at 7:30 PM Tuesday, 26 November 2019.',
    '',
    'Present: Ann Lee (Chair); Bo Reed, Cy Hale.',
    '',
    '1. Chair: Ann welcomed everyone.',
  ];

  it('dates the meeting by its own line, not by the page\'s update stamp', () => {
    expect(minutes(lines).date).toBe('2019-11-26');
  });
});

describe('a homeowners\' association board\'s prose minutes with no dated heading, a target date in the text', () => {
  const lines = [
    'The meeting was called to order at 5:30 PM by Hal Ford, the HOA President. There was a quorum present.',
    'A financial report was presented to the board.',
    'John Reyes moved, Tia Park seconded, to move to unit sub-metering for water. It was decided to have a target date of January 1, 2027 to implement the plan.',
    'The meeting was adjourned at 7:00 PM.',
  ];

  it('takes no meeting date from the date set for the work', () => {
    expect(minutes(lines).date).toBeNull();
  });
});

describe('a residents\' leisure company\'s AGM whose directors are listed without a heading, those who came counted below', () => {
  const lines = [
    'OAKFIELD PARK LEISURE LIMITED',
    '',
    'ANNUAL GENERAL MEETING',
    '',
    'Friday August 15th 2025, 7.35pm',
    '',
    'Tom Smith',
    'Ali Khan',
    'Jeff Ankin',
    'Helen Beach',
    '',
    'Plus 40 residents who attended the meeting',
    '',
    '1. Apologies for absence',
    'Mr Boast',
    '',
    '2. Chairman’s welcome',
    '',
    'The Chairman explained that the AGM had moved to a Friday.',
  ];

  it('reads the names over the count as those present, and the text as minutes', () => {
    expect(people(lines)).toEqual([
      ['present', 'Tom Smith'],
      ['present', 'Ali Khan'],
      ['present', 'Jeff Ankin'],
      ['present', 'Helen Beach'],
      ['apologies', 'Boast'],
    ]);
    expect(minutes(lines).kind).toBe('minutes');
  });
});

describe('an invitee whose entry notes the times they came and went', () => {
  it('keeps the times out of the organisation, the person there for part of the meeting', () => {
    const lines = [
      'RESIDENT COMMITTEE MEETING',
      'FRIDAY 9TH MAY, 2025',
      'PRESENT: Ida Marsh, Colm Reddy, Pat Oyelaran',
      'INVITEE: Hugh Barrow (Finance Committee) arrived 2.45pm and left 3.10pm',
      'BUSINESS ARISING FROM MINUTES',
      'The carport lights have been repaired.',
    ];
    const invitee = minutes(lines).attendees.find((a) => a.name === 'Hugh Barrow');
    expect(invitee?.organisation).toBe('Finance Committee');
  });
});

describe('a condominium association\'s letterhead in capitals that wraps its name over two lines', () => {
  const lines = [
    'CEDAR LANDING',
    '',
    'CONDOMINIUM ASSOCIATION, INC.',
    '',
    'MINUTES OF MEETING OF THE BOARD OF DIRECTORS',
    '',
    'The meeting of the Board of Directors was held on March 14, 2024, at the Association Clubhouse.',
    'The meeting was called to order by President Gail Moss, at 6:00 p.m.',
    'Present were:  Gail Moss, Owen Brake, Dale Pratt',
  ];

  it('names the body with the name above the kind of body', () => {
    expect(minutes(lines).body).toBe('CEDAR LANDING CONDOMINIUM ASSOCIATION, INC.');
  });
});
