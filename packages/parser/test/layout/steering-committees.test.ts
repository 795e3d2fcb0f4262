// Markdown minutes of open-source steering committees: rolls kept as check lists, attendee tables
// with initials and account columns, titles that open with the date, "## Summary" topics and
// "## Next Steps" lists. Every name is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.attendance, a.organisation, a.role, a.chair]);
const titles = (lines: string[]) => parseLines(lines).minutes.items.map((i) => i.title);

/** Notes whose topics are bold bullets, then "### Suggested next steps" over `steps`. */
const withNextSteps = (steps: string[]) => [
  '# Lantern TSC Meeting',
  '',
  '# 17 March 2031',
  '',
  '**Present:** Ada Finch (Harbour), Bo Reed (Northwind)',
  '',
  '### Meeting Notes',
  '',
  '* **Paper ballot**',
  '  * The vote goes to the mailing list.',
  '* **Workstream review**',
  '  * The structure was discussed.',
  '',
  '### Suggested next steps',
  '',
  ...steps,
];

describe('a roll kept as a check list', () => {
  const roll = [
    '# Lantern TAC Meeting - March 4, 2031',
    '',
    '## Voting member attendance',
    '',
    '* [ ] Ada Finch - Chairperson, Harbour Labs Pty Ltd',
    '* [x] Bo Reed, Blue Fern Studios, Inc.',
    '* [ ] Cyril Lund for Dinah Marsh, Northwind',
    '* [x] Ed Hale, Parser Representative',
    '',
    '## Other Attendees',
    '',
    '* Fay Rowe (Initech)',
    '',
    '## Notes',
    '',
    '### Build farm',
    '',
    'The builders moved to the new cluster.',
  ];

  it('reads ticked members as present and unticked ones as absent', () => {
    expect(people(roll)).toEqual([
      ['Ada Finch', 'apologies', 'Harbour Labs Pty Ltd', 'Chairperson', false],
      ['Bo Reed', 'present', 'Blue Fern Studios, Inc.', null, false],
      ['Cyril Lund', 'apologies', 'Northwind', null, false],
      ['Ed Hale', 'present', null, 'Parser Representative', false],
      ['Fay Rowe', 'in-attendance', 'Initech', null, false],
    ]);
    expect(parseLines(roll).minutes.attendees[2]!.substituteFor).toBe('Dinah Marsh');
  });

  it('reads "TSC voting members" under "Attended by" as a roll, links and all', () => {
    const lines = [
      '# 2031-05-06 TSC Meeting Minutes',
      '',
      '## Discussion',
      '',
      '### Release plan',
      '',
      'The release moves to June.',
      '',
      '## Attended by',
      '',
      '### TSC voting members',
      '',
      '* [x] [Gil Moss](https://example.org/gmoss), Harbour University',
      '* [ ] [Hal Ng](https://example.org/hng), Northwind',
    ];
    expect(people(lines)).toEqual([
      ['Gil Moss', 'present', 'Harbour University', null, false],
      ['Hal Ng', 'apologies', 'Northwind', null, false],
    ]);
  });
});

describe('an attendee table with initials, affiliation and account columns', () => {
  it('reads each column for what its caption says', () => {
    const lines = [
      '# 2031-04-14 Lantern Community Meeting',
      '',
      '## Attendees',
      '',
      '| Name          | Initials | Affiliation | Username |',
      '| ------------- | -------- | ----------- | -------- |',
      '| Ada Finch     | AF       | Harbour     | @afinch  |',
      '| Bo van Reed   | BvR      | cf          | @bvreed  |',
      '',
      '## Agenda',
      '',
      '* Build farm',
      '    * The builders moved',
    ];
    const { attendees } = parseLines(lines).minutes;
    expect(attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Ada Finch', 'AF', 'Harbour'],
      ['Bo van Reed', 'BvR', 'cf'],
    ]);
  });
});

