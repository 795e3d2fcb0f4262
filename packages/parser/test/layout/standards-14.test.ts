// Standards bodies' and technical committees' minutes (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.chair]);

describe("a chat bot's minutes that list people by the names they use in the chat", () => {
  const lines = [
    'W3C',
    '',
    '– DRAFT –',
    'Lantern Markup Community Group Teleconference',
    '',
    '12 March 2024',
    '',
    'Attendees',
    '',
    'Present',
    'Ola, brindle, Tova_Harker, kmarsh, PeterQ',
    'Regrets',
    '-',
    'Chair',
    'Ola',
    'Scribe',
    'kmarsh, wren',
    '',
    'Meeting minutes',
    '',
    'Lantern syntax',
    '',
    'Ola: We looked at the draft last week.',
  ];

  it('reads each chat name as a person, an underscore as a space, and "-" as no one', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ola', true],
      ['present', 'brindle', false],
      ['present', 'Tova Harker', false],
      ['present', 'kmarsh', false],
      ['present', 'PeterQ', false],
      ['secretariat', 'kmarsh', false],
      ['secretariat', 'wren', false],
    ]);
  });

  it('reads a chair list of full names, each already present, as one list entry each', () => {
    const full = ['Harbour Design Group Teleconference', '', '04 May 2016', '', 'Present', 'Ada Finch, Tom Reedbank, Iris Vale', 'Chair', 'Ada Finch, Iris Vale', 'Scribe', 'Tom Reedbank', '', 'Topic one', '', 'AF: Welcome.'];
    expect(people(full)).toEqual([
      ['present', 'Ada Finch', false],
      ['present', 'Tom Reedbank', false],
      ['present', 'Iris Vale', false],
      ['present', 'Ada Finch', true],
      ['present', 'Iris Vale', true],
      ['secretariat', 'Tom Reedbank', false],
    ]);
  });

  it("leaves the tool's unfilled chair field out", () => {
    const unfilled = ['SV_MEETING_TITLE', '', '03 June 2011', '', 'Attendees', 'Present', 'Jo_Finch, mrowe', 'Regrets', 'Chair', 'SV_MEETING_CHAIR', 'Scribe', 'kb', '', 'Topic one', '', 'JF: Welcome.'];
    expect(people(unfilled)).toEqual([
      ['present', 'Jo Finch', false],
      ['present', 'mrowe', false],
      ['secretariat', 'kb', false],
    ]);
  });
});

describe("a technical committee's register of consensus and actions, one record a line", () => {
  const lines = [
    'Approved Minutes of the Lantern Type Committee Meeting 41',
    'Hosted online',
    'Revision date: June 14, 2021',
    'Tuesday, March 2, 2021',
    '',
    'Present: Ada Finch, Tom Reed',
    '',
    '1. Glyph naming',
    '[41-C1] Consensus: Accept the naming draft for version 3.',
    '[41-A1] Action Item for Ada Finch: Post the naming draft for review.',
    '[41-A2] Action Item for Tom Reed, Naming Group: Collect the feedback on the draft, for version 3.',
    '',
    '2. Close',
    'The meeting closed at noon.',
  ];

  it('numbers each action by its bracketed key and reads its owners from the label', () => {
    expect(minutes(lines).actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['41-A1', 'Post the naming draft for review.', ['Ada Finch']],
      ['41-A2', 'Collect the feedback on the draft, for version 3.', ['Tom Reed', 'Naming Group']],
    ]);
  });

  it("takes the meeting's date, not the revision date", () => {
    expect(minutes(lines).date).toBe('2021-03-02');
  });
});

