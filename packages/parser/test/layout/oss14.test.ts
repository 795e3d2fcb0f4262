// Open-source projects' governance notes (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

describe('a council\'s agenda list repeated as the bullets of its minutes, under "Attendance: all"', () => {
  const notes = [
    '# 2031-05-06',
    '',
    '## Agenda',
    '',
    '- Check-in',
    '- Assign roles',
    '- Budget review (*Ola*, 10 Minutes)',
    '    - **Goal**: *Decide* the travel budget.',
    '- Mentoring (*Pim*, 5 Minutes)',
    '    - **Previous Discussion**: [[Chat]](https://chat.example.org/topic/mentoring)',
    '- Check-out',
    '',
    '## Minutes',
    '',
    'Attendance: all',
    '',
    '- Assign roles',
    '    - Ola will facilitate',
    '- Budget review (*Ola*, 10 Minutes)',
    '    - **Goal**: *Decide* the travel budget.',
    '    - Ola: Proposal: keep last year\'s amount.',
    '    - Pim: Agreed.',
    '- Mentoring (*Pim*,  Minutes)',
    '    - **Previous Discussion**: [[Chat]](https://chat.example.org/topic/mentoring)',
    '    - Pim: Two new mentors this month.',
    '- Check-out',
  ];

  it('reads the minuted entries as the items, "Attendance: all" naming nobody', () => {
    expect(titles(notes)).toEqual(['Assign roles', 'Budget review', 'Mentoring', 'Check-out']);
    expect(minutes(notes).attendees).toEqual([]);
  });

  it('takes no goal or note indented under an agenda entry for an item, and knows an entry whose time was lost in the copy', () => {
    const untallied = notes.filter((l) => !l.startsWith('Attendance'));
    expect(titles(untallied)).toEqual(['Assign roles', 'Budget review', 'Mentoring', 'Check-out']);
  });
});

describe('a steering meeting written up as prose under a dated heading', () => {
  const notes = [
    '# 2031.04.11',
    '',
    '[Chat topic](https://chat.example.org/steering)',
    '',
    'Before the meeting started, [@ola][ola] proposed an agenda and linked to a',
    '[document](https://pad.example.org/agenda) collecting ideas for future meetings.',
    '',
    'Also, [@pim][pim] asked about the policy for shared crates (expanding on',
    'discussions from the spring organisational meeting), a draft of which was',
    'already in progress.',
    '',
    'Following this, the main topic for the steering meeting, the shared crates policy was',
    'discussed at length.',
    '',
    'The meeting commenced with a call for volunteers for the docs working group.',
  ];

  it('takes the dated heading for the title, no sentence that mentions the meeting', () => {
    const m = minutes(notes);
    expect(m.title).toBe('2031.04.11');
    expect(m.body).toBeNull();
    expect(m.date).toBe('2031-04-11');
  });
});

describe('a wiki page\'s numbered points typed in lower case, a short title then a dash', () => {
  const notes = [
    '## Attendees',
    '',
    '  - Ada Quill, Brookline Labs',
    '  - Tobin Birch, Harbour Ltd',
    '',
    '## Agenda',
    '',
    '1\\) tracking page for new licences – Ada added a table for ease',
    'of use. Please look it over before the next call.',
    '',
    '2\\) Member survey - please keep circulating it',
    '',
    '3\\) matching guidelines – need a joint call with the tech team',
    '',
    '4\\) request form - see the email with the revisions from',
    'Tobin and Ada',
  ];

  it('reads each as an item titled by the words before the dash', () => {
    expect(minutes(notes).items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 tracking page for new licences',
      '2 Member survey',
      '3 matching guidelines',
      '4 request form',
    ]);
  });

  it('takes no numbered sentence in lower case for an item', () => {
    const sentences = ['# Brookline Board notes', '', 'Present: Ada Quill, Tobin Birch', '', '1. we agreed to move the call to Tuesdays.', '2. the budget was approved.'];
    expect(minutes(sentences).items.map((i) => i.title)).not.toContain('we agreed to move the call to Tuesdays');
  });
});

describe('a static site\'s post of minutes that state no date of their own', () => {
  it('is dated by the post, its clock the start', () => {
    const post = ['---', 'layout: post', 'title:  "Minutes of Steering Committee Meeting No.4"', 'date:   2031-03-18 14:00:00 +1000', 'tags: minutes', '---', '', '## Attendees', '- Ada Quill', '- Tobin Birch', '', '## 1. Welcome', 'Ada opened the call.'];
    const m = minutes(post);
    expect(m.date).toBe('2031-03-18');
    expect(m.start).toBe('14:00');
  });

  it('takes no start from a post dated at midnight', () => {
    const post = ['---', 'layout: post', 'title: Meeting Minutes', 'date:   2031-11-01 00:00:00 -0800', 'category: minutes', '---', '## Weekly community meeting', '', '### Attendees', '* Ada Quill', '* Tobin Birch', '', '### Old Business', '* Docs site build'];
    const m = minutes(post);
    expect(m.date).toBe('2031-11-01');
    expect(m.start).toBeNull();
  });

  it('is not dated by a page that is no minutes', () => {
    const page = ['---', 'title: Our new website', 'date: 2031-11-01', '---', '## Present', '- Ada Quill', '', '## 1. Welcome', 'Opened.'];
    expect(minutes(page).date).toBeNull();
  });
});