describe('a title that opens with the date', () => {
  const meeting = (title: string) => parseLines([`# ${title}`, '', '## Attending', '', '* Ada Finch', '* Bo Reed', '', '## Topics', '', '### Build farm', '', 'Moved.']).minutes;

  it('names the body after the date', () => {
    expect(meeting('2031-Mar-12 Lantern TSC Meeting Notes').body).toBe('Lantern TSC');
    expect(meeting('2031-04-14 Harbour Community Meeting').body).toBe('Harbour Community');
  });

  it('reads a date written day-month-year with hyphens', () => {
    const minutes = meeting('12-09-2031 Lantern TSC Meeting Minutes');
    expect([minutes.date, minutes.body]).toEqual(['2031-09-12', 'Lantern TSC']);
  });

  it('names a team before "Minutes" and the date', () => {
    expect(meeting('Lantern Legal Team Minutes, June 18, 2031').body).toBe('Lantern Legal Team');
    expect(meeting('Lantern Docs Team Minutes 2031-05-17').body).toBe('Lantern Docs Team');
  });
});

describe('topics under "## Summary" and a "## Next Steps" list', () => {
  const lines = [
    '# Lantern TSC meeting',
    '',
    '## 6 May 2031',
    '',
    '**Present**: Ada Finch (Harbour), Bo Reed (Northwind)',
    '',
    '### Agenda',
    '',
    '* Conference debrief',
    '* Status of the workstreams',
    '',
    '## Summary',
    '',
    '* **Conference Debrief:**',
    '  * Ada reported a busy booth.',
    '* **Workstream 1 Update**:',
    '  * Bo reported progress on signing.',
    '',
    '## Next Steps',
    '',
    '* Staff will look for a lead for workstream 3.',
    '* Ada will send a reminder each Thursday.',
  ];

  it('takes the labelled bullets under "## Summary" for the topics', () => {
    expect(titles(lines)).toEqual(['Conference Debrief', 'Workstream 1 Update']);
  });

  it('reads the "## Next Steps" bullets as the actions', () => {
    expect(parseLines(lines).minutes.actions.map((a) => a.text)).toEqual(['Staff will look for a lead for workstream 3.', 'Ada will send a reminder each Thursday.']);
  });
});

describe('plain topic lines under "## Minutes"', () => {
  it('keeps the bullets under each line as its points, though text follows them', () => {
    const lines = [
      '# 12-09-2031 Lantern TSC Meeting Minutes',
      '',
      '## Attendees',
      '',
      '• Ada Finch',
      '• Bo Reed',
      '',
      '## Minutes',
      '',
      'Publicity',
      '- Ada has a talk at the summit.',
      '',
      'Chat channel',
      '- Moving the channel was agreed.',
      '',
      'Highlights of the last month',
      '- The website shows the new logo.',
    ];
    expect(titles(lines)).toEqual(['Publicity', 'Chat channel', 'Highlights of the last month']);
  });
});

describe('a list headed "Attendees/Affiliation"', () => {
  it('reads the names under the rule below the heading', () => {
    const lines = [
      '# Lantern Virtual Interim',
      '16 June 2031',
      '',
      '# Attendees/Affiliation',
      '----------------------',
      'Ada Finch, Harbour',
      'Bo Reed, Northwind',
      '',
      '# Issues',
      '',
      '- #336 awaiting review',
    ];
    const { minutes } = parseLines(lines);
    expect(minutes.date).toBe('2031-06-16');
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', 'Harbour'],
      ['Bo Reed', 'Northwind'],
    ]);
  });
});

describe('top-level sections', () => {
  it('reads the discussed bullets under "# Agenda" as the topics, not "Next meeting"', () => {
    const lines = [
      '# Lantern TAC Meeting - June 19, 2031',
      '',
      '## Attendees',
      '',
      '* Ada Finch (Harbour)',
      '* Bo Reed (Northwind)',
      '',
      '# Agenda',
      '',
      '* No preset agenda',
      '* Parser CVE handling',
      '    * Ada to check the history of the CVEs',
      '* Could pay for a GPU builder',
      '* Build farm status',
      '    * Builds run on the new cluster',
      '* Next meeting',
      '    * 3 July 2031',
    ];
    expect(titles(lines)).toEqual(['Parser CVE handling', 'Build farm status']);
  });
});