describe('minutes quoted whole in an email reply', () => {
  const lines = [
    'Re: Minutes: Lantern CG call 4 June 2024',
    '',
    'One correction: I had sent regrets.',
    '',
    'On 2024/06/04, Ada Finch wrote:',
    '> Lantern Community Group',
    '> 04 June 2024',
    '>',
    '> Attendees',
    '>',
    '> Present',
    '> Ada Finch (Chair), Tom Reed, Iris Vale',
    '>',
    '> Regrets',
    '> -',
    '>',
    '> Meeting minutes',
    '>',
    '> Welcome',
    '>',
    '> Ada: Welcome all.',
  ];

  it('reads the quoted minutes without the quotation marks', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', true],
      ['present', 'Tom Reed', false],
      ['present', 'Iris Vale', false],
    ]);
  });

  it('keeps a markdown page that quotes one passage as it is', () => {
    const page = ['# Lantern TSC 2024-06-04', '', 'Present: Ada Finch, Tom Reed', '', '## Roadmap', '', '> A quoted line', '> and another', '', 'Agreed.'];
    expect(parseLines(page).minutes.items.map((i) => i.title)).toEqual(['Roadmap']);
  });
});

describe("a meeting's raw chat log, topics set with 'Topic:'", () => {
  const lines = [
    '[Wed 15:00:02] <ada>\tAgenda: https://example.org/lantern/agenda',
    '[Wed 15:00:05] <ada>\tscribe: tom',
    '[Wed 15:00:40] *\tiris has joined #lantern',
    '[Wed 15:01:10] <ada>\tTopic: Glyph naming',
    '[Wed 15:01:30] <tom>\tAda: the draft is ready for review.',
    '[Wed 15:03:12] <iris>\tI will read it this week',
    '[Wed 15:05:00] <ada>\tTopic: Test suite',
    '[Wed 15:05:20] <tom>\tAda: twelve tests still fail.',
    '[Wed 15:09:41] <ada>\tTopic: Next call',
    '[Wed 15:10:02] <tom>\tAda: same time next week.',
  ];

  it('reads each topic set in the chat as an item, and the log as minutes', () => {
    const m = minutes(lines);
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => i.title)).toEqual(['Glyph naming', 'Test suite', 'Next call']);
  });

  it('takes no log line for the title', () => {
    expect(minutes(lines).title).toBeNull();
  });
});

describe("a markdown table of participants whose cells a converter cut short", () => {
  const lines = [
    '# Lantern TC Working Meeting',
    '',
    '- Meeting Date: June 28, 2023',
    '',
    '## Participants',
    '',
    '| Name | Company | Role |',
    '|---|---|---|',
    '| Ada Finch | Harbour Network, Inc. (H... | Member |',
    '| Tom Reed | Lantern Systems | Voting Member |',
    '| Jo Moss | Federal Office for Type (B... | Member |',
    '| Al Burn | Dell | Member |',
    '',
    '## Notes',
    '',
    '- Ada reported on the summit.',
  ];

  it('keeps each row one person though a cut cell leaves its bracket open', () => {
    expect(people(lines).map((p) => p[1])).toEqual(['Ada Finch', 'Tom Reed', 'Jo Moss', 'Al Burn']);
  });
});

describe("a steering group's roll call: name, organisation in brackets, then the seat after a slash", () => {
  const lines = [
    'Narrative minutes for the 2031-03-07 Lantern Steering Teleconference',
    '',
    '1. Administrivia',
    '1.1 Roll call',
    '',
    'ATTENDEES',
    '---------------------------------',
    'Ada Finch (Acme/Labs) / Routing Area',
    'Tomasz (Tom) Reed (Harbour) / Lantern Chair, General Area',
    'Iris Vale (Lantern Ltd)/ Secretariat Liaison',
    '',
    'REGRETS',
    '---------------------------------',
    'Jo Moss (Beacon) / Transport Area',
    '',
    '1.2 Bash the agenda',
    'Ada: Anything new?',
  ];

  it('reads the bracket as the organisation and the seat as the role, past a bracketed name the person goes by', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation, a.role])).toEqual([
      ['present', 'Ada Finch', 'Acme/Labs', 'Routing Area'],
      ['present', 'Tomasz Reed', 'Harbour', 'Lantern Chair, General Area'],
      ['present', 'Iris Vale', 'Lantern Ltd', 'Secretariat Liaison'],
      ['apologies', 'Jo Moss', 'Beacon', 'Transport Area'],
    ]);
  });
});
