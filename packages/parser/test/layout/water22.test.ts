// Water, irrigation, sewer, drainage and flood-control bodies' minutes: irrigation and reclamation districts, sanitary
// districts, mutual water companies, drainage boards (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.chair]);

describe('a county drainage board names its members in sentences', () => {
  it('reads "Name, Post;" parts of a semicolon list as one person each, the post kept with its own name', () => {
    const lines = [
      'ALDERTON COUNTY DRAINAGE BOARD',
      '',
      'The Alderton County Drainage Board met on Monday, March 4, 2019 in the Courthouse Annex.',
      '',
      'Those members present were as follows: Commissioner Ray Tolle, Chairman; Commissioner Jan Hobbs, Member; Ida Fenn, Member; Drainage Board Administrator Lou Carver; and Drainage Board Secretary Pat Ames.',
      '',
      'Open Ditch Hearings',
      '',
      'The board heard the first of the hearings.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Ray Tolle', null, true],
      ['present', 'Jan Hobbs', 'Member', false],
      ['present', 'Ida Fenn', 'Member', false],
      ['present', 'Lou Carver', 'Drainage Board Administrator', false],
      ['present', 'Pat Ames', 'Drainage Board Secretary', false],
    ]);
  });

  it('carries a plural post over the names of its own part, up to the semicolon', () => {
    const lines = [
      'WILLOW CREEK IRRIGATION DISTRICT Regular Board Meeting Minutes',
      '',
      'Chairman Hal Dunne called the meeting to order at 4:30 p.m. at the district office. Also present at the meeting were Directors Ona Pike, Bo Rand and Cy Voss; District Manager Eli Shaw and Bookkeeper Mae Ford.',
      '',
      'MINUTES: The minutes were approved.',
    ];
    expect(people(lines).filter(([, , , chair]) => !chair)).toEqual([
      ['in-attendance', 'Ona Pike', 'Director', false],
      ['in-attendance', 'Bo Rand', 'Director', false],
      ['in-attendance', 'Cy Voss', 'Director', false],
      ['in-attendance', 'Eli Shaw', 'District Manager', false],
      ['in-attendance', 'Mae Ford', 'Bookkeeper', false],
    ]);
  });
});

describe('an irrigation district calls its meeting to order in a flattened paragraph', () => {
  const lines = [
    'CEDAR FLATS IRRIGATION DISTRICT BOARD OF DIRECTORS May 9, 2016 Regular Board Meeting Minutes CALL TO ORDER: Vice-Chairman Tod Larkin called the May Board Meeting of the Cedar Flats Irrigation District Board of Directors to order at 4:31 p.m. at the district office. Also present at the meeting were District Manager Ava Quinn and Field Manager Rex Hull. Chairman Gus Pratt was not present. MINUTES: The Board reviewed the minutes.',
  ];

  it('takes the vice chair who called the meeting to order, the post before the name, as the chair', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => [a.name, a.role])).toEqual([['Tod Larkin', 'Vice-Chairman']]);
  });

  it('reads "was not present" as the roll\'s absence', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => [a.name, a.role])).toEqual([['Gus Pratt', 'Chairman']]);
  });
});

describe('a mutual water company names its directors and officers in a sentence', () => {
  it('reads the one named after "were present, as was the Treasurer," as present too', () => {
    const lines = [
      'Minutes of 2017 Shareholders’ Meeting',
      '',
      'The Annual Shareholders’ Meeting of the Oak Hollow Mutual Water Company was held at the Grange Hall on June 14, 2017.',
      '',
      'At 7:10 PM, President Noel Varga called the meeting to order. Directors Noel Varga, Iris Koh, and Dom Price were present, as was the Treasurer, Lena Marsh.',
      '',
      'The minutes of the 2016 meeting were approved.',
    ];
    expect(people(lines).filter(([, , , chair]) => !chair)).toEqual([
      ['present', 'Iris Koh', 'Director', false],
      ['present', 'Dom Price', 'Director', false],
      ['present', 'Lena Marsh', 'Treasurer', false],
    ]);
  });
});

describe('a reclamation district\'s minutes flattened to one line', () => {
  it('reads the roll written inside the first numbered item, as "Present are the following:" announces it', () => {
    const lines = [
      'RECLAMATION DISTRICT 4410 Regular Meeting Minutes for Tuesday, June 3, 2014 1. Meeting is called to order and determine that there is Quorum. The meeting begins at 9:05 A.M. and Present are the following: President Okafor, Trustees: Lindqvist, Petrov and Moreau. 2. Public Comments: There are no public comments. 3. Permits: No report.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Okafor', 'President', false],
      ['present', 'Lindqvist', 'Trustee', false],
      ['present', 'Petrov', 'Trustee', false],
      ['present', 'Moreau', 'Trustee', false],
    ]);
  });

  it('reads "Present were" written with a capital after the stop of the sentence before', () => {
    const lines = [
      'MINUTES OF THE REGULAR MEETING OF THE HIGHBANK SANITARY DISTRICT',
      '',
      'The regular meeting of the Highbank Sanitary District was held March 2, 2015 at the district office. Present were Trustees Wren Abbott, Jules Carr and Nico Ruiz.',
      '',
      'OLD BUSINESS: None.',
    ];
    expect(people(lines).map(([attendance, name]) => [attendance, name])).toEqual([
      ['present', 'Wren Abbott'],
      ['present', 'Jules Carr'],
      ['present', 'Nico Ruiz'],
    ]);
  });
});
