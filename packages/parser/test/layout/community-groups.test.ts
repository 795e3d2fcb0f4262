// Minutes of small community bodies (parents' associations, steering groups, patient groups,
// residents' associations) kept on web pages: lists parted by slashes, roles in square brackets,
// actions tagged at a paragraph's end or listed under a topic, and list labels followed by a dash.
// Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const who = (minutes: { attendees: { attendance: string; name: string; initials: string | null; role: string | null; chair: boolean }[] }) =>
  minutes.attendees.map((a) => [a.attendance, a.name, a.initials, a.role, a.chair]);

describe('names parted by slashes', () => {
  const { minutes } = parseLines([
    'Steering Group Meeting – Larch Inn – 4 May 2018',
    '',
    'Present:  Ann Cole / Ben Dale / Cy Eames/ Dee Ford',
    '',
    'Apologies:  Eve Gray / Finn Hale/ Gil Ives',
    '',
    '1 Previous Minutes',
    '',
    'These were approved.',
  ]);

  it('reads each name on either side of a slash as a person of the list', () => {
    expect(minutes.attendees.map((a) => `${a.attendance} ${a.name}`)).toEqual([
      'present Ann Cole',
      'present Ben Dale',
      'present Cy Eames',
      'present Dee Ford',
      'apologies Eve Gray',
      'apologies Finn Hale',
      'apologies Gil Ives',
    ]);
  });

  it('keeps a seat shared by two as it was, and "and/or" whole', () => {
    const { minutes: shared } = parseLines(['Minutes 4 May 2018', '', 'Present: Ann Cole / Ben Dale, Cy Eames', '', '1 Finance', '', 'Noted.']);
    expect(shared.attendees.map((a) => a.name)).toEqual(['Ann Cole', 'Ben Dale', 'Cy Eames']);
  });
});

describe('a role in square brackets before the initials', () => {
  const { minutes } = parseLines([
    '## Attendance',
    '',
    '**Present:** Ann Cole (AC), Ben Dale [Treasurer] (BD), Cy Eames [Chair] (CE), Dee Ford [teacher] (DF).',
    '',
    '**Apologies:** Eve Gray, Finn Hale (FH)',
    '',
    '### Treasurer’s report',
    '',
    'We have £200.',
  ]);

  it('reads the bracket as the role, or as the chair mark', () => {
    expect(who(minutes)).toEqual([
      ['present', 'Ann Cole', 'AC', null, false],
      ['present', 'Ben Dale', 'BD', 'Treasurer', false],
      ['present', 'Cy Eames', 'CE', null, true],
      ['present', 'Dee Ford', 'DF', 'teacher', false],
      ['apologies', 'Eve Gray', null, null, false],
      ['apologies', 'Finn Hale', 'FH', null, false],
    ]);
  });
});

describe('an action tag without a colon closing its paragraph', () => {
  const { minutes } = parseLines([
    'Minutes of the Group, 3 March 2024',
    '',
    'Present: Ann Hale, Ryan Ford, Bev Moss (BM)',
    '',
    'Item 1.  Forms',
    '',
    'Ryan will send a copy of the form to Ann to share with the network                           Action Ryan',
    '',
    'Item 2.  Ramp',
    '',
    'A supplier has been found at a cost of £350 and BM sought approval for the purchase. All agreed – action BM.',
    '',
    'Item 3.  Website',
    '',
    'The secretary will put the minutes on the website once approved. Action BM',
    '',
    'Item 4.  Reception',
    '',
    'The group took no further action. Members agreed to support new staff.',
  ]);

  it('reads the owners from the tag and the task from the sentence before it', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ryan will send a copy of the form to Ann to share with the network', ['Ryan']],
      ['A supplier has been found at a cost of £350 and BM sought approval for the purchase. All agreed', ['BM']],
      ['The secretary will put the minutes on the website once approved.', ['BM']],
    ]);
  });
});

