// Open-source projects' and foundations' meeting notes (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name}|${a.attendance}|${a.organisation ?? ''}|${a.initials ?? ''}`);

describe('a roll call signed in as "Name / Institution / @handle"', () => {
  it('reads the name and where the person is from, leaving out the handle and the template\'s own legend line', () => {
    const notes = [
      '# Brookline Tools Team Meeting - March 2023',
      '',
      '- **Date:** 2023-03-07',
      '',
      '## Roll call',
      '',
      '- name / `@github-username`',
      '- Ada Quill / `@adaq`',
      '- Tobin / Harbour Lab / @tobin-h',
      '- Mira Fenn / Lakeside University, Physics / mfenn',
      '- Cass Odell / Northgate Institute',
      '',
      '## Agenda items',
      '',
      '### Release planning',
      '',
      'We talked about the next release.',
    ];
    expect(who(notes)).toEqual(['Ada Quill|present||', 'Tobin|present|Harbour Lab|', 'Mira Fenn|present|Lakeside University, Physics|', 'Cass Odell|present|Northgate Institute|']);
  });

  it('opens the list after the sentence that asks people to sign in, ending "Roll call:"', () => {
    const notes = [
      '# Brookline HPC Meeting - May 2023',
      '',
      '## Welcome to the Meeting',
      '',
      'Hello! If you are joining, sign in below so we know who was here. Roll call:',
      '',
      '- **name** / **institution** / **GitHub handle**',
      '- Rollo / Harbour Lab / @rollo',
      '- Pia Grant / Northgate Institute / @piag',
      '',
      '## Agenda items',
      '',
      '- Scheduler news',
    ];
    expect(who(notes)).toEqual(['Rollo|present|Harbour Lab|', 'Pia Grant|present|Northgate Institute|']);
  });

  it('does not read two names parted by a slash as a person and an institution', () => {
    const notes = ['# Brookline Board', '', 'Present:', '- Ann Lee / Bob Roe', '- Cara Lind', '', '## 1. Welcome', 'Opened.'];
    expect(who(notes)).not.toContain('Ann Lee|present|Bob Roe|');
  });
});

describe('initials written in square brackets before the name', () => {
  it('are the person\'s initials, the chair mark after the name read as usual', () => {
    const notes = [
      '# Minutes of Steering Committee Meeting No.3',
      '',
      '## Attendees',
      '- [AQ] Ada Quill',
      '- [TB] Tobin Birch  (Chair)',
      '',
      '## Apologies',
      '- [MF] Mira Fenn',
      '',
      '### 1. Approval of Previous Minutes',
      'Passed unanimously.',
    ];
    const m = minutes(notes);
    expect(who(notes)).toEqual(['Ada Quill|present||AQ', 'Tobin Birch|present||TB', 'Mira Fenn|apologies||MF']);
    expect(m.attendees.find((a) => a.name === 'Tobin Birch')?.chair).toBe(true);
  });

  it('are not taken from brackets whose letters do not abbreviate the name', () => {
    expect(who(['# Minutes of the Brook Board', '', '## Attendees', '- [XY] Ada Quill', '- Tobin Birch', '', '### 1. Welcome', 'Opened.'])).not.toContain('Ada Quill|present||XY');
  });
});

describe('a technical committee\'s roll split by voting members', () => {
  it('reads "Voting Member Attendees", "Voting Member Regrets" and "Non-voting observers" as their lists', () => {
    const notes = [
      '# Brookline TAC Meeting - October 4, 2022',
      '',
      '## Voting Member Attendees',
      '',
      '- Ada Quill, Harbour Studios',
      '- Tobin Birch, Northgate Pictures',
      '',
      '## Voting Member Regrets',
      '',
      '- Mira Fenn, Lakeside Animation',
      '',
      '## Non-voting observers',
      '',
      '- Cass Odell',
      '',
      '# Action Items',
      '',
      '- Ada to circulate the draft charter.',
    ];
    expect(who(notes)).toEqual(['Ada Quill|present|Harbour Studios|', 'Tobin Birch|present|Northgate Pictures|', 'Mira Fenn|apologies|Lakeside Animation|', 'Cass Odell|in-attendance||']);
    expect(minutes(notes).actions.map((a) => a.owners)).toEqual([['Ada']]);
  });
});

