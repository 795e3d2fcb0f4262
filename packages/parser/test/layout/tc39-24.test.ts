// A standards committee's day of notes kept as markdown, and its task groups' calls (session 24).
// Every text is fictional: the Harbourline Scripting Committee does not exist.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

// One attendance line of "Full Name (INITIALS)" between rules, then dialogue keyed by initials.
const rosterLines = [
  '# March 9, 2016 Meeting Notes',
  '-----',
  '',
  'Ada Quill (AQ), Bram Tove (BT), Cyra Lund (CL), Dov Amsel (DA)',
  '',
  '-----',
  '',
];

describe('numbered topic headings over a speaker\'s numbered list', () => {
  const lines = [
    ...rosterLines,
    '## 5.2 Weak references report',
    '',
    '(Bram Tove)',
    '',
    'BT: The engine work is mostly done.',
    '',
    'CL: What about arrays?',
    '',
    '## 5.4 Tagged values',
    '',
    'AQ: Propose two changes:',
    '1. Make the tag a primitive type',
    '2. Throw on implicit string conversion',
    '',
    'DA: Agreed.',
    '',
    '#### Conclusion/Resolution',
    '',
    '- Tags are primitives.',
  ];

  it('reads the "## 5.2" and "## 5.4" headings as the items, not the two numbered points in the second', () => {
    expect(items(lines)).toEqual([
      ['5.2', 'Weak references report'],
      ['5.4', 'Tagged values'],
    ]);
  });

  it('still reads numbered sentences as items where no heading is numbered', () => {
    const plain = ['Minutes of the Harbourline Scripting Committee, 9 March 2016', '', '1. Apologies were received from Ada Quill.', '', '2. The minutes were approved.', '', '3. The budget was noted.'];
    expect(items(plain).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
});

describe('unnumbered topics a level above the numbered sub-items of an agenda heading', () => {
  const lines = [
    ...rosterLines,
    '## Agenda',
    '',
    '### 1. Welcome',
    '',
    '...',
    '',
    '### 2. Approval of the minutes from last meeting',
    '',
    'Approved.',
    '',
    '### 3. Next meeting host and logistics',
    '',
    'AQ: Next meeting is in Lisbon.',
    '',
    '## Move to a royalty-free committee',
    '',
    '(Dov Amsel)',
    '',
    'DA: The assembly approved the change.',
    '',
    '#### Conclusion/Resolution',
    '',
    '- Consensus on the request.',
    '',
    '## Report from the Secretariat',
    '',
    'DA: Downloads rose again.',
  ];

  it('reads the "## " topics after "### 3." as items of their own, not as the text of the last numbered one', () => {
    expect(items(lines)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Approval of the minutes from last meeting'],
      ['3', 'Next meeting host and logistics'],
      [null, 'Move to a royalty-free committee'],
      [null, 'Report from the Secretariat'],
    ]);
  });

  it('leaves a "## Content:" heading over a generated table of contents out of the items', () => {
    const scribed = ['# Scripting Group Telco — Minutes', '', '**Present:** Ada Quill, Bram Tove', '', '## Content:', '', '* TOC', '', '**Ada Quill:** minutes approved', '', '### 1. Packaging workshop report', '', '**Bram Tove:** It went well.', '', '### 2. Issues', '', '**Ada Quill:** None.'];
    expect(items(scribed)).toEqual([
      ['1', 'Packaging workshop report'],
      ['2', 'Issues'],
    ]);
  });

  it('leaves a deeper unnumbered heading inside the numbered item above it', () => {
    const deeper = [...rosterLines, '## 1. Welcome', '', 'AQ: Hello.', '', '## 2. Budget', '', 'BT: Costs rose.', '', '### Costs of the venue', '', 'BT: The hall is dearer.', '', '## 3. Close', '', 'Closed.'];
    expect(items(deeper)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Budget'],
      ['3', 'Close'],
    ]);
  });
});

describe('a link to the topic\'s thread in brackets after its heading', () => {
  const lines = [
    ...rosterLines,
    '## Detecting modules (see http://lists.example.org/topic/detecting-modules)',
    '',
    'AQ: Tools need a way to tell.',
    '',
    '## Spec status (http://example.org/status)',
    '',
    'BT: Draft 22 is out.',
    '',
    '## Concise methods (Ada Quill)',
    '',
    'CL: Keep them enumerable.',
  ];

  it('leaves the bracketed link out of the title', () => {
    expect(items(lines).map(([, title]) => title)).toEqual(['Detecting modules', 'Spec status', 'Concise methods (Ada Quill)']);
  });
});

describe('an action labelled "Action for" its owner, with no colon', () => {
  const lines = [
    '# Champions call, 1 October 2020',
    '',
    '## Attendees',
    '',
    '- Ada Quill (AQ)',
    '- Bram Tove (BT)',
    '',
    '## Agenda:',
    '',
    '* Option bags for string output',
    '',
    '    * AQ: Positive forms read better.',
    '',
    '    * Action for BT to write up this proposal in the issue.',
    '',
    '* Naming of the zoned type',
    '',
    '    * BT: A poll, then.',
  ];

  it('reads the owner and the task after "Action for"', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['BT to write up this proposal in the issue.', ['BT']]]);
  });

  it('still reads "Action BT to ..." and "ACTION Bram - ..." as before', () => {
    const other = ['Minutes of the Harbourline Scripting Committee, 1 October 2020', '', 'Present: Ada Quill (AQ), Bram Tove (BT)', '', '1. Budget', '', 'Action BT to book the hall.', '', 'ACTION Bram - update the price list'];
    expect(minutes(other).actions.map((a) => a.owners)).toEqual([['BT'], ['Bram']]);
  });
});
