// Markdown notes of open-source working groups and foundation boards: agendas whose
// entries are the topics, "Who Joined" and "MC" lists, handle lists, roll calls inside
// numbered minutes, and action lists with bracketed labels and points. Every name is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((i) => i.title);
const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.attendance, a.chair]);
const actions = (lines: string[]) => parseLines(lines).minutes.actions.map((a) => [a.text, a.owners]);

/** A foundation board's plain-text minutes, centred header and first item, down to its roll call. */
const boardMinutesOpening = (date: string) => [
  '                  The Harbour Software Foundation',
  '',
  '               Board of Directors Meeting Minutes',
  '',
  `                          ${date}`,
  '',
  ' 1. Call to order',
  '',
  '    The meeting began at 10:05am.',
  '',
];

describe('an agenda whose entries are the topics', () => {
  const templated = [
    '# March 3, 2031',
    '',
    '## Agenda',
    '',
    '* Harbour registry: design review',
    '  * R1: schema checks',
    '  * R2: one side of the link',
    '* Ada Finch: funding requirements',
    '* Archive: results of testing',
    '',
    '## Notes',
    '',
    '* R1-R2 agreed',
    '',
    '## Decisions',
    '',
    '* N/A',
    '',
    '## Action Items',
    '',
    '* N/A',
    '',
    '## Recording',
    '',
    'Recordings are on the group platform.',
  ];

  it('takes the agenda entries for the items where no heading names a topic', () => {
    expect(titles(templated)).toEqual(['Harbour registry: design review', 'Ada Finch: funding requirements', 'Archive: results of testing']);
  });

  it('reads a text with decision and action headings as minutes, and "N/A" under them as no action', () => {
    const { minutes } = parseLines(templated);
    expect(minutes.kind).toBe('minutes');
    expect(minutes.actions).toEqual([]);
  });

  it('takes the discussed entries of an agenda, not the empty sections after it', () => {
    expect(
      titles([
        '# Toolkit Releases WG',
        '',
        '### Date: 2031-03-04',
        '',
        '## Attendees',
        '',
        '* @afinch',
        '* @hsands',
        '',
        '## Agenda',
        '',
        '* Should release notes list new deprecations?',
        '    * Resolved to list them in major releases',
        '* Retiring old major versions',
        '    * Publish a last release',
        '',
        '## Backport Requests',
        '',
        '',
        '## Follow-Up Discussion',
        '',
      ]),
    ).toEqual(['Should release notes list new deprecations?', 'Retiring old major versions']);
  });

  it('reads past a caption over the agenda list, and keeps highlights out of the topics', () => {
    expect(
      titles([
        '# 2031-03-05 Toolkit Core Maintainers (monthly)',
        '',
        '## MC',
        '',
        'Ada Finch (@afinch)',
        '',
        '## Who Joined',
        '',
        '- Ada Finch (@afinch)',
        '- Hugo Sands (@hsands)',
        '',
        '## Highlights',
        '',
        '- Licence review:',
        '    - the foundation looks at it next month',
        '',
        '## Agenda',
        '',
        'Notes:',
        '',
        '- Discuss the test matrix',
        '  - budget it',
        '- Discuss the next release',
        '  - the client first',
      ]),
    ).toEqual(['Discuss the test matrix', 'Discuss the next release']);
  });
});

