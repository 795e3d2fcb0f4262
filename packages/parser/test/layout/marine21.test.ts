// Marine and waterways bodies' minutes: inshore fisheries authorities, harbour trusts and users' groups, marina and
// shellfish committees, watershed commissions (session 21). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

describe('apologies given in the sentence under the list of those present', () => {
  const opening = (sentence: string) => [
    'Minutes of the meeting of the Polkerris Harbour Users Group held on Monday 3rd March 2021.',
    '',
    'Present: T Rowe (Chairman), J Penrose (Treasurer), M Tonkin',
    '',
    sentence,
    '',
    '1. Minutes of previous meeting',
    '',
    'The minutes were approved.',
  ];
  const expected = [
    ['present', 'T Rowe'],
    ['present', 'J Penrose'],
    ['present', 'M Tonkin'],
    ['apologies', 'R Jago'],
    ['apologies', 'S Pascoe'],
    ['apologies', 'A Hicks'],
  ];

  it('reads "Apologies were noted from ..." as the apologies, as "received from" is', () => {
    expect(people(opening('Apologies were noted from R Jago, S Pascoe, A Hicks.'))).toEqual(expected);
  });

  it('reads the apologies of "TR welcomed everyone and apologies were noted from ...", not its parts as people present', () => {
    expect(people(opening('TR welcomed everyone and apologies were noted from R Jago, S Pascoe, A Hicks.'))).toEqual(expected);
    expect(people(opening('Welcome and Apologies:  TR welcomed everyone and apologies were received from R Jago, S Pascoe, A Hicks.'))).toEqual(expected);
  });

  it('still reads a wrapped list of those present as one list', () => {
    const wrapped = ['Minutes of the Harbour Users Group held on 3 March 2021.', '', 'Present: T Rowe (Chairman), J Penrose,', 'M Tonkin, R Jago', '', '1. Moorings', '', 'The moorings were discussed.'];
    expect(people(wrapped).map(([, name]) => name)).toEqual(['T Rowe', 'J Penrose', 'M Tonkin', 'R Jago']);
  });
});

describe('"Public Attendance" over the names of the public who came', () => {
  it('reads the names under it as in attendance', () => {
    const lines = ['Minutes of the Polkerris Harbour Group held on 3 March 2021.', '', 'Present:  T Rowe (Chairman)', '', 'J Penrose (Treasurer)', '', 'Public Attendance', '', 'Mr G Fox', '', 'Mrs I Fox', '', '1. Moorings', '', 'The moorings were discussed.'];
    expect(people(lines)).toEqual([
      ['present', 'T Rowe'],
      ['present', 'J Penrose'],
      ['in-attendance', 'G Fox'],
      ['in-attendance', 'I Fox'],
    ]);
  });

  it('leaves a count after it as no person', () => {
    const lines = ['Minutes of the Polkerris Harbour Group held on 3 March 2021.', '', 'Present: T Rowe (Chairman), J Penrose', '', 'Public Attendance: 3', '', '1. Moorings', '', 'The moorings were discussed.'];
    expect(people(lines)).toEqual([
      ['present', 'T Rowe'],
      ['present', 'J Penrose'],
    ]);
  });
});

describe('apologies after a run of words that is no sentence of its own', () => {
  it('still reads a whole page run onto one line as its lists, its apologies sentence far along the line', () => {
    const lines = [
      'Minutes of a Meeting of Tolcarne Harbour Commissioners held at 7.00pm on Monday 4 February 2031 at the Harbour Office Cou/01/31 Present Members: Cllr P Rowe (Chairman), Cllr J Rowe, Cllr Hicks and Cllr Jago. Cou/02/31 Apologies for Absence Apologies for absence were received from Cllr Pascoe. With the absence of the Vice Chairman it was proposed that Cllr Hicks be elected Vice Chairman for the meeting.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'P Rowe'],
      ['present', 'J Rowe'],
      ['present', 'Hicks'],
      ['present', 'Jago'],
      ['apologies', 'Pascoe'],
    ]);
  });

  it('still reads the apologies a resolution notes under the apologies item once', () => {
    const lines = ['Harbour Board - Wednesday 5 November 2031 7.30 pm', '', '12.', '', 'Apologies for Absence', '', 'Minutes:', '', 'RESOLVED:  To note the apologies received from Mr Ivo Dunn and Ms Bea Hart.', '', '13.', '', 'Declarations of Interest', '', 'Minutes:', '', 'RESOLVED: To note that no interests were declared.'];
    expect(people(lines)).toEqual([
      ['apologies', 'Ivo Dunn'],
      ['apologies', 'Bea Hart'],
    ]);
  });
});

describe('the place after the time in the title sentence', () => {
  const title = (sentence: string) => [sentence, '', 'Present: T Rowe (Chairman), J Penrose', '', '1. Moorings', '', 'The moorings were discussed.'];

  it('reads the place "at 7.00pm at ..." names, though no word of it says hall or room', () => {
    expect(minutes(title('Minutes of the meeting of the Tregarth Moorings Group held on Tuesday 4th May 2021 at 7.00pm at the Net Loft, Tregarth.')).venue).toBe('the Net Loft, Tregarth');
  });

  it('leaves "at the request of ..." after the time as no place', () => {
    expect(minutes(title('Minutes of the meeting of the Tregarth Moorings Group held on Tuesday 4th May 2021 at 7pm at the request of the harbour master.')).venue).toBeNull();
  });
});
