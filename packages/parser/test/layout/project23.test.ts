// Project boards, steering groups, task-and-finish and working groups whose minutes carry action logs (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.number, a.text, a.owners]);

const steeringGroup = (paragraph: string) => [
  'Minutes of the Harbourside Libraries Steering Group',
  '',
  '9 October 2019',
  '',
  'Present: Olive Marsh (OM), Dev Kapoor (DK), Ruth Sallis (RS)',
  '',
  '1. Welcome and apologies',
  '',
  'None were received.',
  '',
  '2. Strategic plan',
  '',
  paragraph,
];

describe('an "Action:" label inside a paragraph, before the task it names', () => {
  it('reads an owner of two capitalised words ("Action: Incoming Chair to ...") as the task\'s owner', () => {
    const lines = steeringGroup('The group agreed that the plan should be renamed. Action: Incoming Chair to add a column of responsibility to the plan.');
    expect(actions(lines)).toEqual([[null, 'Incoming Chair to add a column of responsibility to the plan.', ['Incoming Chair']]]);
  });

  it('reads an owner named in full ("Action: Ruth Sallis to ...") as the task\'s owner', () => {
    const lines = steeringGroup('The draft was welcomed. Action: Ruth Sallis to circulate the revised draft to members. The timetable was noted.');
    expect(actions(lines)).toEqual([[null, 'Ruth Sallis to circulate the revised draft to members.', ['Ruth Sallis']]]);
  });

  it('still reads a closing tag of one owner as the owner of the sentence before it', () => {
    const lines = steeringGroup('Dev Kapoor to circulate the revised draft to members. Action: DK');
    expect(actions(lines)).toEqual([[null, 'Dev Kapoor to circulate the revised draft to members.', ['DK']]]);
  });
});

describe('a numbered "Action 3.1.1:" label inside a paragraph', () => {
  it('reads each numbered label as the task after it, numbered, its owners the names that open it', () => {
    const lines = steeringGroup(
      'OM outlined the problems with the website. Action 2.1.1: OM and DK arrange a date to review the website. RS mentioned a developer at another library. Action 2.1.2: RS find out the cost of a web developer.',
    );
    expect(actions(lines)).toEqual([
      ['2.1.1', 'OM and DK arrange a date to review the website.', ['OM', 'DK']],
      ['2.1.2', 'RS find out the cost of a web developer.', ['RS']],
    ]);
  });
});

describe('a wiki page of meeting notes whose "Action items" heading was pasted as a plain line', () => {
  const page = (caption: string) => [
    '2031-04-02 Meeting notes',
    '',
    'Discussion items',
    '',
    '  • Review the survey',
    '',
    'We reviewed the survey; four answers so far.',
    '',
    caption,
    '',
    '  • Ana Pell to send a reminder for the survey this week',
    '  • Tom Reyes to send out the quarterly update',
    '',
    'Related content',
  ];

  it('reads the bulleted list under the plain "Action items" line as the actions, owned by the names that open them', () => {
    expect(actions(page('Action items'))).toEqual([
      [null, 'Ana Pell to send a reminder for the survey this week', ['Ana Pell']],
      [null, 'Tom Reyes to send out the quarterly update', ['Tom Reyes']],
    ]);
  });

  it('still reads no actions under a plain line that names no action list', () => {
    expect(actions(page('Follow-up notes'))).toEqual([]);
  });
});