describe('how often a group meets, in the heading that names the meeting', () => {
  it('names no body with the group\'s kind alone ("Weekly community meeting")', () => {
    const notes = ['## Weekly community meeting', '', '### Attendees', '* Ada Quill', '* Tobin Birch', '', '### Old Business', '* Docs site build', '### New Business', '* Release 2.1'];
    expect(minutes(notes).body).toBeNull();
  });

  it('is no part of the body\'s name ("Brookline-kit monthly meeting")', () => {
    const notes = ['# Brookline-kit monthly meeting', '## 24th February 2031', '', 'Present: Ada Quill, Tobin Birch', '', '### General announcement', '* Sprint in June'];
    expect(minutes(notes).body).toBe('Brookline-kit');
  });
});

describe('topic headings that the agenda list above them names', () => {
  it('are the topics, though most of their bullets have notes of their own', () => {
    const notes = [
      '---',
      'date: 2031-03-31',
      'members:',
      '  - Ada Quill',
      '  - Tobin Birch',
      '---',
      '',
      '## Agenda',
      '',
      '- Release process update',
      '- Travel fund',
      '',
      '### Release process update',
      '',
      '- The freeze date feels too early',
      '- Where the discussion happens',
      '    - Some threads start on the forum',
      '    - Moderation by a bot',
      '- Ideas under discussion',
      '    - Signed tags',
      '    - Nightly builds',
      '',
      '### Travel fund',
      '',
      '- Two requests this month.',
    ];
    expect(titles(notes)).toEqual(['Release process update', 'Travel fund']);
  });
});

describe('a roll of "Name (@handle) - TSC" lines where one member goes by a lower-case login', () => {
  it('reads the login as that member\'s name, with what the dash says of them', () => {
    const notes = ['# 2031-Apr-12 Brook TSC Meeting Notes', '', '## Attending', '', '* Ilya Vale (@ilyav) - TSC', '* brooksie (@brooksie) - TSC', '* Kai Catt (@kaic) - TSC', '', '## Topics', '', '### Add mjs support', '', '* Agreed.'];
    const m = minutes(notes);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ilya Vale', 'brooksie', 'Kai Catt']);
    const login = m.attendees.find((a) => a.name === 'brooksie');
    expect([login?.organisation, login?.role].filter(Boolean)).toEqual(['TSC']);
  });
});

describe('a HackMD template\'s "Agenda items" list under its note on how to use it', () => {
  const notes = [
    '# Brookline HPC Meeting - May 2031',
    '',
    '- **Date:** 2031-05-06',
    '',
    '## Roll call',
    '',
    '- Ada Quill / Harbour Lab / @adaq',
    '- Tobin Birch / Northgate Institute / @tobinb',
    '',
    '## Agenda items',
    '',
    'Collect the agenda items here before the call starts. We then group similar items together.',
    '',
    '- Proxy service for notebooks',
    '    - Project is called "Lantern"',
    '    - Self-service reverse proxy',
    '- Standing Items:',
    '    - Spawner check-in',
    '        - Rebase the open PRs',
    '    - Lab 4 deployment news',
    '        - Pushed back to June',
  ];

  it('reads the bullets as the topics, those under a caption bullet too', () => {
    const items = minutes(notes).items;
    expect(items.map((i) => i.title)).toEqual(['Proxy service for notebooks', 'Spawner check-in', 'Lab 4 deployment news']);
    expect(items.every((i) => i.number === null)).toBe(true);
  });
});

describe('notes whose own title heading stands under the roster, over bulleted topics', () => {
  const notes = [
    'July 08, 2031',
    '',
    'Host: Ada Quill',
    '',
    'Attendees:',
    '  * [x] Ada Quill (_TSC Chair_) - Harbour Labs',
    '  * [x] Tobin Birch (_TSC_) - Northgate',
    '',
    '# **Lantern TSC Meeting Notes**',
    '',
    '* Suggestions for the summer workshop agenda',
    '    - Config update demo',
    '    - **Action: Tobin to draft the slides**',
    '',
    '* Build refactoring update',
    '    - Implemented as a cmake script.',
    '    - The colour library is harder to move as it is a hand-made subset of the code. **Action: Discuss with Mira when she is back**',
  ];

  it('reads the bullets as the topics, with the actions tagged in them', () => {
    const m = minutes(notes);
    expect(m.items.map((i) => i.title)).toEqual(['Suggestions for the summer workshop agenda', 'Build refactoring update']);
    expect(m.actions.map((a) => a.text)).toContain('Tobin to draft the slides');
  });

  it('reads an "Action:" label followed by a verb as the task itself, its owner not named', () => {
    const numbered = ['Present: Ada Quill, Tobin Birch', '', '## 1. Build refactoring update', '', '- The colour library is harder to move as it is a hand-made subset of the code. **Action: Discuss with Mira when she is back**', '- Unit tests next.'];
    const actions = minutes(numbered).actions.map((a) => `${a.text} <${a.owners.join(';')}>`);
    expect(actions).toEqual(['Discuss with Mira when she is back <>']);
  });
});