describe('lists named by what people did', () => {
  it('reads "Who Joined" as those present and "MC" as the chair, one record for the chair', () => {
    expect(
      people([
        '# 2031-03-05 Toolkit Core Maintainers (monthly)',
        '',
        '## MC',
        '',
        'Ada Finch ([@afinch](https://example.org/afinch))',
        '',
        '## Who Joined',
        '',
        '- Ada Finch ([@afinch](https://example.org/afinch))',
        '- Hugo Sands ([@hsands](https://example.org/hsands))',
        '',
        '## Agenda',
        '',
        '- Discuss the test matrix',
        '  - budget it',
        '- Discuss the next release',
        '  - the client first',
      ]),
    ).toEqual([
      ['Ada Finch', 'present', true],
      ['Hugo Sands', 'present', false],
    ]);
  });

  it('reads "Attending!" over given names as those present', () => {
    expect(
      parseLines(['# Weekly notes', '', '## Attending! ([team](https://example.org/team))', '', '- Ada ([@afinch](https://example.org/afinch))', '- Hugo ([@HSands](https://example.org/hsands))', '', '## News', '', '- We shipped.']).minutes.attendees.map((a) => [a.name, a.attendance, a.organisation]),
    ).toEqual([
      ['Ada', 'present', null],
      ['Hugo', 'present', null],
    ]);
  });

  it('reads handles, a handle with its owner named in brackets, and leaves out a note of others', () => {
    expect(
      people([
        '# Toolkit Diagnostics Working Group Meeting 2031-03-06 Minutes',
        '',
        '## Attendees',
        ' - @afinch',
        ' - @hsands (Hugo Sands)',
        ' - @nortiz',
        ' - + some others (from memory)',
        '',
        '## Agenda',
        '',
        '- Tracing roadmap #12',
        '  - prototype done',
      ]),
    ).toEqual([
      ['@afinch', 'present', false],
      ['Hugo Sands', 'present', false],
      ['@nortiz', 'present', false],
    ]);
  });

  it('reads the lists under a numbered "Roll Call" item, a late arrival among those present', () => {
    expect(
      people([
        ...boardMinutesOpening('9 March 2031'),
        ' 2. Roll Call',
        '',
        '    Directors Present:',
        '        Ada Finch',
        '        Hugo Sands',
        '',
        '    Directors Present Post-Roll Call:',
        '        Nell Ortiz',
        '',
        '    Directors Absent:',
        '',
        '    Guests:',
        '        Omar Quill',
        '',
        ' 3. Special Orders',
        '',
        '    A) Appoint a treasurer. Hugo Sands was appointed.',
        '',
        ' 4. Adjournment',
      ]),
    ).toEqual([
      ['Ada Finch', 'present', false],
      ['Hugo Sands', 'present', false],
      ['Nell Ortiz', 'present', false],
      ['Omar Quill', 'in-attendance', false],
    ]);
  });
});

describe('actions of working-group notes', () => {
  it('reads "(Action)" before a point as its label, and an owner marked "(?)" as the owner', () => {
    expect(
      actions([
        '# Toolkit Release WorkGroup Meeting 2031-03-07',
        '',
        '## Present',
        '',
        '* Ada Finch (@afinch)',
        '* Hugo Sands (@hsands)',
        '',
        '### nodejs/Release',
        '',
        '* Drop the backporters team? [#547](https://example.org/547)',
        '  * Fewer teams, more people involved.',
        '  * (Action) To create an issue covering the change.',
        '',
        '* Tracing roadmap [#12](https://example.org/12)',
        '  * Prototype done',
        '  * **ACTIONS**:',
        '    - @afinch (?) to outline the steps',
      ]),
    ).toEqual([
      ['To create an issue covering the change.', []],
      ['@afinch (?) to outline the steps', ['@afinch']],
    ]);
  });

  it('ends the topics at a top-level "Action items" heading, and reads the points of an action ending in a colon as its text', () => {
    const lines = [
      '# Participants',
      '',
      '- Ada Finch (Acme)',
      '- Hugo Sands (Globex)',
      '',
      '# Agenda & notes',
      '',
      '## Meeting minutes',
      '',
      '- Working group governance:',
      '  - Issue labels',
      '    - Ada to propose a scheme',
      '- Overview of the release process (Hugo)',
      '  - Hugo walked through it',
      '',
      '# Action items',
      '',
      '- [ ] @afinch to reach out to volunteers',
      '- [ ] @afinch to start discussions about:',
      '   - Meeting frequency',
      '   - Time zones',
      '- [x] @afinch to set up the calendar',
    ];
    expect(titles(lines)).toEqual(['Working group governance', 'Overview of the release process (Hugo)']);
    expect(actions(lines)).toEqual([
      ['@afinch to reach out to volunteers', ['@afinch']],
      ['@afinch to start discussions about: Meeting frequency; Time zones', ['@afinch']],
      ['@afinch to set up the calendar', ['@afinch']],
    ]);
  });
});