describe('a summary of actions under topics, repeated in the sections', () => {
  const { minutes } = parseLines([
    '## Attendance',
    '',
    '**Present:** Ann Cole (AC), Ben Dale (BD), Cy Eames (CE)',
    '',
    '## Summary of Actions',
    '',
    '* **Projector sign:** BD to get a quote for a new sign.',
    '* **School Calendar:** Calendar letter to be sent out by end of May – CE.',
    '* **Groups:** pupils to be assigned - AC/CE.',
    '',
    '### Head’s update',
    '',
    'The hall was painted.',
    '',
    '**Action:** BD to get a quote for a new sign.',
    '',
    '### Calendar',
    '',
    'There will be a letter.',
    '',
    '#### Action',
    '',
    'Calendar letter to be sent out by end of May – CE.',
  ]);

  it('takes the owners from the task, not from its topic, and keeps one record of each', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['BD to get a quote for a new sign.', ['BD']],
      ['Calendar letter to be sent out by end of May', ['CE']],
      ['pupils to be assigned', ['AC', 'CE']],
    ]);
  });

  it('reads no owner from a passive subject ("Handbook to be circulated")', () => {
    const { minutes: passive } = parseLines(['Minutes 4 May 2018', '', 'Present: Ann Cole', '', '1. Handbook', '', 'Action: Handbook to be circulated to parents.']);
    expect(passive.actions.map((a) => a.owners)).toEqual([[]]);
  });
});

describe('list labels followed by a dash, run together in one paragraph', () => {
  const { minutes } = parseLines([
    'Present – Ann Cole (AC) Chair, Ben Dale(BD) Treasurer, Cy Eames(CE) and twelve residents Apologies – Dee Ford, Eve Gray and Finn Hale',
    '',
    'Matters Arising CE reported that the bins had been moved.',
  ]);

  it('reads the apologies as a list of their own', () => {
    expect(minutes.attendees.map((a) => `${a.attendance} ${a.name}`)).toEqual([
      'present Ann Cole',
      'present Ben Dale',
      'present Cy Eames',
      'apologies Dee Ford',
      'apologies Eve Gray',
      'apologies Finn Hale',
    ]);
  });
});

describe('an "Attended" list with an apology among its bullets', () => {
  const { minutes } = parseLines([
    '### Society Exec Minutes',
    '',
    '#### 9th March 2001',
    '',
    '#### Attended',
    '',
    '  - Ann Cole',
    '  - Ben Dale',
    '  - Apologies from Cy Eames',
    '',
    '#### 1: Socials',
    '',
    'The pub social was fun.',
  ]);

  it('reads those who attended as present and the apology as one', () => {
    expect(minutes.attendees.map((a) => `${a.attendance} ${a.name}`)).toEqual(['present Ann Cole', 'present Ben Dale', 'apologies Cy Eames']);
  });
});

describe('the chair named after the word in a sentence before the items', () => {
  const chairOf = (lines: string[]) => parseLines(lines).minutes.attendees.filter((a) => a.chair).map((a) => a.name);

  it('marks "The Chairman, Ann Cole, welcomed ..." and "Chairman Rev. Ben Dale opened ..."', () => {
    expect(chairOf(['Minutes 4 May 2018', '', 'Present: Ann Cole, Ben Dale, Cy Eames', 'The Chairman, Ann Cole, welcomed everyone to the meeting.', '1 Apologies: none'])).toEqual(['Ann Cole']);
    expect(chairOf(['Minutes 4 May 2018', '', 'Present: Rev. Ben Dale (BD), Cy Eames (CE)', 'Opening Prayers: Chairman Rev. Ben Dale opened the meeting with prayer.', '1 Apologies: none'])).toEqual(['Ben Dale']);
  });

  it('marks no one where the name does not follow the word', () => {
    expect(chairOf(['Minutes 4 May 2018', '', 'Present: Ann Cole, Ben Dale', 'Nominations for Chair were invited, Ben Dale proposed Ann Cole.', '1 Apologies: none'])).toEqual([]);
    expect(chairOf(['Minutes 4 May 2018', '', 'Present: Ann Cole, Ben Dale', 'Ann Cole was appointed Vice Chairman Ben Dale agreed.', '1 Apologies: none'])).toEqual([]);
  });
});