describe('MeetBot minutes of an IRC meeting', () => {
  const meetbot = [
    '==================================',
    '#brook-meeting: TOOLS (2021-03-08)',
    '==================================',
    '',
    '',
    'Meeting started by annh at 15:00:04 UTC. The full logs are available at',
    'https://logs.example.org/brook-meeting/2021-03-08/tools.log.html .',
    '',
    '',
    '',
    'Meeting summary',
    '---------------',
    '* roll call  (annh, 15:00:10)',
    '',
    '* #412 Move the build farm to the new racks and retire the old',
    '  switches  (annh, 15:04:51)',
    '  * LINK: https://tickets.example.org/412   (annh, 15:05:02)',
    '  * ACTION: benr to book the datacentre visit  (annh, 15:12:30)',
    '',
    '* open floor  (annh, 15:20:00)',
    '',
    'Meeting ended at 15:41:19 UTC.',
    '',
    '',
    '',
    '',
    'Action Items',
    '------------',
    '* benr to book the datacentre visit',
    '',
    '',
    '',
    '',
    'Action Items, by person',
    '-----------------------',
    '* benr',
    '  * benr to book the datacentre visit',
    '* **UNASSIGNED**',
    '  * (none)',
    '',
    '',
    '',
    '',
    'People Present (lines said)',
    '---------------------------',
    '* annh (52)',
    '* benr (17)',
    '* carl (0)',
    '',
    '',
    '',
    '',
    'Generated by `MeetBot`_ 0.1.4',
  ];

  it('reads the summary\'s topics as the items, a wrapped topic joined and its stamp left out', () => {
    const m = minutes(meetbot);
    expect(m.items.map((i) => i.title)).toEqual(['roll call', '#412 Move the build farm to the new racks and retire the old switches', 'open floor']);
    expect(m.start).toBe('15:00');
    expect(m.end).toBe('15:41');
  });

  it('reads each action once, from the list of action items', () => {
    expect(minutes(meetbot).actions.map((a) => [a.text, a.owners])).toEqual([['benr to book the datacentre visit', ['benr']]]);
  });

  it('makes whoever started the meeting its chair', () => {
    expect(minutes(meetbot).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['annh']);
  });

  it('does not read a summary whose topics carry no stamp as MeetBot\'s', () => {
    const plain = ['# Brook Tools Notes', '', 'Present: Ann Hale, Ben Rowe', '', 'Meeting summary', '---------------', '* roll call', '* open floor', ''];
    expect(minutes(plain).items.map((i) => i.title)).not.toEqual(['roll call', 'open floor']);
  });
});

describe('notes written under top-level headings with colons', () => {
  const notes = [
    '# Roll call:',
    '  * Ada Quill',
    '  * Tobin Birch',
    '  * Mira Fenn',
    '',
    '# Agenda:',
    '  * Sponsored projects launch',
    '  * Special interest group reports',
    '  * Next release planning',
    '      * Streaming support',
    '      * Test suite',
    '',
    '# AIs',
    '',
    '* Mira to draft the release schedule.',
    '',
    '# Notes:',
    '',
    'Tobin reported back on the launch. The group agreed to escalate the drop in activity to the board.',
  ];

  it('reads the agenda\'s entries under "# Agenda:" as the items, their sub-points not', () => {
    expect(minutes(notes).items.map((i) => i.title)).toEqual(expect.arrayContaining(['Sponsored projects launch', 'Special interest group reports', 'Next release planning']));
    expect(minutes(notes).items.map((i) => i.title)).not.toContain('Streaming support');
  });

  it('reads the list under "# AIs" as the actions', () => {
    expect(minutes(notes).actions.map((a) => [a.text, a.owners])).toEqual([['Mira to draft the release schedule.', ['Mira']]]);
  });
});

describe('a date written with the month first', () => {
  const page = (title: string, stamp: string) => [
    `# ${title} Meeting Minutes`,
    '',
    '## Attendees:',
    '',
    '| Name | Role |',
    '| --- | --- |',
    '| Ada Quill | Chair |',
    '| Tobin Birch | Member |',
    '',
    `**Recording:** [Brook Committee Meeting – ${stamp} 08:00 CST – Recording](https://example.org/rec)`,
    '',
    '## Agenda',
    '',
    '* Nominate Chair',
    '* Open Forum',
  ];

  it('is read month first where the minutes stamp the meeting year first in that order', () => {
    expect(minutes(page('(11/07/2024)', '2024/11/07')).date).toBe('2024-11-07');
  });

  it('stays day first where no stamp says otherwise, or a stamp agrees', () => {
    expect(minutes(page('(11/07/2024)', 'Thursday')).date).toBe('2024-07-11');
    expect(minutes(page('(11/07/2024)', '2024/07/11')).date).toBe('2024-07-11');
  });
});