describe('community-group notes with numbered sign-ins and topic lines', () => {
  const { minutes } = parseLines([
    '# HCG Meetings 2031, Public Notes, March 6',
    '',
    ' * Chair: Ada Finch',
    ' * Scribes: Hugo Sands',
    '',
    'Time: 8 AM PST = https://example.org/time',
    'Call-in details: [Harbour CG, 6th March 2031](https://example.org/call)',
    '',
    '## Agenda: [issues](https://example.org/issues)',
    '',
    'The meeting will start at 3 minutes after the hour.',
    '',
    ' * [Issue 12](https://example.org/12): Storage quotas',
    ' * [Issue 14](https://example.org/14): Background pages',
    '',
    '## Attendees (sign yourself in)',
    '',
    ' 1. Nell Ortiz (Acme)',
    ' 2. Hugo Sands (Acme)',
    ' 3. Ada Finch (Globex)',
    ' 4. Omar (Initech)',
    '',
    '## Meeting notes',
    '',
    '[Issue 12](https://example.org/12): Storage quotas',
    '',
    ' * [nell] No update yet.',
    '',
    '[Issue 14](https://example.org/14): Background pages',
    '',
    ' * [ada] Drafting a document.',
    ' * [hugo] We support it.',
    '',
    '(out of topics after 40 minutes)',
    '',
    ' * [ada] Open discussion.',
  ]);

  it('reads the numbered sign-in list as people, the call-in line as no one', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation, a.chair])).toEqual([
      ['Hugo Sands', 'secretariat', null, false],
      ['Nell Ortiz', 'present', 'Acme', false],
      ['Hugo Sands', 'present', 'Acme', false],
      ['Ada Finch', 'present', 'Globex', true],
      ['Omar', 'present', 'Initech', false],
    ]);
  });

  it('takes the topic lines over their bullets under "Meeting notes" for the items, not the agenda heading', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Issue 12: Storage quotas', 'Issue 14: Background pages']);
  });

  it('names the body before "Meetings"', () => {
    expect(minutes.body).toBe('HCG');
  });
});

describe('headings that name the body, and closing sentences', () => {
  it('takes a first-level heading that is a body\'s name alone for the body', () => {
    const { minutes } = parseLines(['# Toolkit Releases WG', '', '### Date: 2031-03-04', '', '## Attendees', '', '* @afinch', '* @hsands', '', '## Agenda', '', '* Retire old versions', '  * agreed', '* Review the schedule', '  * fine']);
    expect([minutes.title, minutes.body]).toEqual(['Toolkit Releases WG', 'Toolkit Releases WG']);
  });

  it('reads the end from "Adjourned at" after another sentence', () => {
    const { minutes } = parseLines(['Harbour Board Minutes', '', '9 March 2031', '', 'Present: Ada Finch, Hugo Sands', '', '1. Finance', '', 'Noted.', '', '2. Adjournment', '', '    Scheduled to adjourn by 10:30am.  Adjourned at 10:44am.']);
    expect(minutes.end).toBe('10:44');
  });

  it('reads a one-word name written with two capitals among full names', () => {
    expect(people(['# Participants', '', '- Ada Finch (Acme)', '- HRob (Globex)', '- Nell Ortiz (Initech)', '', '# Agenda & notes', '', '## Meeting minutes', '', '- Labels:', '  - agreed', '- Releases:', '  - agreed'])).toEqual([
      ['Ada Finch', 'present', false],
      ['HRob', 'present', false],
      ['Nell Ortiz', 'present', false],
    ]);
  });
});

