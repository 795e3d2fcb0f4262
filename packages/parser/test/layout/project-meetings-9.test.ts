// Markdown notes of open-source project meetings written from a template: standing sections left empty or
// skipped, reports of other bodies' meetings, the agenda's issues under "Announcements". Every name is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((i) => i.title);

/** Template notes: a report of other meetings, a repository's issues, then `closing` before "## Upcoming Meetings". */
const templateNotes = (reports: string[], closing: string[]) => [
  '# Lantern Steering Committee Meeting 2031-03-12',
  '',
  '## Present',
  '',
  '* Ada Finch @afinch (LSC)',
  '* Bo Reed @breed (LSC)',
  '',
  '## Agenda',
  '',
  '### Announcements',
  '',
  '* Release 4.2 went out on Monday',
  '',
  '### Board and Council Meeting Updates',
  '',
  ...reports,
  '',
  '### lantern/core',
  '',
  '* Drop the legacy build flag [#812](https://example.org/lantern/core/pull/812)',
  '  * Ada: nobody uses it any more.',
  '* Rename the config loader [#790](https://example.org/lantern/core/issues/790)',
  '  * Bo will draft the change.',
  '',
  '## Strategic Initiatives',
  '',
  ...closing,
  '',
  '## Upcoming Meetings',
  '',
  '* **Calendar**: <https://example.org/calendar>',
];

describe('standing sections of a template', () => {
  it('takes no topic from a report of other meetings, with or without points under it', () => {
    const reports = ['* Ada: the board meets on Friday, nothing for us', '  * Council elections are open'];
    expect(titles(templateNotes(reports, ['* Bo - cache rewrite, no update']))).toEqual([
      'Drop the legacy build flag #812',
      'Rename the config loader #790',
      'Strategic Initiatives',
    ]);
    expect(titles(templateNotes([], ['* Bo - cache rewrite, no update']))).toHaveLength(3);
  });

  it('takes no topic from a section that says only it was skipped', () => {
    for (const said of ['* Skipped, we ran out of time.', '* No updates this week', 'Out of time so skipped.']) {
      expect(titles(templateNotes([], [said]))).toEqual(['Drop the legacy build flag #812', 'Rename the config loader #790']);
    }
  });

  it('takes no topic from a section left empty before the closing sections', () => {
    expect(titles(templateNotes([], []))).toEqual(['Drop the legacy build flag #812', 'Rename the config loader #790']);
  });

  it('takes no topic from an empty "## Standup" over the review of the last meeting', () => {
    const notes = [
      '# Lantern TSC Meeting 2031-01-28',
      '',
      '## Present',
      '',
      '* Ada Finch (TSC)',
      '* Bo Reed (TSC)',
      '',
      '## Standup',
      '',
      '## Review of last meeting',
      '',
      'nothing covered',
      '',
      '## Minutes',
      '',
      '## Next Meeting',
      '',
      '2031-02-04',
    ];
    expect(titles(notes)).toEqual([]);
  });

  it('keeps an empty heading followed by discussed topics, and one naming an issue', () => {
    const notes = [
      '# Harbour Club Annual Meeting 2031-05-02',
      '',
      '## Present',
      '',
      '* Ada Finch',
      '* Bo Reed',
      '',
      '## Chair\'s Report',
      '',
      '## Membership',
      '',
      'Numbers are up by ten.',
      '',
      '## Review the bylaws [#12](https://example.org/club/issues/12)',
      '',
      '## Next meeting',
      '',
      'To be announced.',
    ];
    expect(titles(notes)).toEqual(["Chair's Report", 'Membership', 'Review the bylaws #12']);
  });
});

describe('the agenda\'s issues under "## Announcements"', () => {
  const notes = [
    '# Lantern Packaging Team Meeting 2031-04-02',
    '',
    '## Present',
    '',
    '* Ada Finch (@afinch)',
    '* Bo Reed (@breed)',
    '',
    '## Agenda',
    '',
    '## Announcements',
    '',
    '*Extracted from **packaging-agenda** labelled issues and pull requests prior to the meeting.',
    '',
    '* Settle the meeting process',
    '  * Agreed to follow the usual process',
    '',
    '* Pick a second meeting time',
    '  * Bo will open a poll.',
    '',
    '## Q&A, Other',
  ];

  it('reads the discussed bullets after the note of where they came from as the topics', () => {
    expect(titles(notes)).toEqual(['Settle the meeting process', 'Pick a second meeting time']);
  });
});

describe("a person's remark among a repository's issue bullets", () => {
  it('takes no topic from "Name, what was said" with points under it', () => {
    const notes = templateNotes([], ['* Bo - cache rewrite, no update']);
    const at = notes.indexOf('## Strategic Initiatives');
    notes.splice(at - 1, 0, '* Ada, the release may set the pace.', '  * The next one is due in May.');
    expect(titles(notes)).toEqual(['Drop the legacy build flag #812', 'Rename the config loader #790', 'Strategic Initiatives']);
  });
});

