// Open-source working groups' call notes: the topics are the top-level bullets under a plain
// "Agenda and notes" line, the points made on each indented under it (session 24). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => item.title);

describe('a call\'s notes written under a plain "Agenda and notes" line', () => {
  const notes = (caption: string) => [
    'March 9, 18:00 UTC',
    '',
    'Attendees',
    '',
    '* Orla Venn',
    '* Kasim Brody',
    '* Tilde Marsh',
    '',
    caption,
    '',
    '* Review of the lantern proposal',
    '    * OV: We published the draft and asked the champions for feedback.',
    '    * KB: Two reviewers asked for a smaller first stage.',
    '* Pipeline syntax for stage 2',
    '    * TM: The grammar is settled; the open question is the placeholder token.',
    '    * OV: We will bring both options to the next plenary.',
  ];

  it('reads each top-level bullet with points under it as a topic', () => {
    expect(titles(notes('Agenda and notes'))).toEqual(['Review of the lantern proposal', 'Pipeline syntax for stage 2']);
  });

  it('reads the line as the caption over the topics with its closing colon too', () => {
    expect(titles(notes('Agenda and notes:'))).toEqual(['Review of the lantern proposal', 'Pipeline syntax for stage 2']);
  });

  it('still reads no topic where the bullets under the caption have no points of their own', () => {
    const list = ['March 9, 18:00 UTC', '', 'Attendees', '', '* Orla Venn', '* Kasim Brody', '', 'Agenda and notes', '', '* Review of the lantern proposal', '* Pipeline syntax for stage 2'];
    expect(titles(list)).toEqual([]);
  });
});

describe('the title of a bullet topic', () => {
  const call = [
    'March 9, 18:00 UTC',
    '',
    'Attendees',
    '',
    '* Orla Venn',
    '* Kasim Brody',
    '',
    'Agenda and notes',
    '',
    '* Pipeline syntax (10m)',
    '    * OV: The grammar is settled.',
    '* Duration rounding https://example.org/lanterns/issues/41',
    '    * KB: Rounding should follow the largest unit.',
    '* Vulnerability review - https://example.org/lanterns/issues',
    '    * OV: Two reports were closed.',
  ];

  it('leaves out a bare minutes timebox and a trailing bare link', () => {
    expect(titles(call)).toEqual(['Pipeline syntax', 'Duration rounding', 'Vulnerability review']);
  });
});
