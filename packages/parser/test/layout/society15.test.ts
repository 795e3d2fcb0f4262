// Societies' and clubs' minutes (session 15): cycling clubs, choirs, allotment societies, chess clubs. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null, a.chair]);

describe("a club committee's lists written '- Post - Name' under numbered items", () => {
  const lines = [
    'Club Minutes',
    '1. Welcome',
    'Ada welcomed everyone to the meeting.',
    '2. Those Attending',
    '- Chair - Ada Finch',
    '- Welfare Officer - Ben Rowe',
    '- Member without portfolio Cara Lind',
    '- Secretary - Dan Moss',
    '3. Apologies for Absence',
    '- Ride Coordinator - Eve Hale',
    '- Member without Portfolio Fay Dunn',
    '4. Approval of Minutes',
    'The minutes were approved.',
  ];

  it('reads the post before the dash and the holder after it', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null, true],
      ['present', 'Ben Rowe', 'Welfare Officer', false],
      ['present', 'Cara Lind', 'Member without portfolio', false],
      ['present', 'Dan Moss', 'Secretary', false],
      ['apologies', 'Eve Hale', 'Ride Coordinator', false],
      ['apologies', 'Fay Dunn', 'Member without Portfolio', false],
    ]);
  });

  it('still reads "Name - Post" the usual way round', () => {
    expect(people(['Club Minutes', 'Present', '- Ada Finch - Welfare Officer', '- Ben Rowe - Treasurer', '', '1. Minutes', 'Approved.'])).toEqual([
      ['present', 'Ada Finch', 'Welfare Officer', false],
      ['present', 'Ben Rowe', 'Treasurer', false],
    ]);
  });
});

describe('an action log kept as records: the reference after the label, owner and task on lines of their own', () => {
  const lines = [
    'Committee Minutes 3 March 2025',
    'Present: Ada Finch, Ben Rowe',
    '1. Actions Arising',
    'Action: 12/1/25/3',
    'On: Ben Rowe',
    'Requirement: Ask the league whether subscriptions can be paid by standing order.',
    'Conclusion: Action complete.',
    'Action: 12/1/25/4',
    'On: Ada Finch',
    'Requirement: Put the first aid link on the',
    'club website.',
    'Conclusion: Carried forward',
    '2. Any Other Business',
    'None.',
  ];

  it('reads each record as one action, numbered by its reference', () => {
    expect(minutes(lines).actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['12/1/25/3', 'Ask the league whether subscriptions can be paid by standing order.', ['Ben Rowe']],
      ['12/1/25/4', 'Put the first aid link on the club website.', ['Ada Finch']],
    ]);
  });

  it('leaves a labelled action with its task after the label as it was', () => {
    expect(minutes(['Committee Minutes 3 March 2025', 'Present: Ada Finch, Ben Rowe', '1. Website', 'Action: Ben Rowe to update the website.', 'On: Tuesday the club met.']).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ben Rowe to update the website.', ['Ben Rowe']],
    ]);
  });
});
