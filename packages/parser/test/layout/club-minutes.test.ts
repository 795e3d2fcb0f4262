// Minutes of clubs, makerspaces and steering groups kept as markdown pages: meeting facts as
// bulleted fields, actions written "ACTION Name - task" or listed under an "Action summary",
// and action logs as markdown tables. Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('meeting facts as bulleted fields', () => {
  const { minutes } = parseLines([
    '### Committee meeting for Larch Makerspace 12 May 2014',
    '',
    '-   Location: Larch Makerspace',
    '-   Meeting Opened: 13.30',
    '-   Next Meeting: Saturday 2014-06-14-1400',
    '',
    '#### Members present',
    '',
    '-   Present: Ann, Bob, Cy',
    '-   Apologies: Dee',
    '',
    '#### Treasurer Report',
    '',
    '-   Balance is fine.',
    '',
    '#### Meeting Closed',
    '',
    '14:20 pm',
  ]);

  it('reads the title from the heading, not from the next meeting field', () => {
    expect(minutes.title).toBe('Committee meeting for Larch Makerspace 12 May 2014');
    expect(minutes.body).toBeNull();
  });

  it('reads the venue and the times from the fields, the closing time below its label', () => {
    expect([minutes.venue, minutes.start, minutes.end]).toEqual(['Larch Makerspace', '13:30', '14:20']);
  });
});

describe('start and end fields below the roster', () => {
  it('gives the meeting its times', () => {
    const { minutes } = parseLines([
      '# AGM Minutes 2019-03-02',
      '',
      'Attendees:',
      '',
      '- Ann Bell',
      '- Cy Dunn',
      '',
      'Chairperson: Ann Bell',
      '',
      'Start Time: 13:02',
      '',
      'End Time: 1:34 pm',
      '',
      '## Previous AGM Minutes',
      '',
      '- Accepted.',
    ]);
    expect([minutes.start, minutes.end]).toEqual(['13:02', '13:34']);
  });
});

describe('actions of a makerspace committee', () => {
  const { minutes } = parseLines([
    '# Committee meeting 12 May 2014',
    '',
    'Present: Ann, Bob, Cy',
    '',
    '## Treasurer Report',
    '',
    '-   Balance is fine.',
    '-   ACTION Bob - update the price list.',
    '-   Q: Did the plumber get paid? Not yet: ACTION: Cy',
    '',
    '## Previous action items',
    '',
    '-   Ann: renew the domain - done',
    '',
    '## Action summary',
    '',
    '-   everyone sign up to the wiki',
    '-   ACTION: Cy: pay the plumber',
    '-   FIXME: Bob, please list the new members',
  ]);

  it('reads a label in capitals without its colon, and the owner before a dash or colon', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['update the price list.', ['Bob']],
      ['renew the domain - done', ['Ann']],
      ['everyone sign up to the wiki', []],
      ['pay the plumber', ['Cy']],
      ['FIXME: Bob, please list the new members', []],
    ]);
  });
});

describe('an action label in running text followed by its owner and a dash', () => {
  it('takes the sentence after the dash as the task', () => {
    const { minutes } = parseLines([
      '# Larch Technical Committee',
      '',
      'Present: Ann Bell (AB), Cy Dunn (CD)',
      '',
      '1. **Development tasks**',
      '',
      '\t1. AB - Everyone should review the release.',
      '\t2. REF-7:Action: All - review the release and report issues.',
      '\t3. REF-8:Action: CD - Add a task for this review.',
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['review the release and report issues.', ['All']],
      ['Add a task for this review.', ['CD']],
    ]);
  });
});

describe('a markdown action log with a responsibility column', () => {
  it('reads each row, its dotted number and its owner', () => {
    const { minutes } = parseLines([
      '# Larch Steering Group Meeting #3',
      '',
      'Attendance',
      '',
      '- Ann Bell (AB), Larch Labs',
      '- Cy Dunn (CD), Oak Works',
      '',
      '1\\. Actions of the previous meeting',
      '',
      '| No.   | Detail                                 | Resp. | Status   |',
      '| ----- | -------------------------------------- | ----- | -------- |',
      '| 2.1   | Add the terms of reference to the site |  AB   |  Done    |',
      '| 2.10  | Update the terms                       | CD    | Not Done |',
    ]);
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners, a.status])).toEqual([
      ['2.1', 'Add the terms of reference to the site', ['AB'], 'Done'],
      ['2.10', 'Update the terms', ['CD'], 'Not Done'],
    ]);
  });
});
