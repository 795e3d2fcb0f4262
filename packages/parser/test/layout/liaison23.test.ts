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
