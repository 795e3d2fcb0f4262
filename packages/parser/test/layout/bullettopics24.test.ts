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

describe('an agenda whose bullets are the topics, some taken up without notes', () => {
  const call = [
    '# Calendar champions call, May 4',
    '',
    '## Attendees',
    '',
    '- Orla Venn (OVN)',
    '- Kasim Brody (KBY)',
    '',
    '## Agenda:',
    '',
    '* Call for volunteers for the autumn workshop',
    '',
    '* Is the polyfill ready? (10m)',
    '    * OVN: Two bugs are left open.',
    '    * KBY: We can ship after those.',
    '',
    '* Duration rounding https://example.org/lanterns/issues/41',
    '    * KBY: Rounding should follow the largest unit.',
    '* Week numbering',
    '    * Action: OVN to draft the text.',
    '    * Who reviews it?',
    '* Next meeting: June 1 (works?)',
  ];

  it('reads every top-level bullet of the agenda as a topic, the one with no notes under it too', () => {
    expect(titles(call)).toEqual(['Call for volunteers for the autumn workshop', 'Is the polyfill ready?', 'Duration rounding', 'Week numbering']);
  });

  it('reads the agenda\'s own bullets and the goals under a caption bullet as the topics, not the points below them', () => {
    const grouped = ['# Quality group call', '', '**Members:**', '* Orla', '* Kasim', '', '## Agenda:', '* Updates from each member', '* Agree the new goals:', '    * Goal 1: catch regressions early:', '        * G1: report beta issues', '    * Goal 2: help new teams:', '        * G2: write a guide', '* Discuss the mentoring idea:', '    * Anything to add?'];
    expect(titles(grouped)).toEqual(['Updates from each member', 'Goal 1: catch regressions early', 'Goal 2: help new teams', 'Discuss the mentoring idea']);
  });
});
