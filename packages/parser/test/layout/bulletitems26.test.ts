// Minutes with no numbers whose topics are bullets at the margin, each over its paragraphs (tenant panels,
// residents' committees, health partnerships; session 26). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => item.title);

describe('a tenant panel heads each topic with a bullet over its paragraphs', () => {
  const lines = [
    'Notes of a Residents Review Panel meeting held on 3 February 2021',
    'Members: Ola Brandt; Kit Moss (Chair); Rae Lund',
    'Apologies: Tam Oduya',
    '- Opening of the meeting',
    'Kit welcomed the members.',
    '- Repairs scorecard – update by Ben Arlo',
    'Ben was unable to attend and will report in March.',
    'Action: Kit to invite Ben to the March meeting.',
    '- Notes of the meeting held on 6 January 2021',
    'Agreed without amendment.',
    '- Training – Chairing Skills session',
    'A trainer has been found. Members agreed to attend a daytime session.',
  ];

  it('reads each bullet standing alone as a topic', () => {
    expect(titles(lines)).toEqual(['Opening of the meeting', 'Repairs scorecard – update by Ben Arlo', 'Notes of the meeting held on 6 January 2021', 'Training – Chairing Skills session']);
  });

  it('reads a closing colon on the bullet as no part of the title', () => {
    const colons = ['Minutes of the Greyford Health Forum, May 2012', '- Welcome:', 'Lena Ruiz welcomed everyone.', '- Minutes of last Meeting: – 2 March 2012', 'The minutes were confirmed.', '- Feedback on the Review', 'Lena reported on the review.'];
    expect(titles(colons)).toEqual(['Welcome', 'Minutes of last Meeting – 2 March 2012', 'Feedback on the Review']);
  });

  it('leaves a run of bullets (the points of a topic) in the topic above', () => {
    const runs = [
      'Minutes of the Hollin Court Owners Committee, 9 May 2018',
      '- Welcome',
      'The chair welcomed the members.',
      '- Matters arising',
      'The complaint was discussed.',
      '- Roads Lead – Ada Finch',
      '- Planning Lead – Joe Kerr',
      'Other notes:',
      '- Garden',
      'The new beds were planted.',
    ];
    expect(titles(runs)).toEqual(['Welcome', 'Matters arising', 'Garden']);
  });

  it('still reads no topic where fewer than three bullets stand alone', () => {
    const few = ['Minutes of the Hollin Court Owners Committee, 9 May 2018', '- Welcome', 'The chair welcomed the members.', 'The accounts were approved.', '- Garden', 'The new beds were planted.'];
    expect(titles(few)).toEqual([]);
  });
});

describe('a board writes its minutes as one outline, the topics its top bullets', () => {
  const lines = [
    'Minutes, Tuesday April 9, 2024',
    '',
    'Attendance: Nora Quill, Abe Tarrant, Lucy Fenn, Otto Vale',
    '',
    'Meeting opened at 6:30',
    '',
    '  • Minutes from March meeting – approved',
    '  • Welcome to new directors',
    '  • Review of the spring survey',
    '    • Returns were low. ACTION: Abe to send a reminder.',
    '    • Lucy will summarise the comments.',
    '  • Grant applications:',
    '    • Harbour fund (May 2)',
    '    • Coastal trust (June 10)',
    '  • Approval of budget (NQ/AT); approved',
  ];

  it('reads each top bullet as a topic and the indented bullets as its points', () => {
    expect(titles(lines)).toEqual(['Minutes from March meeting – approved', 'Welcome to new directors', 'Review of the spring survey', 'Grant applications', 'Approval of budget (NQ/AT)']);
  });

  it('still reads no topic from a list with no points indented under its bullets', () => {
    const flat = lines.filter((l) => !l.startsWith('    '));
    expect(titles(flat)).toEqual([]);
  });
});
