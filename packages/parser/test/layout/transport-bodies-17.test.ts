// Transport bodies' minutes: rail and bus user groups, transport committees, road-safety partnerships (session 17).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('item numbers written in brackets', () => {
  const lines = [
    'Minutes of Committee Meeting on 9th May 2015, Perth',
    'In attendance: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL).',
    '(1) Apologies',
    'Dan Moss (DM).',
    '(2) Approval of Minutes',
    'Minutes of the March meeting agreed.',
    '(3) Station Car Park',
    'BR reported that the new barrier is working. AH to write to the operator.',
    '(4) 2016 AGM',
    'Agreed to meet at the Station Hotel.',
  ];

  it('reads "(N) Title" alone on its line as item N', () => {
    expect(items(lines)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Approval of Minutes'],
      ['3', 'Station Car Park'],
      ['4', '2016 AGM'],
    ]);
  });

  it('takes the apologies from the bracket-numbered apologies item', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Dan Moss']);
  });

  it('leaves a bracket-numbered sentence in the text', () => {
    const sentence = ['Minutes of the Senate, 3 March 2004', '', '(1) The President reported that the budget review is delayed, and thanked the officers.', '', '1. ROLL CALL', '', 'All present.'];
    expect(items(sentence)).toEqual([['1', 'ROLL CALL']]);
  });
});

describe('an action caption over its entries with no blank line between', () => {
  const lines = [
    'Riverside Cyclists Monthly Meeting',
    'Present: Jo Finch, Sam Hale, Ann Rowe.',
    '',
    '1. Rides',
    'The spring rides were planned.',
    ' Action:',
    'Put the spring rides on the website – JF',
    'Order new hi-vis vests – SH',
    'Book the hall for the AGM – JF',
    '',
    '2. Any other business',
    'None.',
  ];

  it('reads each line closed by its owners as its own action', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Put the spring rides on the website', ['JF']],
      ['Order new hi-vis vests', ['SH']],
      ['Book the hall for the AGM', ['JF']],
    ]);
  });

  it('keeps lines that close with no owners one paragraph', () => {
    const wrapped = [...lines.slice(0, 6), 'Put the spring rides on the website and ask members', 'to suggest routes for the summer', '', '2. Any other business', 'None.'];
    expect(minutes(wrapped).actions.map((a) => a.text)).not.toContain('Put the spring rides on the website and ask members');
  });
});
