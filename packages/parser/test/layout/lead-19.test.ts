// The lead's general rules of session 19. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.chair]);

describe('a sentence whose subject sent apologies, an auxiliary or an adverb before the verb', () => {
  const withSentence = (sentence: string) => [
    'Minutes of the Committee Meeting held on 4 March 2031',
    'Present:',
    'Ruth Lane (Chair), Owen Pike and Amy Ross.',
    '1. Apologies',
    sentence,
    '2. Minutes of the last meeting',
    'The minutes were approved.',
  ];
  const apologies = (sentence: string) => people(withSentence(sentence)).filter(([attendance]) => attendance === 'apologies').map(([, , name]) => name);

  it('reads "Name had sent her apologies" without the auxiliary', () => {
    expect(apologies('Jo Finch had sent her apologies.')).toEqual(['Jo Finch']);
  });

  it('reads "Name has given apologies" and "Name had also sent apologies"', () => {
    expect(apologies('Hal Dunn has given apologies.')).toEqual(['Hal Dunn']);
    expect(apologies('Kit Lowe had also sent apologies.')).toEqual(['Kit Lowe']);
  });

  it('still reads "Name also sent his apologies" and "Name had offered his apologies"', () => {
    expect(apologies('Tom Reed also sent his apologies.')).toEqual(['Tom Reed']);
    expect(apologies('Ivor Mole had offered his apologies.')).toEqual(['Ivor Mole']);
  });

  it('leaves a guest who sent apologies to an item under its label ("Update: Ann Rook, KCC Roads Mrs Rook had sent apologies")', () => {
    const read = people([
      'Minutes of the Committee Meeting held on 4 March 2031',
      'Present:',
      'Ruth Lane (Chair), Owen Pike and Amy Ross.',
      '1. Apologies',
      'None.',
      '2. Roads Matters',
      'i. Roads update: Ann Rook, KCC Roads Mrs Rook had sent apologies and provided a report to the Clerk.',
      '3. Any other business',
      'None.',
    ]);
    expect(read.filter(([attendance]) => attendance === 'apologies')).toEqual([]);
  });
});

describe('a sentence alone under the lists that says who sent apologies', () => {
  const read = (sentence: string) =>
    people([
      'Minutes of the Committee Meeting held on 4 March 2031',
      'Present: Ruth Lane (Chair), Owen Pike and Amy Ross.',
      sentence,
      '',
      '1. Minutes of the last meeting',
      'The minutes were approved.',
      '2. Roads',
      'The roads were discussed at length.',
    ]).map(([attendance, , name]) => [attendance, name]);

  it('reads "Jo Finch had sent her apologies." as her apologies, the list above kept', () => {
    expect(read('Jo Finch had sent her apologies.')).toEqual([
      ['present', 'Ruth Lane'],
      ['present', 'Owen Pike'],
      ['present', 'Amy Ross'],
      ['apologies', 'Jo Finch'],
    ]);
  });

  it('reads two names that "also sent apologies for absence"', () => {
    expect(read('Cllrs Lee and Hale also sent apologies for absence.').filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', 'Lee'],
      ['apologies', 'Hale'],
    ]);
  });
});
