// Minutes whose items are plain headings with no numbers: Word's list numbers lost in the export, or
// never written. Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const OPENING = [
  'Minutes of the Northbridge Refugee Forum meeting',
  '',
  '14 March 2023',
  'Town Hall',
  '',
  'Present:',
  '',
  'AF\tAda Finch\tNorthbridge Council (chair)',
  'BO\tBernard Oakes\tRefugee Action Northbridge',
  'PV\tPriya Venn\tJobcentre Plus',
  '',
];

const headingsOf = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('plain headings after the roster', () => {
  it('keeps the paragraphs a blank line parts apart', () => {
    const { minutes } = parseLines([
      ...OPENING,
      'Welcome and introductions',
      '',
      'AF welcomed the members to the meeting.',
      '',
      'BO introduced the new caseworker.',
      '',
      'Housing update',
      '',
      'PV reported that twelve families had moved into settled homes.',
      '',
      'The forum thanked the council for its help.',
    ]);
    expect(minutes.items.map((item) => [item.title, item.paragraphs.map((p) => p.text)])).toEqual([
      ['Welcome and introductions', ['AF welcomed the members to the meeting.', 'BO introduced the new caseworker.']],
      ['Housing update', ['PV reported that twelve families had moved into settled homes.', 'The forum thanked the council for its help.']],
    ]);
  });

  it('keeps a heading over nothing, blank lines standing before the next heading', () => {
    expect(
      headingsOf([...OPENING, 'Minutes of the last meeting', '', 'Agreed as a correct record.', '', 'Matters arising', '', '', '', 'Housing update', '', 'PV reported on the new homes.']),
    ).toEqual([
      [null, 'Minutes of the last meeting'],
      [null, 'Matters arising'],
      [null, 'Housing update'],
    ]);
  });
});

describe('a numbered list inside a topic', () => {
  const lines = [
    ...OPENING,
    'Minutes',
    '',
    "Agenda items' discussion",
    '',
    'Actions',
    '',
    'Welcome and apologies',
    '',
    'AF welcomed the members.',
    '',
    'Housing pathways',
    '',
    'BO presented the pathways report.',
    '',
    'Recommendations',
    '',
    '1. That the forum notes the report and agrees the pathways set out in the annex.',
    '2. That members send any data they hold on move-on times to the secretariat.',
    '',
    'Comments',
    '',
    'PV – said that Jobcentre Plus holds figures on move-on times.',
    '',
    'BO to contact PV',
    '',
    'AF – thanked BO for the report.',
    '',
    'Employment support',
    '',
    'PV reported on the new employment programme.',
    '',
    'Date of next meeting',
    '',
    '20 June 2023, 10am',
  ];

  it('keeps the plain headings as the items, not the list\'s two numbered points, nor labels, captions or side actions', () => {
    expect(headingsOf(lines)).toEqual([
      [null, 'Welcome and apologies'],
      [null, 'Housing pathways'],
      [null, 'Employment support'],
      [null, 'Date of next meeting'],
    ]);
  });

  it('reads the side action as an action, not a heading', () => {
    const { minutes } = parseLines(lines);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['BO to contact PV', ['BO']]]);
  });
});

describe('captions and fields among plain headings', () => {
  it('reads neither "Draft Minutes" nor a "Next meeting: ..." field as a topic', () => {
    expect(
      headingsOf([...OPENING, 'Draft Minutes', '', 'Welcome and apologies', '', 'AF welcomed the members.', '', 'Housing update', '', 'PV reported on the new homes.', '', 'Next meeting: 20 June 2023, 10am-12pm', '', 'City Hall']),
    ).toEqual([
      [null, 'Welcome and apologies'],
      [null, 'Housing update'],
    ]);
  });
});

describe("a motion's outcome on a line of its own", () => {
  it('heads no topic ("Passed", "Carried")', () => {
    expect(
      headingsOf([...OPENING, 'Minutes of the last meeting', '', 'Proposed by AF, seconded by BO.', '', 'Passed', '', 'Housing update', '', 'PV moved that the forum write to the council.', '', 'Carried', '', 'Any other business', '', 'None.']),
    ).toEqual([
      [null, 'Minutes of the last meeting'],
      [null, 'Housing update'],
      [null, 'Any other business'],
    ]);
  });
});

describe('a list of given names with initials under the title, no list heading', () => {
  it('heads no topic with a person ("Doug (DL) - Chairman"), nor runs the people into the venue', () => {
    const { minutes } = parseLines([
      'Larchford Medical Centre',
      '',
      'Notes of a meeting of the patient group held on Monday 29th April 2019',
      '',
      'Doug (DL) - Chairman',
      '',
      'Mike (MR)',
      '',
      'Alison (AQ) – Practice Manager',
      '',
      'Minutes of the last meeting:',
      '',
      'The minutes were accepted as a true record.',
      '',
      'Matters arising:',
      '',
      'None.',
    ]);
    expect(minutes.items.map((item) => item.title)).toEqual(['Minutes of the last meeting', 'Matters arising']);
    expect(minutes.venue).toBe('Larchford Medical Centre');
  });
});
