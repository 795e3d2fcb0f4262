// Heritage bodies' minutes: historic preservation and landmarks commissions, conservation area advisory committees,
// local history and archaeological societies, museum boards (session 21). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.initials, a.organisation]);

describe('an archaeological society lists its committee two people a row, each with initials', () => {
  const lines = [
    'COMMITTEE MEETING',
    '                      MINUTES',
    '              14 March 2018 at 7: 30 pm',
    '',
    '   1. Present',
    '      Alan Pettifer (AP)              Moira Quennell(MQ)',
    '      Rhys Gadsby (RG)                Nell Oakshott (NO)',
    '      Tessa Varley(TV)',
    '',
    '   2. Minutes of the last meeting',
    '      Approved as distributed.',
  ];

  it('reads the right-hand column as people, not as the organisations of the left', () => {
    expect(people(lines)).toEqual([
      ['present', 'Alan Pettifer', 'AP', null],
      ['present', 'Moira Quennell', 'MQ', null],
      ['present', 'Rhys Gadsby', 'RG', null],
      ['present', 'Nell Oakshott', 'NO', null],
      ['present', 'Tessa Varley', 'TV', null],
    ]);
  });

  it('still reads one row of a name beside a body\'s acronym as a name and its organisation', () => {
    const table = ['Minutes of the Westmarch Forum', '', 'Present:', 'Alan Pettifer (AP)      Harbour Board (HB)', '', '1. Welcome'];
    expect(people(table)).toEqual([['present', 'Alan Pettifer', 'AP', 'Harbour Board (HB)']]);
  });
});

describe('a historical commission numbers its paragraphs in Roman numbers under the list of those present', () => {
  const lines = [
    'Historical Commission',
    '',
    'Meeting date: ',
    'Tuesday, May 14, 2024',
    '',
    'Present: Ruth K., Owen P., Lena S., Ivy N., (Hal T. and Dee W. present by phone)',
    '',
    'I.  Owen reported that six owners have asked for house markers. Owen drafted an order form on which owners can give the details to be cast on the marker. Payments of $75 would be made to the Commission, funds will be deposited, and a payment to the foundry will be made. Owen reported he will finish the order form, which will be sent to the board by email for approval before it goes to the owners who asked. ',
    '',
    'II. Bandstand Repairs- Lena reported that she has asked Marsh Joinery for a quote to repaint the railings and not just the section that was struck by a van last winter. We talked of a quote for the benches as well. ',
    '',
    'III. Archive Boxes- Ruth reported that she goes on checking the index against the vault. She labels the archival boxes. ',
  ];

  it('reads no person in a Roman-numbered paragraph that runs on under the list', () => {
    const names = minutes(lines).attendees.map((a) => a.name);
    expect(names.filter((n) => /^[IVX]+\./.test(n))).toEqual([]);
    expect(names.slice(0, 4)).toEqual(['Ruth K', 'Owen P', 'Lena S', 'Ivy N']);
  });
});

describe('a landmark commission labels its items "AGENDA ITEM NO."', () => {
  const lines = [
    'MINUTES',
    'LANDMARK COMMISSION',
    'Monday, June 8, 2015, 5:00 p.m.',
    '',
    'Commission Members Present: Chairman Ray Dobbs, Ann Kerr, Lou Farris',
    '',
    'AGENDA ITEM NO. 1: Call meeting to order.',
    'Chairman Dobbs called the meeting to order at 5:02 p.m.',
    '',
    'AGENDA ITEM NO. 2: Hear visitors.',
    'None.',
    '',
    'Agenda Item No. 3: Consideration and possible action to approve meeting minutes.',
    'The minutes of May 11, 2015 were approved (3-0).',
  ];

  it('reads the number after "No." and the title after the colon', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Call meeting to order.'],
      ['2', 'Hear visitors.'],
      ['3', 'Consideration and possible action to approve meeting minutes.'],
    ]);
  });
  it('reads the labelled items of a page flattened into one line, the first straight after the list of those present', () => {
    const flat = [
      'MINUTES LANDMARK COMMISSION Monday, June 8, 2015, 5:00 p.m. City Hall Conference Room Commission Members Present: Chairman Ray Dobbs, Ann Kerr, Lou Farris Staff Present: Senior Planner Kay Lim Others Present: Mr. Farris AGENDA ITEM NO. 1: Call meeting to order. Chairman Dobbs called the meeting to order at 5:02 p.m. AGENDA ITEM NO. 2: Hear visitors. None. AGENDA ITEM NO. 3: Consideration and possible action to approve meeting minutes. Commissioner Kerr moved to approve the minutes of May 11, 2015. Commissioner Farris seconded the motion; the motion was approved (3-0). AGENDA ITEM NO. 4: Presentation and discussion of the survey of the Elm Street district. Senior Planner Lim described the survey, which the consultant will finish in August, and the public meetings that will follow it in the autumn; the Commission asked for a map of the properties. AGENDA ITEM NO. 5: Adjourn. The meeting was adjourned at 6:10 p.m. and the Commission will next meet on July 13, 2015, in the same room, where the survey will be discussed again with the consultant.',
    ];
    expect(minutes(flat).items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('a conservation society\'s title wraps before the place it was held at', () => {
  const lines = [
    'ASHCOMBE BUILDINGS PRESERVATION SECTION',
    'Minutes of the Annual General Meeting held on Tuesday 12 May 2015',
    'at Kiln Works, The Old Maltings, Ferris Quay',
    'Present: Ida Marsh, Colm Brady, Pia Lund.',
    '1. Apologies',
    'Ray Oduya',
  ];

  it('reads the place on the line under the title as the venue', () => {
    expect(minutes(lines).venue).toBe('Kiln Works, The Old Maltings, Ferris Quay');
  });

  it('still reads no venue from an "at" line under a title that is not a "held on" sentence', () => {
    const other = ['ASHCOMBE BUILDINGS PRESERVATION SECTION', 'Annual Report 2015', 'at Kiln Works, The Old Maltings, Ferris Quay', 'Present: Ida Marsh, Colm Brady.', '1. Apologies'];
    expect(minutes(other).venue).toBeNull();
  });
});
