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
