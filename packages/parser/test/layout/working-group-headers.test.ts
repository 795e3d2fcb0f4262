// Titles, bodies and topics of working-group and team notes. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const facts = (lines: string[]) => {
  const { minutes } = parseLines(lines);
  return { title: minutes.title, body: minutes.body, items: minutes.items.map((i) => i.title), people: minutes.attendees.map((a) => a.name) };
};

describe('scribed telecon notes', () => {
  it('reads headings written without a space after the hashes, and the topic after its label', () => {
    expect(
      facts(['##Lantern Group teleconf', '', '####3 May 2021', '', '####Present: Oskar, Maren', '', '###Topic: Storage quotas', '', 'Oskar: we looked at the numbers.', '', '###Topic: Release dates', '', 'Maren: June.']),
    ).toEqual({ title: 'Lantern Group teleconf', body: 'Lantern Group', items: ['Storage quotas', 'Release dates'], people: ['Oskar', 'Maren'] });
  });

  it('keeps a single hash before a word as text', () => {
    expect(parseLines(['#quotas were discussed']).minutes.items).toEqual([]);
  });
});

describe('titles', () => {
  it('takes the body of "Minutes from the Nth X meeting" without the ordinal', () => {
    expect(facts(['Minutes from 12th Lantern TSC meeting, Jun 3rd, 2021', '', 'Attendees: Hedda Lund, Piotr Sand', '', '1) Quorum', '', 'Confirmed.'])).toMatchObject({
      title: 'Minutes from 12th Lantern TSC meeting, Jun 3rd, 2021',
      body: 'Lantern TSC',
    });
  });

  it('does not take the caption of a block of fields for the title', () => {
    expect(facts(['# Sprint Two Retrospective', '', '## Meeting Details', 'In attendance: Hedda Lund, Piotr Sand', '', '## Velocity', '', 'It went up.']).title).toBe('Sprint Two Retrospective');
  });

  it('does not take a speaker\'s words for the title', () => {
    expect(facts(['Hedda: Meeting called to order', '', 'Board Members', 'Hedda Lund - Chair', 'Piotr Sand - Treasurer', '', 'Hedda: Motion to adjourn']).title).toBeNull();
  });
});

describe('an "Action Items" heading at the end of the notes', () => {
  const { minutes } = parseLines([
    '# Lantern Team meeting notes, 3 May 2021',
    '',
    'Attendees: Hedda Lund, Piotr Sand',
    '',
    '## Velocity',
    '',
    'It went up.',
    '',
    '## Action Items',
    '',
    '- [ ] Piotr: book the room',
    '- [x] Hedda Lund to send the survey',
    '- Tidy the board',
  ]);

  it('reads each entry as an action, the check box dropped and a leading name as its owner', () => {
    expect(minutes.actions.map((a) => ({ text: a.text, owners: a.owners }))).toEqual([
      { text: 'book the room', owners: ['Piotr'] },
      { text: 'Hedda Lund to send the survey', owners: ['Hedda Lund'] },
      { text: 'Tidy the board', owners: [] },
    ]);
  });
});

describe('an "Action Items" list before the topics', () => {
  const { minutes } = parseLines([
    '# Lantern Tooling Working Group Meeting - 2021/06/14',
    '## Attendees',
    '* Hedda Lund',
    '* Piotr Sand',
    '',
    '## Action Items',
    '* Write up the migration notes **Piotr Sand**',
    '* Hedda Lund to review the guide',
    '',
    '## Agenda',
    '* Review pending actions',
  ]);

  it('dates the meeting from a year-first date with slashes', () => {
    expect(minutes.date).toBe('2021-06-14');
  });

  it('reads the list as the meeting\'s actions, an attendee named at the end as the owner', () => {
    expect(minutes.actions.map((a) => ({ text: a.text, owners: a.owners, item: a.itemNumber }))).toEqual([
      { text: 'Write up the migration notes', owners: ['Piotr Sand'], item: null },
      { text: 'Hedda Lund to review the guide', owners: ['Hedda Lund'], item: null },
    ]);
  });
});

describe('a society\'s AGM page with its publication metadata above the title', () => {
  const { minutes } = parseLines([
    'title: 2019 AGM',
    'date: 2023-01-05 10:00:00 UTC+12:00',
    'type: text',
    '',
    '# Minutes of LLUG 2019 AGM - 14 October 2019',
    '',
    '## Present',
    '',
    '  - Rhys d’Arcy',
    '  - Mona Vale',
    '',
    '## Treasurers Report',
    '',
    'Accounts were accepted.',
  ]);

  it('dates the meeting by its title, and names the body without the kind of meeting', () => {
    expect({ date: minutes.date, body: minutes.body }).toEqual({ date: '2019-10-14', body: 'LLUG' });
  });

  it('reads a surname with an elided particle', () => {
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Rhys d’Arcy', 'Mona Vale']);
  });
});

describe('an "Action Points:" caption line after an agenda of bullets', () => {
  it('reads its list as the meeting\'s actions, a marker kept in the text', () => {
    const { minutes } = parseLines([
      '| Key | Value |',
      '|---|---|',
      '| Date: | 12/02/24 |',
      '| Attendees: | Mila Berg, Joost Vos |',
      '',
      '- Opening by chair (1 min)',
      '- Closure (1 min)',
      '',
      'Action Points:',
      '- TODO: fill in the peer review',
      '- Joost: merge the branch',
    ]);
    expect(minutes.actions.map((a) => ({ text: a.text, owners: a.owners }))).toEqual([
      { text: 'TODO: fill in the peer review', owners: [] },
      { text: 'merge the branch', owners: ['Joost'] },
    ]);
  });
});

describe('"Action Points:" read as an item of its own', () => {
  it('reads the entries under it as actions', () => {
    const { minutes } = parseLines(['Minutes of the Lantern Team, 12 February 2024', '', 'Attendees: Mila Berg, Joost Vos', '', 'Agenda Items:', '- Opening by chair', '- Closure', '', 'Action Points:', '- Joost: merge the branch']);
    expect(minutes.actions.map((a) => ({ text: a.text, owners: a.owners }))).toEqual([{ text: 'merge the branch', owners: ['Joost'] }]);
  });
});