describe('an action list sorted under headings of its own', () => {
  const lines = [
    '# 2031-05-23 TSC Meeting Minutes',
    '',
    '## Attendees',
    '',
    '* Ada Finch',
    '* Bo Reed',
    '',
    '## Discussion',
    '',
    '### Security',
    '',
    'Private reporting was agreed.',
    '',
    '## Action items',
    '',
    '### Done (from previous minutes)',
    '',
    '* [X] Ada to arrange the chair vote',
    '',
    '### Old',
    '',
    '* [ ] Bo to contact the packagers',
    '',
    '## Recordings',
    '',
    'On the project page.',
  ];

  it('reads the entries under "### Done" and "### Old" as actions', () => {
    expect(parseLines(lines).minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ada to arrange the chair vote', ['Ada']],
      ['Bo to contact the packagers', ['Bo']],
    ]);
  });

  it('ends the last topic at the action list and takes none of its headings for topics', () => {
    expect(titles(lines)).toEqual(['Security']);
  });

  it('leaves discussion under other headings after the list out of it', () => {
    const discussed = [
      '# Lantern Steering Council',
      '',
      '## Attendees',
      '',
      '* Ada Finch',
      '',
      '## Agenda',
      '',
      '* Tech fund',
      '* Code of conduct',
      '',
      '## Action items',
      '',
      '* Ada: draft the post',
      '',
      '### Tech fund',
      '',
      '* There is a question of who does the work',
      '',
      '### Code of conduct',
      '',
      '* Needs review',
    ];
    expect(parseLines(discussed).minutes.actions.map((a) => a.text)).toEqual(['draft the post']);
  });
});

describe('a numbered agenda, then the minutes under numbered headings', () => {
  const lines = [
    '# Lantern Technical Steering Committee – 2031-09-10 – minutes',
    '',
    '## Attendees',
    '',
    'TSC members',
    '',
    '- [x] [Ada Finch (Harbour)](https://example.org/afinch)',
    '- [ ] [Bo Reed (Northwind)](https://example.org/breed)',
    '- [x] [Cy Lund (Initech)](https://example.org/clund)',
    '',
    '## Agenda',
    '',
    "1. Chair's introduction",
    '2. Approve agenda',
    '3. Roadmap discussion',
    '4. Other business',
    '',
    '## Minutes',
    '',
    '### 3. Roadmap Discussion (issue 1892)',
    '',
    'Various ideas were discussed.',
    '',
    '### 4. Other business',
    '',
    'None.',
  ];

  it('reads the roll under its caption line, box by box', () => {
    expect(people(lines)).toEqual([
      ['Ada Finch', 'present', 'Harbour', null, false],
      ['Bo Reed', 'apologies', 'Northwind', null, false],
      ['Cy Lund', 'present', 'Initech', null, false],
    ]);
  });

  it('takes each item once: the agenda line where no heading repeats it, else the heading', () => {
    expect(parseLines(lines).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', "Chair's introduction"],
      ['2', 'Approve agenda'],
      ['3', 'Roadmap Discussion (issue 1892)'],
      ['4', 'Other business'],
    ]);
  });
});

describe('action lists under captions with more words', () => {
  it('reads "## Action Items (AIs)" as an action list, no topic', () => {
    const lines = [
      '# Lantern TAC Meeting - June 17, 2031',
      '',
      '## Attendees',
      '',
      '* Ada Finch, Harbour',
      '* Bo Reed, Northwind',
      '',
      '## Agenda',
      '',
      '* Build farm',
      '    * Builds moved to the new cluster',
      '* Working groups',
      '    * The docs group met twice',
      '',
      '## Action Items (AIs)',
      '',
      '* Ada, Bo: Survey the project users',
    ];
    const { minutes } = parseLines(lines);
    expect(minutes.items.map((i) => i.title)).toEqual(['Build farm', 'Working groups']);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Survey the project users', ['Ada', 'Bo']]]);
  });

  it('reads "### Suggested next steps" as the actions', () => {
    const { minutes } = parseLines(withNextSteps(['* Ada will prepare the draft.']));
    expect(minutes.items.map((i) => i.title)).toEqual(['Paper ballot', 'Workstream review']);
    expect(minutes.actions.map((a) => a.text)).toEqual(['Ada will prepare the draft.']);
  });
});