describe('a numbered agenda with timeboxes', () => {
  const agenda = [
    '# Lantern WG Notes – May 2031',
    '',
    '1. Review agenda (2m, Ada)',
    '2. Query rules: replacing \'query error\' with \'request error\' (15m, Bo)',
    '   - [Spec PR](https://example.org/pull/803)',
    '3. defer/stream updates (10m, Cy)',
    '4. Alternative meeting time (5m, Di)',
    '',
    '## Review agenda (2m, Ada)',
    '',
    '- Agreed.',
    '- **ACTION** - Bo: write up the rules',
  ];

  it('leaves the timebox out of the title and reads a title in lower case after a number', () => {
    expect(parseLines(agenda).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Review agenda'],
      ['2', "Query rules: replacing 'query error' with 'request error'"],
      ['3', 'defer/stream updates'],
      ['4', 'Alternative meeting time'],
    ]);
  });
});

describe('a name whose words name things too', () => {
  it('reads "Name (@handle)" as a person where the handle spells the name', () => {
    const notes = [
      '# Lantern Team Meeting 2031-06-29',
      '',
      '## Present',
      '',
      '* Ada Finch (@afinch)',
      '* Jon Church (@jonchurch)',
      '* Ivy Hall (@ivyhall)',
      '* Bo Reed',
      '',
      '## Agenda',
      '',
      '### lantern/core',
      '',
      '* Fork the release action? [#462](https://example.org/lantern/core/issues/462)',
      '  * Ada asked upstream.',
    ];
    expect(parseLines(notes).minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Jon Church', 'Ivy Hall', 'Bo Reed']);
  });

  it('reads a handle written before the name, a wide gap between, as no organisation', () => {
    const notes = ['# Lantern Build WG Meeting 2031-03-7', '', '## Present', '* @afinch   Ada Finch', '* @breed Bo Reed', '', '## Minutes', '', '### Fix the build [#12](https://example.org/i/12)', '', '* Done.'];
    const { minutes } = parseLines(notes);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', null],
      ['Bo Reed', null],
    ]);
    expect(minutes.date).toBe('2031-03-07');
  });
});

describe('an agenda of bullets with numbered links under them', () => {
  it('takes the headings of the notes for the topics, not the links numbered under a bullet', () => {
    const notes = [
      '# Lantern WG Notes - October 2031',
      '',
      '## Agenda',
      '',
      '- Agree to the guidelines (1m, Ada)',
      '  1. [Membership Agreement](https://example.org/foundation)',
      '  2. [Participation Guidelines](https://example.org/wg)',
      '- Review agenda (2m, Ada)',
      '- Map types discussion (20m, Cy) 3. [Map types proposal](https://example.org/pull/888) 4. Discussion around semantics',
      '',
      '## Review agenda (2m, Ada)',
      '',
      '- All good.',
      '',
      '## Map types discussion (20m, Cy)',
      '',
      '- Cy: keyed lists would help clients.',
    ];
    expect(titles(notes)).toEqual(['Review agenda', 'Map types discussion']);
  });
});

describe('a numbered action list after numbered agenda entries', () => {
  it('reads the numbers under "## Action Items" as actions, no items', () => {
    const notes = [
      '## Attendees',
      '',
      '  - Ada Finch',
      '  - Bo Reed',
      '',
      '## Agenda',
      '',
      '1\\) Harbour License: the notice at its top has changed.',
      '',
      '  - Bo knows someone there and can ask.',
      '',
      '## Action Items',
      '',
      '1.  Ada to summarise the changes to the license for the group',
      '2.  ALL: review the proposed guideline and comment',
    ];
    const { minutes } = parseLines(notes);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Harbour License']]);
    expect(minutes.actions.map((a) => a.owners)).toEqual([['Ada'], ['ALL']]);
  });
});

describe('the agenda issues after the provenance note and a line introducing them', () => {
  it('reads the discussed bullets as the topics', () => {
    const notes = [
      '# Lantern Build WorkGroup Meeting 2031-10-29',
      '',
      '## Present',
      '',
      '* Ada Finch',
      '* Bo Reed (@breed)',
      '',
      '## Announcements',
      '',
      '*Extracted from **build-agenda** labelled issues and pull requests prior to the meeting.',
      '',
      'No items on agenda, adhoc coverage of',
      '',
      '* Definition of the helper role',
      '  * Ada will circulate it.',
      '* Discussion of the mac machines',
      '  * Bo is on it.',
      '',
      '## Q&A, Other',
    ];
    expect(titles(notes)).toEqual(['Definition of the helper role', 'Discussion of the mac machines']);
  });
});
