// Liaison and consultative committees' minutes: airport consultative committees, community liaison groups of quarries,
// wind farms and waste sites, policing partnerships, staff-management joint committees (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a policing partnership accepts apologies in a sentence of its own', () => {
  const head = [
    'Minutes of the Meeting of the Harbour Policing Forum held in Eastvale',
    'Community Hall, Eastvale on Tuesday, 9th March 2010 at 7.00 pm',
    'PRESENT:',
    'Councillor R T Benton (Chairman)',
    'Mr A B Carrick',
    '1',
    'Introduction by Chairman',
    'The Chairman welcomed those present to the Meeting.',
  ];
  const apologies = (lines: string[]) => people(lines).filter(([attendance]) => attendance === 'apologies');
  const sent = [
    ['apologies', 'Mrs', 'P Quill'],
    ['apologies', 'Councillor', 'R Stott'],
    ['apologies', 'Mr', 'T Vance'],
  ];

  it('reads the names after "It was agreed to accept apologies for non-attendance at the Meeting from", wrapped over two lines', () => {
    const lines = [
      ...head,
      '2',
      'Apologies',
      'It was agreed to accept apologies for non-attendance at the Meeting from Mrs P Quill,',
      'Councillor R Stott and Mr T Vance.',
      '3',
      'Declarations of Interest',
      'There were no declarations of interest.',
    ];
    expect(apologies(lines)).toEqual(sent);
  });

  it('reads the same sentence inside the text of another item', () => {
    const lines = [
      ...head,
      '2',
      'Opening remarks',
      'The Chairman thanked the hosts. It was agreed to accept apologies for non-attendance at the meeting from Mrs P Quill, Councillor R Stott and Mr T Vance.',
      '3',
      'Declarations of Interest',
      'There were no declarations of interest.',
    ];
    expect(apologies(lines)).toEqual(sent);
  });
});

describe('a waste site liaison group marks its minute taker after the organisation', () => {
  const lines = [
    'Riverside Recycling Community Liaison Group',
    'Minutes',
    'Elmford Village Hall',
    'Tuesday 14 March 2017',
    'Attendance:',
    'Cllr Anna Pike (AP), Elmford District Council',
    'Observers:',
    'Dan Shore (DS), Westshire County Council',
    'Eve Tarn (ET), SITA UK (minutes)',
    'Apologies:',
    'Fay Ure (FU), Greenway Waste',
    '1. Minutes and actions from the last meeting',
    'The minutes were agreed.',
  ];

  it('reads "Name (INI), Organisation (minutes)" as one person of the secretariat, not as a second person named by the organisation', () => {
    const taker = minutes(lines).attendees.filter((a) => a.attendance === 'secretariat');
    expect(taker.map((a) => [a.name, a.initials, a.organisation])).toEqual([['Eve Tarn', 'ET', 'SITA UK']]);
    expect(minutes(lines).attendees.map((a) => a.name)).not.toContain('SITA UK');
  });
});

describe('a joint consultative committee lists its employer side and its staff side', () => {
  const lines = [
    'Joint Staff Committee',
    'Thursday, 12 May 2005 6.00pm',
    '',
    'MINUTES - Joint Staff Committee',
    '',
    'Location: Oak Room, Civic Centre',
    '',
    'Present: Employer Side: Councillors: L. Marsh (Employer Side Chair - in the Chair), P.Q. Dent, S. Roe. Staff Side: Amy Bell (UNISON), Carl Dore (GMB), Fay Hill (UNISON).',
    '',
    'APOLOGIES FOR ABSENCE',
    '',
    'Business: Staff Side: Tom Yates (UNISON) and Rob Zane (GMB).',
  ];

  it('reads the councillors after "Employer Side: Councillors:" as people with that title, the side as no person', () => {
    const present = minutes(lines).attendees.filter((a) => a.attendance === 'present');
    expect(present.map((a) => [a.honorific, a.name, a.organisation])).toEqual([
      ['Councillor', 'L. Marsh', null],
      ['Councillor', 'P.Q. Dent', null],
      ['Councillor', 'S. Roe', null],
      [null, 'Amy Bell', 'UNISON'],
      [null, 'Carl Dore', 'GMB'],
      [null, 'Fay Hill', 'UNISON'],
    ]);
  });

  it('reads "(Employer Side Chair - in the Chair)" as the chair with the post, the dash before the mark left out', () => {
    const chair = minutes(lines).attendees.find((a) => a.chair);
    expect([chair?.name, chair?.role]).toEqual(['L. Marsh', 'Employer Side Chair']);
  });
});

describe('a policing partnership numbers its items on a line of their own, across pages with a running header', () => {
  const lines = [
    'HPF 09.03.2010',
    'Minutes of the Meeting of the Harbour Policing Forum held in Eastvale',
    'Community Hall, Eastvale on Tuesday, 9th March 2010 at 7.00 pm',
    'PRESENT:',
    'Councillor R T Benton (Chairman)',
    'Mr A B Carrick',
    'Councillor D Ellam',
    'Ms G Forde',
    'IN ATTENDANCE:',
    'Chief Superintendent L Harte',
    'Chief Inspector M Idris',
    'Sergeant N Jolley',
    '1',
    'Introduction by Chairman',
    'The Chairman welcomed those present to the Meeting.',
    '56',
    'HPF 09.03.2010',
    '2',
    'Apologies',
    'It was agreed to accept apologies for non-attendance at the Meeting from Mrs P Quill,',
    'Councillor R Stott and Mr T Vance.',
    '3',
    'Declarations of Interest',
    'There were no declarations of interest.',
    '4',
    'Minutes',
    'The minutes of the meeting held on 2 February 2010 were confirmed and signed.',
  ];

  it('reads the number above the repeated header as the page\'s and the one below as the next item\'s', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Introduction by Chairman'],
      ['2', 'Apologies'],
      ['3', 'Declarations of Interest'],
      ['4', 'Minutes'],
    ]);
  });
});