describe('owners in square brackets before the task', () => {
  it('reads "[Name] Label: task" owners the roster knows', () => {
    const lines = withNextSteps([
      '* \\[Ada Finch\\] Prepare Draft: Prepare the paper as a draft.',
      '* \\[Ada Finch, Bo Reed\\] Compile Scope: Compile the notes of the sessions.',
      '* \\[The group\\] Review Paper: Review the draft.',
    ]);
    expect(parseLines(lines).minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Prepare Draft: Prepare the paper as a draft.', ['Ada Finch']],
      ['Compile Scope: Compile the notes of the sessions.', ['Ada Finch', 'Bo Reed']],
      ['[The group] Review Paper: Review the draft.', []],
    ]);
  });
});

describe('notes of working groups without a roster', () => {
  it('reads "### ACTIONS REQUIRED" and its bold numbered labels as the actions', () => {
    const lines = [
      '# Lantern Core Devs Meeting 59 Notes',
      '### Meeting Date/Time: Friday, April 12, 2031 14:00 UTC',
      '### Moderator: Ada Finch',
      '',
      '# Summary',
      '',
      '### ACTIONS REQUIRED',
      '',
      '**ACTION 58.1**: Herders to look at updating the process document.',
      'Status: WIP',
      '',
      '**ACTION 58.3**: Bo to format the proposal',
      'Status: WIP',
      '',
      '# Notes',
      '',
      '# 1. Review previous decisions',
      '**Ada**: Going through the agenda.',
    ];
    expect(parseLines(lines).minutes.actions.map((a) => [a.number, a.owners])).toEqual([
      ['58.1', ['Herders']],
      ['58.3', ['Bo']],
    ]);
  });

  it('takes a heading that calls the text notes for minutes, and the body before "Notes"', () => {
    const lines = [
      '# Lantern WG Notes – September 2031',
      '',
      '## Agenda',
      '',
      '1. Introduction of attendees (5m, Ada)',
      '2. Review agenda (2m, Ada)',
      '3. Deprecation of inputs (10m, Bo)',
      '',
      '## Review agenda (2m, Ada)',
      '',
      '- Bo: more work is needed.',
    ];
    const { minutes } = parseLines(lines);
    expect([minutes.kind, minutes.body]).toEqual(['minutes', 'Lantern WG']);
    expect(minutes.items.length).toBe(3);
  });

  it('takes no title from the end of a sentence the line above began', () => {
    const lines = [
      '## Agenda for the July 9 video call of the Lantern Group',
      '',
      'None required if you have attended before. Email Ada Finch to sign up if it is',
      'your first time. The meeting is open to group members only.',
      '',
      '## Agenda items',
      '',
      '1. Opening',
      '1. Closure',
    ];
    expect(parseLines(lines).minutes.title).not.toBe('your first time. The meeting is open to group members only.');
  });
});

describe('descriptions and owners written as projects write them', () => {
  it('reads a domain or handle in lower case after the name as the organisation', () => {
    const lines = ['# Lantern Virtual Interim', '16 June 2031', '', '# Attendees/Affiliation', 'Ada Finch, harbour.org', 'Bo Reed, n0rthw1nd.', 'Cy Lund, Initech', '', '# Issues', '', '- #336 awaiting review'];
    expect(parseLines(lines).minutes.attendees.map((a) => a.organisation)).toEqual(['harbour.org', 'n0rthw1nd', 'Initech']);
  });

  it('reads "<Body> staff will ..." as owned by that staff', () => {
    const actions = parseLines(withNextSteps(['* Harbour staff will look for a lead for the workstream.'])).minutes.actions;
    expect(actions.map((a) => a.owners)).toEqual([['Harbour staff']]);
  });
});
