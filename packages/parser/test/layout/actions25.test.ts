// Action logs a Word export flattened with slashes, whose cells held line breaks (session 25, round 2).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const actions = (lines: string[]) => parseLines(lines).minutes.actions.map((a) => [a.number, a.text, a.owners, a.status]);

const header = ['Minutes of the Elmfield Academy Finance Committee', 'Held on 14 May 2019', '', 'Present: Tom Reade (TR), Ann Sole (AS)', ''];

describe('a slash-flattened action log whose rows go on over several lines', () => {
  it('joins a row\'s lines until its cells fill the caption row, a cell\'s end opening the next line with "/"', () => {
    const lines = [
      ...header,
      '1. Welcome',
      'The chair welcomed everyone.',
      '',
      '2. Action log',
      'No / Action / Owner / Status',
      '1 / Clerk to book the hall for the open day.',
      'Parents unable to attend in term time. / Clerk / Done',
      '2 / Members to send the clerk their ideas for the summer fair.',
      '/ All / Ongoing',
      '3 / TR to chase the printer. / TR / Done',
      'The meeting closed at 8pm.',
    ];
    expect(actions(lines)).toEqual([
      ['1', 'Clerk to book the hall for the open day. Parents unable to attend in term time.', ['Clerk'], 'Done'],
      ['2', 'Members to send the clerk their ideas for the summer fair.', ['All'], 'Ongoing'],
      ['3', 'TR to chase the printer.', ['TR'], 'Done'],
    ]);
  });

  it('reads each dashed line of an action cell as a task of the row\'s owners', () => {
    const lines = [
      ...header,
      '1. Minutes from meeting on 2nd April 2019',
      'Minutes accepted and approved for publishing on the website.',
      'Actions / Owner / Timescale',
      '-Letter of thanks to the office team for the audit',
      '-Letter of thanks to the caretaker retiring in June / TR / Outstanding',
      '-Head to report on the energy contract / AS / Completed',
      'Budget Report',
      'The budget was approved.',
    ];
    expect(actions(lines)).toEqual([
      [null, 'Letter of thanks to the office team for the audit', ['TR'], null],
      [null, 'Letter of thanks to the caretaker retiring in June', ['TR'], null],
      [null, 'Head to report on the energy contract', ['AS'], null],
    ]);
  });

  it('still ends the log at a line that opens no row, leaving the lines below it to the notes', () => {
    const lines = [
      ...header,
      '1. Action log',
      'Action / Owner / Due',
      'Chase the printer / TR / June',
      'Budget Report',
      'The budget was approved. Spending / staffing / premises were each discussed.',
    ];
    const { minutes } = parseLines(lines);
    expect(minutes.actions.map((a) => a.text)).toEqual(['Chase the printer']);
    expect(minutes.items[0]!.paragraphs.map((p) => p.text).join(' ')).toContain('The budget was approved.');
  });
});
