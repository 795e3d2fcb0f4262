// Small groups' minutes (patient groups, friends' groups, club committees) that name members by their initials alone
// (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.initials, a.attendance]);
const head = (attendees: string, apologies: string[]) => [
  'Friends of Brook Park: Meeting Minutes',
  'Date: 3 May 2024',
  '',
  `Attendees: ${attendees}`,
  ...apologies,
  '',
  '1. Minutes of the last meeting',
  'Agreed.',
  '2. Planting',
  'RW reported on the spring planting.',
];

describe('members by their initials alone', () => {
  it('reads initials written with the stop of an abbreviation ("RW., HJ.")', () => {
    expect(people(head('RW., HJ., SJ, AMG', []))).toEqual([
      ['RW', 'RW', 'present'],
      ['HJ', 'HJ', 'present'],
      ['SJ', 'SJ', 'present'],
      ['AMG', 'AMG', 'present'],
    ]);
  });

  it('reads one or two initials sent apologies as people, where the members above are listed by theirs', () => {
    const apologies = (written: string[]) => people(head('RW, HJ, SJ', written)).filter((p) => p[2] === 'apologies');
    expect(apologies(['Apologies: JJ, PT.'])).toEqual([
      ['JJ', 'JJ', 'apologies'],
      ['PT', 'PT', 'apologies'],
    ]);
    expect(apologies(['Apologies: KD'])).toEqual([['KD', 'KD', 'apologies']]);
    expect(apologies(['Apologies:', 'KD'])).toEqual([['KD', 'KD', 'apologies']]);
  });

  it('reads names as before where the members above are named in full', () => {
    const written = people(['Friends of Brook Park: Meeting Minutes', 'Date: 3 May 2024', '', 'Attendees: RW, HJ, SJ', 'Apologies: Kim Dale', '', '1. Planting', 'RW reported.']);
    expect(written.filter((p) => p[2] === 'apologies')).toEqual([['Kim Dale', null, 'apologies']]);
  });

  it('does not read a lone pair of capitals as a person where no member is listed by initials', () => {
    const written = people(['Friends of Brook Park: Meeting Minutes', 'Date: 3 May 2024', '', 'Attendees: Rita Wells, Hal James', 'Apologies: KD', '', '1. Planting', 'Rita reported.']);
    expect(written.filter((p) => p[2] === 'apologies')).toEqual([]);
  });
});

describe('numbered items whose label a dash closes', () => {
  const agm = [
    'Minutes of the Brook Cricket Club AGM, 14 Feb 2017',
    '',
    '1. Members Present – Ann Hale (Chair), Tom Finch, Jo Reed',
    '2. Apologies – Al Moss, Kim Dale',
    '3. Minutes of the previous AGM – were read and approved',
    '4. Matters Arising – none',
    '5. Net sessions –',
    'Three players came each week.',
    '6. Planning – Extension at 4 Mill Road',
    'No objection.',
  ];

  it('reads the names after "Members Present –" as those present, and after "Apologies –" as apologies', () => {
    expect(people(agm)).toEqual([
      ['Ann Hale', null, 'present'],
      ['Tom Finch', null, 'present'],
      ['Jo Reed', null, 'present'],
      ['Al Moss', null, 'apologies'],
      ['Kim Dale', null, 'apologies'],
    ]);
  });

  it('ends the title at a dash the record or "none" follows, and drops a dash nothing follows', () => {
    expect(parseLines(agm).minutes.items.map((item) => item.title)).toEqual([
      'Members Present',
      'Apologies',
      'Minutes of the previous AGM',
      'Matters Arising',
      'Net sessions',
      // A title's second part after the dash stays.
      'Planning – Extension at 4 Mill Road',
    ]);
  });
});