describe('task boxes, empty sections and roll-call sentences', () => {
  it('leaves check boxes out of topic titles, and reads a box written "[]" as an action\'s mark', () => {
    const lines = [
      '# March 10, 2031',
      '',
      '## Attending',
      '',
      '- Ada ([@afinch](https://example.org/afinch))',
      '- Hugo ([@hsands](https://example.org/hsands))',
      '',
      '## PRs',
      '',
      '- [x] What to do with the namespaces PR',
      '  - **Conclusion**: release it under a flag',
      '- [ ] Add an option for uninitialised fields',
      '  - **Conclusion**: add the option',
      '',
      '## Action Items',
      '',
      '[x] The chair will upload the recordings.',
      '',
      '[] The repository maintainers (Ada Finch, Hugo Sands, Nell Ortiz) will review the open issues.',
    ];
    expect(titles(lines)).toEqual(['What to do with the namespaces PR', 'Add an option for uninitialised fields']);
    expect(actions(lines).map(([text]) => text)).toEqual(['The chair will upload the recordings.', 'The repository maintainers (Ada Finch, Hugo Sands, Nell Ortiz) will review the open issues.']);
  });

  it('takes no topic from a section that says "None.", nor from this week\'s highlights', () => {
    expect(
      titles([
        '# Toolkit Community Call',
        '',
        '## 2031-03-11',
        '',
        '### Who joined',
        '',
        '- Ada Finch',
        '- Hugo Sands',
        '',
        '### This week highlights',
        '',
        '- [ada] New release out',
        '  - thanks all',
        '',
        '### Agenda',
        '',
        '- [ada] website tooling',
        '    - link linter merged',
        '- [hugo] translation complete',
        '    - merged',
        '',
        '### Follow-up Discussion',
        '',
        'None.',
      ]),
    ).toEqual(['[ada] website tooling', '[hugo] translation complete']);
  });

  it('names the body before "Call"', () => {
    expect(parseLines(['# Toolkit Community Call', '', '## 2031-03-11', '', '### Who joined', '', '- Ada Finch', '- Hugo Sands', '', '### Agenda', '', '- a', '  - b', '- c', '  - d']).minutes.body).toBe('Toolkit Community');
  });

  it('reads "In attendence were:" closing a roll-call sentence as the list\'s heading', () => {
    expect(
      people([
        ...boardMinutesOpening('01 June 2031'),
        ' 2. Roll Call',
        '',
        '    Roll was called at 10:05am. In attendence were:',
        '',
        '      Ada Finch',
        '      Hugo Sands',
        '',
        '      Guests: Omar Quill (counsel)',
        '',
        ' 3. Minutes',
        '',
        '    Approved.',
      ]),
    ).toEqual([
      ['Ada Finch', 'present', false],
      ['Hugo Sands', 'present', false],
      ['Omar Quill', 'in-attendance', false],
    ]);
  });
});

describe('numbered points inside fewer topics', () => {
  it('keeps the topic headings when a topic\'s text lists more numbered points than there are topics', () => {
    expect(
      titles([
        '# Toolkit LTS meeting 05 May 2031',
        '',
        '## Present',
        '',
        '- Ada Finch',
        '- Hugo Sands',
        '',
        '## Minutes',
        '',
        '### Chartering the release team',
        '',
        '- Ada: we agree on the structure:',
        '',
        '1. The overarching working group',
        '2. The releasers team',
        '3. The backport team',
        '4. The test team',
        '',
        '- Hugo: let us take the names offline.',
        '',
        '### Shipping the new engine',
        '',
        '- Ada: it needs a patch first.',
      ]),
    ).toEqual(['Chartering the release team', 'Shipping the new engine']);
  });
});