describe('minutes kept as one table, a row per topic', () => {
  const table = [
    '# (12/3/24) Meeting Minutes',
    '',
    '## Attendees:',
    '',
    '* Ada Quill',
    '* Tobin Birch',
    '* Mira Fenn',
    '',
    '## Agenda',
    '',
    '| Discussion Points | Notes | Actions: Responsible/None |',
    '| --- | --- | --- |',
    '| Introduction & Quorum | Quorum achieved | |',
    '| Roadmap review | The group went through the draft roadmap. | Mira to circulate the revised roadmap |',
    '| Adjournment | | |',
  ];

  it('reads each row\'s first cell as an item', () => {
    expect(minutes(table).items.map((i) => i.title)).toEqual(['Introduction & Quorum', 'Roadmap review', 'Adjournment']);
  });

  it('reads the actions column\'s cells as actions', () => {
    expect(minutes(table).actions.map((a) => [a.text, a.owners])).toEqual([['Mira to circulate the revised roadmap', ['Mira']]]);
  });
});

describe('a task list\'s check box among the notes', () => {
  const notes = [
    '# Docs Team Meeting (May 2023)',
    '',
    '## Roll call',
    '',
    '- Ada Quill / `@adaq`',
    '- Tobin Birch / `@tobinb`',
    '',
    '## Agenda items',
    '',
    '### Style guide',
    '',
    'Ada: we should review the current style guide first.',
    '',
    '- [ ] Tobin will open an issue to collect the style questions.',
    '',
    '- [ ] Anyone can send pull requests to the guide.',
    '',
    '### Next steps',
    '',
    'More next time.',
  ];

  it('is an action where an attendee is the subject of its sentence', () => {
    expect(minutes(notes).actions.map((a) => [a.text, a.owners])).toEqual([['Tobin will open an issue to collect the style questions.', ['Tobin']]]);
  });
});

describe('an attachments section closing a wiki page\'s minutes', () => {
  it('is no topic, so the bold lines heading the minutes\' parts are read as the items', () => {
    const page = [
      '# 2016 05 12 TSC Minutes',
      '',
      '**Brook Project**',
      '',
      'May 12, 2016 (7:00am - 8:00am PT)',
      '',
      '**TSC Members**',
      '',
      '| Name | Present |',
      '|---|---|',
      '| Ada Quill | Yes |',
      '| Tobin Birch | Yes |',
      '',
      '**Agenda**',
      '',
      '- Release planning',
      '- Hackfest venue',
      '',
      '**Release planning**',
      '',
      '- The group went through the release plan.',
      '',
      '**Hackfest venue (Tobin)**',
      '',
      '- Two venues were offered; a vote will follow on the list.',
      '',
      '## Attachments',
      ' * [Release plan](https://example.org/plan.pdf)',
    ];
    expect(minutes(page).items.map((i) => i.title)).toEqual(expect.arrayContaining(['Release planning', 'Hackfest venue (Tobin)']));
    expect(minutes(page).items.map((i) => i.title)).not.toContain('Attachments');
  });
});

describe('a team\'s attendance by given names', () => {
  it('reads "Team:" and "Other:" lines under "Attending" as those present and the others there', () => {
    const notes = [
      '# Planning meeting 2023-04-12',
      '',
      '## Attending',
      '',
      '* Team: Ada, Tobin, Mira',
      '* Other: Cass, Rollo',
      '',
      '## Design meeting candidates',
      '',
      '* Streaming support',
      '    * needs a proposal first',
    ];
    expect(who(notes)).toEqual(['Ada|present||', 'Tobin|present||', 'Mira|present||', 'Cass|in-attendance||', 'Rollo|in-attendance||']);
  });

  it('does not read a "Team:" line outside the lists as one', () => {
    const notes = ['# Brook Board', '', 'Present: Ann Hale, Ben Rowe', '', '## 1. Updates', '', 'Team: Ada, Tobin, Mira will report next month.'];
    expect(who(notes)).toEqual(['Ann Hale|present||', 'Ben Rowe|present||']);
  });
});

describe('the bot in MeetBot\'s list of people present', () => {
  it('is no one present', () => {
    const minutesText = [
      '#brook-meeting: TOOLS (2021-03-08)',
      '',
      'Meeting started by annh at 15:00:04 UTC.',
      '',
      'Meeting summary',
      '---------------',
      '* roll call  (annh, 15:00:10)',
      '* open floor  (annh, 15:20:00)',
      '',
      'Meeting ended at 15:41:19 UTC.',
      '',
      'People Present (lines said)',
      '---------------------------',
      '* annh (52)',
      '* benr (17)',
      '* brookbot (4)',
    ];
    expect(who(minutesText)).toEqual(['annh|present||', 'benr|present||']);
  });
});
