// Texts that run the parser's rules, so that patterns built at run time are compiled.
import { sharedCorpus } from '@lsmp/vitest-config/shared-corpus';

/** A small fictional minutes text that reaches the roster, items, actions, dates and times. */
export const fictionalMinutes = [
  'NORTHBRIDGE COMMUNITY PARTNERSHIP',
  'Minutes of the meeting held on Tuesday 5th March 2024, 10am – 12pm, at Riverside Hall',
  'Present:',
  'MO\tMaria Okafor\tHarbour Trust (Chair)',
  'Cllr Tomasz Pawlak\tNorthbridge Council',
  'Apologies: Grace Ellery, Kofi Danso',
  '1. Welcome and introductions',
  '1.1 MO welcomed everyone. The minutes of 12 February 2024 were agreed as an accurate record.',
  '2. Matters arising',
  'Action 1: TP to contact the Harbour Trust by 1 April 2024 - done',
  '2.1.1 It was agreed that the working group meets at 2.30pm.',
  'Next meeting: 4 June 2024, 10.00am – 12.00pm',
].join('\n');

/** The fictional minutes and, when the shared corpora are there, their documents. */
export function redosProbeTexts(): string[] {
  const corpora = [sharedCorpus('corpus'), sharedCorpus('corpus-extra')];
  return [fictionalMinutes, ...corpora.flatMap((corpus) => (corpus ?? []).map((doc) => doc.text))];
}
