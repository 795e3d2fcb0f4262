// Markdown notes of software governance committees: "Present" lists with group marks,
// agendas listed ahead of the minutes, grouping headings, outcome headings, attendance
// tables with an abbreviation column. Every name is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);

/** A notes title over one attendance line between rules. */
const notesOpening = (title: string) => [title, '-----', '', 'Ada Finch (AF), Hugo Sands (HS), Nell Ortiz (NO), Omar Quill (OQ)', '', '-----', ''];

/** A title, a present list of two and the opening of one topic. */
const releaseNotesMeeting = () => [
  '# Harbour Toolkit Steering Group Meeting 2015-04-01',
  '',
  '## Present',
  '',
  '* Ada Finch',
  '* Hugo Sands',
  '',
  '## Minutes',
  '',
  '### Release notes',
  '',
];

describe('group marks in a present list', () => {
  const { minutes } = parseLines([
    '# Harbour Toolkit Steering Group (HSG) Meeting 2019-03-06',
    '',
    '## Present',
    '',
    '* Ada Finch (HSG)',
    '* Hugo Sands (HSG)',
    '* Nell Ortiz @nortiz (HSG)',
    '* Omar Quill (Observer)',
    '',
    '## Minutes',
    '',
    '### Release cadence',
    '',
    'Ada: we keep the cadence.',
  ]);

  it('reads capitals several people share as their group, not their initials', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation, a.role])).toEqual([
      ['Ada Finch', null, 'HSG', null],
      ['Hugo Sands', null, 'HSG', null],
      ['Nell Ortiz', null, 'HSG', null],
      ['Omar Quill', null, null, 'Observer'],
    ]);
  });

  it('keeps the body named before "Meeting" whole', () => {
    expect(minutes.body).toBe('Harbour Toolkit Steering Group (HSG)');
  });
});

describe('initials in brackets', () => {
  it('keeps the name\'s own letters, also self-chosen ones', () => {
    const { minutes } = parseLines([
      '# March 3, 2020 Meeting Notes',
      '-----',
      '',
      'Ada Finch (AFH), Hugo Sands (HUG), Nell Ortiz (NO), Omar Quill (OQ), Mina Bell (MB)',
      '',
      '-----',
      '',
      '## Opening',
      '',
      'AFH: welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.initials)).toEqual(['AFH', 'HUG', 'NO', 'OQ', 'MB']);
  });
});

describe('attendance tables with an abbreviation column', () => {
  const { minutes } = parseLines([
    '# 12 May, 2021 Meeting Notes',
    '-----',
    '',
    '**Remote attendees:**',
    '| Name            | Abbreviation | Organization |',
    '| --------------- | ------------ | ------------ |',
    '| Ada Finch       | AFH          | Harbour Labs |',
    '| Hugo Sands      | HUG          | Invited Expert |',
    '| Nell Ortiz      | NO           | Quayside     |',
    '',
    '---',
    '',
    '## Opening, welcome, housekeeping',
    '',
    'AFH: welcome.',
  ]);

  it('takes the abbreviation as initials and the last column as organisation', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation, a.attendance])).toEqual([
      ['Ada Finch', 'AFH', 'Harbour Labs', 'present'],
      ['Hugo Sands', 'HUG', 'Invited Expert', 'present'],
      ['Nell Ortiz', 'NO', 'Quayside', 'present'],
    ]);
  });
});

describe('a second attendance line labelled "Remote:"', () => {
  it('lists people who took part remotely as present', () => {
    const { minutes } = parseLines([
      '# March 3, 2020 Meeting Notes',
      '-----',
      'Ada Finch (AF), Hugo Sands (HS), Nell Ortiz (NO), Omar Quill (OQ)',
      '',
      'Remote:',
      'Rosa Vale (RV), Ivo Hart (IH), Lena Cole (LC)',
      '-----',
      '',
      '## Opening',
      '',
      'AF: welcome.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Hugo Sands', 'present'],
      ['Nell Ortiz', 'present'],
      ['Omar Quill', 'present'],
      ['Rosa Vale', 'present'],
      ['Ivo Hart', 'present'],
      ['Lena Cole', 'present'],
    ]);
  });
});

describe('topics in markdown headings', () => {
  it('skips an agenda listed ahead of the minutes and headings that only group topics', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2015-04-01',
        '',
        '## Agenda',
        '',
        '### harbour/core',
        '',
        '* Drop the legacy loader #12',
        '',
        '## Minutes',
        '',
        '### Present',
        '',
        '* Ada Finch (HSG)',
        '* Hugo Sands (HSG)',
        '',
        '### Today\'s agenda',
        '',
        '#### Drop the legacy loader',
        '',
        '* **Ada**: nobody uses it.',
        '',
        '##### Resolution',
        '',
        '* Hugo will remove it.',
        '',
        '#### 2.0 release notes',
        '',
        '* **Hugo**: drafted.',
        '',
        '#### Action items',
        '',
        '* Hugo will publish the notes.',
      ]),
    ).toEqual([
      [null, 'Drop the legacy loader'],
      [null, '2.0 release notes'],
    ]);
  });

  it('reads a heading as the topic when few of its bullets have discussion of their own', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2016-02-03',
        '',
        '## Present',
        '',
        '* Ada Finch',
        '* Hugo Sands',
        '',
        '## Minutes',
        '',
        '### Split the loader repository #7',
        '',
        '* Ada: the split eases releases.',
        '* Hugo: it costs a second CI set-up.',
        '* Ada: we can share the set-up.',
        '',
        'Ada, Hugo: agree to split.',
        '',
        '### Meeting tools #9',
        '',
        'Discussed streaming.',
        '',
        '## Q/A',
        '',
        'None.',
      ]),
    ).toEqual([
      [null, 'Split the loader repository #7'],
      [null, 'Meeting tools #9'],
    ]);
  });

  it('keeps "Conclusion/Resolution" headings inside their topic', () => {
    expect(
      titles([
        ...notesOpening('# May 4, 2016 Meeting Notes'),
        '## Loader hooks (AF)',
        '',
        'AF: presenting.',
        '',
        '#### Conclusion/Resolution',
        '',
        '- Stage 1',
        '',
        '## Module maps (HS)',
        '',
        'HS: presenting.',
        '',
        '#### Consensus/Resolution',
        '',
        '- Deferred',
      ]),
    ).toEqual([
      [null, 'Loader hooks'],
      [null, 'Module maps'],
    ]);
  });

  it('takes a trailing colon off a topic bullet', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2018-01-10',
        '',
        '## Present',
        '',
        '* Ada Finch',
        '* Hugo Sands',
        '',
        '## Agenda',
        '',
        '### harbour/core',
        '',
        '* Loader currency:',
        '  * upgrade blocked on a compiler bug',
        '* Workers',
        '  * moving on',
      ]),
    ).toEqual([
      [null, 'Loader currency'],
      [null, 'Workers'],
    ]);
  });
});

describe('actions under an "Action items" heading', () => {
  it('reads each bullet as an action of the person it starts with', () => {
    const { minutes } = parseLines([
      ...releaseNotesMeeting(),
      '* **Ada**: drafted.',
      '',
      '#### Action items',
      '',
      '* Hugo will publish the notes.',
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Hugo will publish the notes.', ['Hugo']]]);
  });
});

describe('next meeting written month first without a year', () => {
  it('dates it in the year of the meeting, with its time', () => {
    const { minutes } = parseLines([
      ...releaseNotesMeeting(),
      'Drafted.',
      '',
      '## Next meeting',
      '',
      'Will be held on April 8th, 1pm PST.',
    ]);
    expect(minutes.nextMeeting).toMatchObject({ date: '2015-04-08', start: '13:00' });
  });
});

describe('headings numbered as the agenda is ("## 4.1 Title")', () => {
  it('reads every topic heading with its number, and numbered lists inside them as text', () => {
    expect(
      titles([
        ...notesOpening('# June 4 2014 Meeting Notes'),
        '## Adoption of the agenda',
        '',
        'AF: adopted.',
        '',
        '## 4.1 Loader hooks',
        '',
        'HS: two things:',
        '1. Hooks are slow',
        '2. Hooks are late',
        '',
        '## Conclusion/Resolution:',
        '',
        '- Revisit in July',
        '',
        '## Harbour status',
        '',
        'NO: on track.',
        '',
        '## 4.2 getShape',
        '',
        'OQ: presenting.',
        '',
        '## 6 Test suite status',
        '',
        'AF: growing.',
      ]),
    ).toEqual([
      [null, 'Adoption of the agenda'],
      ['4.1', 'Loader hooks'],
      [null, 'Harbour status'],
      ['4.2', 'getShape'],
      ['6', 'Test suite status'],
    ]);
  });
});

describe('an attendance table headed by how people took part, and presenters under topics', () => {
  const { minutes } = parseLines([
    '# 8 April, 2023 Meeting Notes',
    '',
    '---',
    '',
    '**Remote and in person attendees:**',
    '',
    '| Name         | Abbreviation | Organization |',
    '| ------------ | ------------ | ------------ |',
    '| Ada Finch    | AFH          | Harbour Labs |',
    '| Hugo Sands   | HUG          | Quayside     |',
    '',
    '## Introduction',
    '',
    'AFH: welcome.',
    '',
    '## Loader hooks',
    '',
    'Presenter: Hugo Sands (HUG)',
    '',
    'HUG: presenting.',
  ]);

  it('reads the table as those present and the presenter as no attendee of a list of their own', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance])).toEqual([
      ['Ada Finch', 'AFH', 'present'],
      ['Hugo Sands', 'HUG', 'present'],
    ]);
  });

  it('reads the topics', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Introduction', 'Loader hooks']);
  });
});

describe('topic headings with wrapped bullets, and posts joined to bodies by a slash', () => {
  const { minutes } = parseLines([
    '# Harbour Toolkit Steering Group Meeting 2017-05-03',
    '',
    '## Present',
    '* Ada Finch @afinch (HSG)',
    '* Hugo Sands @hsands (observer/Harbour Foundation)',
    '* Nell Ortiz @nortiz (HSG)',
    '* Omar Quill @oquill (observer/Quayside/TC9)',
    '* Rosa Vale @rvale (invited)',
    '',
    '## Minutes',
    '',
    '### Alternate meeting tool',
    '',
    '* Ada proposed we switch tools so that we can',
    '  stream the meetings.',
    '* For now we keep the old tool until',
    '  Hugo reports.',
    '',
    '### Loader split',
    '',
    '* Nell, no objections.',
  ]);

  it('keeps the heading as the topic when its bullets only wrap', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Alternate meeting tool', 'Loader split']);
  });

  it('reads "observer/Harbour Foundation" as role and organisation, a second slash joining bodies, and "(invited)" as a role', () => {
    expect(minutes.attendees.map((a) => [a.name, a.role, a.organisation])).toEqual([
      ['Ada Finch', null, 'HSG'],
      ['Hugo Sands', 'observer', 'Harbour Foundation'],
      ['Nell Ortiz', null, 'HSG'],
      ['Omar Quill', 'observer', 'Quayside/TC9'],
      ['Rosa Vale', 'invited', null],
    ]);
  });
});

describe('a handle in brackets, then the person\'s affiliation', () => {
  it('reads what follows the handle as the organisation, not as a second person', () => {
    const { minutes } = parseLines([
      '# Harbour Bootstrap Team Meeting 2018-10-22',
      '',
      '## Present',
      '- Ada Finch (@afinch)',
      '- Hugo Sands (@hsands) Harbour Africa',
      '- Nell Ortiz',
      '',
      '## Agenda',
      '',
      '### Introductions',
      '',
      'Went around the call.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', null],
      ['Hugo Sands', 'Harbour Africa'],
      ['Nell Ortiz', null],
    ]);
  });
});

describe('topic bullets under repository headings', () => {
  it('takes bullets indented by one space for sub-points, and unwraps links with a space before the target', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2020-01-08',
        '',
        '## Present',
        '',
        '* Ada Finch @afinch (HSG)',
        '* Hugo Sands @hsands (HSG)',
        '',
        '## Agenda',
        '',
        '### harbour/core',
        '',
        '* loader: hide warnings [#310]( https://example.org/harbour/core/pull/310)',
        '  * Ada to add a comment.',
        '',
        '### harbour/admin',
        '',
        '* Social media accounts [#45](https://example.org/harbour/admin/issues/45)',
        '  * Hugo, we need active monitoring.',
        ' * criteria might be more stringent',
        ' * General ask is to comment in the issue.',
      ]),
    ).toEqual([
      [null, 'loader: hide warnings #310'],
      [null, 'Social media accounts #45'],
    ]);
  });
});

describe('the same person on the attendance line and again under "Remote:"', () => {
  it('keeps both entries, as the lists give them', () => {
    const { minutes } = parseLines([
      '# March 3, 2020 Meeting Notes',
      '-----',
      'Ada Finch (AF), Hugo Sands (HS), Nell Ortiz (NO), Omar Quill (OQ)',
      '',
      'Remote:',
      'Rosa Vale (RV), Ivo Hart (IH), Hugo Sands (HS)',
      '-----',
      '',
      '## Opening',
      '',
      'AF: welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Hugo Sands', 'Nell Ortiz', 'Omar Quill', 'Rosa Vale', 'Ivo Hart', 'Hugo Sands']);
  });
});

describe('the next meeting given as a range of days', () => {
  it('dates it by its first day', () => {
    const { minutes } = parseLines([
      '# July 24, 2018 Meeting Notes',
      '-----',
      'Ada Finch (AF), Hugo Sands (HS), Nell Ortiz (NO), Omar Quill (OQ)',
      '-----',
      '',
      '## Dates for next meetings',
      '',
      'AF: September 25-27, 2018 at Harbour Labs in Quayside',
      '',
      '## Loader hooks',
      '',
      'HS: presenting.',
    ]);
    expect(minutes.nextMeeting?.date).toBe('2018-09-25');
    expect(minutes.date).toBe('2018-07-24');
  });
});

describe('a heading over nothing but the note of where the agenda came from', () => {
  it('heads no topic', () => {
    expect(
      titles([
        '# Harbour Council Meeting 2022-03-15',
        '',
        '## Present',
        '',
        '* Ada Finch (@afinch)',
        '* Hugo Sands (@hsands)',
        '',
        '## Agenda',
        '',
        '### Board Meeting Updates',
        '',
        '*Extracted from **harbour-agenda** labeled issues and pull requests from the **harbour org** prior to the meeting.',
        '',
        '### harbour/council',
        '',
        '* Travel fund [#11](https://example.org/harbour/council/issues/11)',
        '  * Ada will prepare a proposal',
      ]),
    ).toEqual([[null, 'Travel fund #11']]);
  });
});

describe('a present list in groups under sub-headings, with addresses', () => {
  const { minutes } = parseLines([
    '# Meeting with Harbour Labs, 2018-01-31',
    '',
    '## Present',
    '',
    '### HSG',
    '* Ada Finch \\<ada@example.org>',
    '* Hugo Sands \\<hugo@example.org>',
    '',
    '### Harbour Labs',
    '* Nell Ortiz \\<nell@example.org>',
    '',
    '### Other',
    '* Omar Quill \\<omar@example.org>',
    '',
    '## Summary',
    '',
    '### Loader performance',
    '* Up to 30% slower with hooks.',
  ]);

  it('reads every group into the list, the group as organisation', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation, a.attendance])).toEqual([
      ['Ada Finch', 'HSG', 'present'],
      ['Hugo Sands', 'HSG', 'present'],
      ['Nell Ortiz', 'Harbour Labs', 'present'],
      ['Omar Quill', null, 'present'],
    ]);
  });

  it('reads the topics after the list', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Loader performance']);
  });
});

describe('headings numbered with roman and letter sub-numbers', () => {
  it('reads "11.ii.a" as the number, and a bullet that only links as no topic', () => {
    expect(
      titles([
        ...notesOpening('# September 6, 2017 Meeting Notes'),
        '## Opening, welcome and roll call',
        '',
        '- Lunch at noon',
        '',
        '## 5. Report from the Secretariat',
        '',
        'AF: presenting.',
        '',
        '## 11.ii.a Loader hooks',
        '',
        'HS: presenting.',
        '',
        '## Code of Conduct update',
        '',
        'NO: approved.',
        '',
        '## 11.ii.b How should the loader proceed',
        '- https://example.org/harbour/pull/172',
        '',
        'OQ: presenting.',
      ]),
    ).toEqual([
      [null, 'Opening, welcome and roll call'],
      ['5', 'Report from the Secretariat'],
      ['11.ii.a', 'Loader hooks'],
      [null, 'Code of Conduct update'],
      ['11.ii.b', 'How should the loader proceed'],
    ]);
  });
});

describe('unnumbered sub-headings under a numbered topic', () => {
  it('are the parts of that topic (one per slide), while the next numbered or same-level heading opens a topic', () => {
    expect(
      titles([
        ...notesOpening('# March 4, 2016 Meeting Notes'),
        '## 7.ii.b Lock-free queues',
        '',
        'Ada Finch',
        '',
        '### Agent model',
        '',
        '... see slide',
        '',
        '### `Waiters`',
        '',
        'AF: presenting.',
        '',
        '#### Conclusion/Resolution',
        '',
        '- Stage 2',
        '',
        '## Break-out sessions',
        '',
        'HS: notes from the room.',
        '',
        '## 7.iii.a Decimal numbers',
        '',
        'NO: presenting.',
        '',
        '### 7.iii.b Rounding modes',
        '',
        'OQ: presenting.',
      ]),
    ).toEqual([
      ['7.ii.b', 'Lock-free queues'],
      [null, 'Break-out sessions'],
      ['7.iii.a', 'Decimal numbers'],
      ['7.iii.b', 'Rounding modes'],
    ]);
  });
});

describe('unnumbered topic headings beside numbered ones at the same level', () => {
  it('reads them all as items', () => {
    expect(
      titles([
        ...notesOpening('# October 3, 2017 Meeting Notes'),
        '## Welcome',
        '',
        'AF: good morning.',
        '',
        '## Adoption of Agenda',
        '',
        '#### Conclusion/Resolution',
        '',
        '- Adopted',
        '',
        '## 5. Secretariat report',
        '',
        'IS: downloads are up.',
        '',
        '## Code of Conduct update',
        '',
        'NO: approved.',
        '',
        '## 6. Meeting Schedule',
        '',
        'HS: two options.',
      ]),
    ).toEqual([
      [null, 'Welcome'],
      [null, 'Adoption of Agenda'],
      ['5', 'Secretariat report'],
      [null, 'Code of Conduct update'],
      ['6', 'Meeting Schedule'],
    ]);
  });

  it('keeps the numbered items alone when sub-headings sit under them', () => {
    expect(
      titles([
        '# Minutes of the Northbridge Community Partnership meeting',
        '',
        '14 March 2023',
        '',
        '## Present',
        '',
        '* Ada Finch',
        '* Hugo Sands',
        '',
        '## 1. Welcome',
        '',
        'The chair welcomed members.',
        '',
        '### Discussion',
        '',
        'Members discussed the plan.',
        '',
        '## 2. Any other business',
        '',
        'None.',
      ]),
    ).toEqual([
      ['1', 'Welcome'],
      ['2', 'Any other business'],
    ]);
  });
});

describe('repository headings', () => {
  it('group what was raised in them, and a review of the last meeting lists no topics', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2016-10-06',
        '',
        '## Present',
        '',
        '* Ada Finch @afinch (HSG)',
        '* Hugo Sands @hsands (HSG)',
        '',
        '## Review of last meeting',
        '',
        '### harbour/core',
        '',
        '* Drop the legacy loader [#12](https://example.org/harbour/core/pull/12)',
        '',
        '### harbour/bot',
        '',
        '* Bot permissions [#7](https://example.org/harbour/bot/issues/7)',
        '',
        '## Minutes',
        '',
        '### Travel fund [#15](https://example.org/harbour/core/issues/15)',
        '',
        '* Ada to set a low amount.',
      ]),
    ).toEqual([[null, 'Travel fund #15']]);
  });
});

describe('issue bullets under repository headings, with no minutes section after them', () => {
  it('are the topics, discussed or not, their spacing evened; a section holding one report above the note of where the agenda came from is one topic', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2024-03-06',
        '',
        '## Present',
        '',
        '* Ada Finch @afinch (voting member)',
        '* Hugo Sands @hsands (voting member)',
        '',
        '## Agenda',
        '',
        '### Board Updates',
        '',
        '* Nothing to report',
        '',
        '\\*Extracted from **hsg-agenda** labelled issues prior to the meeting.',
        '',
        '#### harbour/admin',
        '',
        '* New website [#81](https://example.org/harbour/admin/issues/81)',
        '  Discussed last week, label removed.',
        '',
        '* Summits for next year  [#84](https://example.org/harbour/admin/issues/84)',
        '* follow up with the venue next week',
        '',
        '## Upcoming Meetings',
      ]),
    ).toEqual([
      [null, 'Board Updates'],
      [null, 'New website #81'],
      [null, 'Summits for next year #84'],
    ]);
  });

  it('reads a point that only mentions an issue in its sentence as no topic', () => {
    expect(
      titles([
        ...releaseNotesMeeting().slice(0, 7),
        '## Agenda',
        '',
        '### harbour/admin',
        '',
        '* Website redesign [#81](https://example.org/harbour/admin/issues/81)',
        '',
        '* land PR #82 first, then iterate? Most agreed.',
        '* ask the applicants for feedback.',
        '',
        '* Summits for next year [#84](https://example.org/harbour/admin/issues/84)',
        '',
        '## Upcoming Meetings',
      ]),
    ).toEqual([
      [null, 'Website redesign #81'],
      [null, 'Summits for next year #84'],
    ]);
  });
});

describe('a stand-up: each member with a handle over what they reported', () => {
  it('is one topic, the people no topics of their own', () => {
    expect(
      titles([
        '# Harbour Core Team Meeting 2017-04-05',
        '',
        '## Present',
        '',
        '* Ada Finch @afinch (HCT)',
        '* Hugo Sands @hsands (observer/Quayside)',
        '',
        '## Standup',
        '',
        '* Ada Finch @afinch (HCT)',
        '  * Reviewed the loader changes',
        '* Hugo Sands @hsands (observer/Quayside)',
        '  * Nothing of note',
        '',
        '## Minutes',
        '',
        '### Release schedule',
        '',
        'Agreed to cut the beta on Monday.',
      ]),
    ).toEqual([
      [null, 'Standup'],
      [null, 'Release schedule'],
    ]);
  });
});

describe('numbered lists in the text under topic headings', () => {
  it('are points of the topics, not items', () => {
    expect(
      titles([
        ...notesOpening('# September 14, 2016 Meeting Notes'),
        '## Module loading lifecycle',
        '',
        '(Ada Finch)',
        '',
        'AF: The loader runs in three steps.',
        '',
        '1. Resolve the address',
        '    1. Make a record',
        '1. Walk the imports',
        '1. Evaluate',
        '',
        'HS: Agreed.',
        '',
        '### Conclusion/Resolution',
        '',
        '- Keep exploring',
        '',
        '## Error stacks',
        '',
        'NO: presenting.',
        '',
        '1. First point',
        '2. Second point',
      ]),
    ).toEqual([
      [null, 'Module loading lifecycle'],
      [null, 'Error stacks'],
    ]);
  });

  it('stay items where they open the text under a grouping heading', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2016-09-14',
        '',
        '## Present',
        '',
        '* Ada Finch',
        '* Hugo Sands',
        '',
        '## Part one',
        '',
        '1. Welcome',
        '2. Release plan',
        '',
        '## Part two',
        '',
        '3. Budget',
        '4. Any other business',
      ]),
    ).toEqual([
      ['1', 'Welcome'],
      ['2', 'Release plan'],
      ['3', 'Budget'],
      ['4', 'Any other business'],
    ]);
  });
});

describe('"Action items:" over a line naming its owner, and a next meeting in UTC', () => {
  const { minutes } = parseLines([
    ...releaseNotesMeeting(),
    'Ada Finch: We should publish the notes sooner.  ',
    '',
    'Action items:  ',
    'Hugo will draft the release notes.  ',
    '',
    '## Next Meeting',
    '',
    '*Next meeting: 2015-04-15 19:30 UTC (Wednesday 12:30pm US Pacific).*',
  ]);

  it('reads the line as an action of the person it starts with', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Hugo will draft the release notes.', ['Hugo']]]);
  });

  it('takes the time written with its zone for the start', () => {
    expect([minutes.nextMeeting?.date, minutes.nextMeeting?.start]).toEqual(['2015-04-15', '19:30']);
  });
});

describe('a topic heading over a short list, then the discussion', () => {
  it('stays the topic: the text after the list is the heading\'s, not its last bullet\'s', () => {
    expect(
      titles([
        ...notesOpening('# January 11, 2017 Meeting Notes'),
        '## Adopting the agenda',
        '',
        '- Start with the secretariat items',
        '- Hugo is free on Tuesday only',
        '',
        'AF: This may take less than three days.',
        '',
        'Adopted the agenda',
        '',
        '## Adopting the minutes',
        '',
        'HS: Approved.',
      ]),
    ).toEqual([
      [null, 'Adopting the agenda'],
      [null, 'Adopting the minutes'],
    ]);
  });
});

describe('repository sub-headings repeated under the review, the agenda and the minutes', () => {
  it('stay headings: the review lists no topic, the minutes\' headings are the topics', () => {
    expect(
      titles([
        '# Harbour Toolkit Steering Group Meeting 2016-08-17',
        '',
        '## Present',
        '',
        '- Ada Finch @afinch (HSG)',
        '- Hugo Sands @hsands (observer)',
        '',
        '## Review of last meeting',
        '',
        'Extracted from **hsg-agenda** labelled issues and pull requests prior to the meeting.',
        '',
        '### harbour/core',
        '',
        '* Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '* Moderation of the chat channels [#122](https://example.org/harbour/core/pull/122)',
        '* Define the core [#113](https://example.org/harbour/core/issues/113)',
        '',
        '### harbour/bot',
        '',
        '* Bot permissions [#7](https://example.org/harbour/bot/issues/7)',
        '',
        '## Agenda',
        '',
        'Extracted from **hsg-agenda** labelled issues and pull requests prior to the meeting.',
        '',
        '### harbour/core',
        '',
        '* Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '* Board elections [#126](https://example.org/harbour/core/issues/126)',
        '',
        '## Minutes',
        '',
        '### Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '',
        '* Done last week, untagging',
        '',
        '### Board elections [#126](https://example.org/harbour/core/issues/126)',
        '',
        '* Deferred until Hugo is back',
      ]),
    ).toEqual([
      [null, 'Shared build cache #30'],
      [null, 'Board elections #126'],
    ]);
  });
});

describe('a review of the last meeting ruled off from the minutes, and upcoming meetings dated year first', () => {
  const { minutes } = parseLines([
    '# Harbour Core Team Meeting 2016-11-02',
    '',
    '## Present',
    '',
    '* Ada Finch @afinch (HCT)',
    '* Hugo Sands @hsands (observer)',
    '',
    '## Previous Meeting Review',
    '',
    '### harbour/core',
    '',
    '* Name every function',
    '[#89]https://example.org/harbour/core/issues/89',
    '',
    '---',
    '',
    '## Minutes',
    '',
    '### Meeting schedule [#22](https://example.org/harbour/core/issues/22)',
    '',
    '@afinch: We agreed to revisit this in a month.',
    '',
    '---',
    '',
    '## Upcoming Meetings',
    '',
    '* HCT: 2016-Nov-09, time to be decided',
    '* Board: 2016-Nov-03, 1pm US Pacific',
  ]);

  it('reads no topic from the review: a wrapped link and a rule are no discussion', () => {
    expect(minutes.items.map((i) => i.title)).toEqual(['Meeting schedule #22']);
  });

  it('takes the first upcoming date for the next meeting', () => {
    expect(minutes.nextMeeting?.date).toBe('2016-11-09');
  });
});

describe('upcoming meetings of several bodies', () => {
  const upcoming = (entries: string[]) =>
    parseLines(['# Harbour HCT Meeting 2017-03-29', '', '## Present', '', '* Ada Finch @afinch (HCT)', '* Hugo Sands @hsands (HCT)', '', '## Minutes', '', '### Release plan', '', 'Agreed.', '', '## Upcoming Meetings', '', ...entries]).minutes.nextMeeting?.date;

  it("takes the entry of the minutes' own body, wherever it stands in the list", () => {
    expect(upcoming(['* **Collaborators Summit**: May 4-5,', '  [summit#39](https://example.org/summit/39)', '* **Call with the V8 team**: March 30, 6 am CEST', '* **HCT**: Apr 5, 2000 UTC'])).toBe('2017-04-05');
  });

  it('reads four figures before a time zone as the time, not the year', () => {
    expect(upcoming(['* Board: March 30, 1900 UTC', '* HCT: April 12, 2000 UTC'])).toBe('2017-04-12');
  });

  it('takes the first dated entry when none is the body\'s own', () => {
    expect(upcoming(['* Board: March 30, 1900 UTC', '* Summit: May 4'])).toBe('2017-03-30');
  });
});

describe("other bodies' meetings reported in the notes", () => {
  const notes = (section: string[], closing: string[] = []) =>
    parseLines(['# Harbour Outreach Committee 2020-07-09', '', '## Present', '', '* Ada Finch (@afinch)', '* Hugo Sands (@hsands)', '', '## Agenda', '', '### Website', '', '* The redesign goes on weekly.', '', ...section, '', ...closing]).minutes.nextMeeting?.date;

  it("does not take the next meeting of a body whose meeting a section reports on", () => {
    expect(notes(['### Steering and Board Meeting Updates', '', '* Ada: the board adopted the policy.', '* Next meeting is July 24th, tell me what to raise'])).toBeUndefined();
    expect(notes(['### Updates from the working groups', '', '* Next meeting of the docs group is 30 July 2020'])).toBeUndefined();
  });

  it("still takes the minutes' own next meeting after such a section", () => {
    expect(notes(['### Board Meeting Updates', '', '* Next meeting is July 24th'], ['### Next meeting', '', 'August 6th, 2020'])).toBe('2020-08-06');
  });

  it('reads a next meeting under a plain "Updates" heading as before', () => {
    expect(notes(['### Updates', '', '* Next meeting is July 23rd'])).toBe('2020-07-23');
  });
});

describe('a next meeting written month first with slashes', () => {
  it('reads "12/20/2017" as the twentieth of December', () => {
    const { minutes } = parseLines([
      ...releaseNotesMeeting(),
      'Drafted.',
      '',
      '## Upcoming Meetings',
      'Next HSG Meeting: 12/20/2017',
    ]);
    expect(minutes.nextMeeting?.date).toBe('2017-12-20');
  });
});

describe('an attendance table fenced as code, with a location column', () => {
  it('reads its rows as the list, the location leaving them present', () => {
    const { minutes } = parseLines([
      '# 29 November, 2022 Meeting Notes',
      '',
      '-----',
      '',
      '**Remote and in person attendees:**',
      '',
      '```',
      '| Name         | Abbreviation | Organization | Location  |',
      '| ------------ | ------------ | ------------ | --------- |',
      '| Ada Finch    | AFH          | Harbour Labs | Remote    |',
      '| Hugo Sands   | HUG          | Quayside     | In-person |',
      '```',
      '',
      '## Intro',
      '',
      'AFH: welcome.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation, a.attendance])).toEqual([
      ['Ada Finch', 'AFH', 'Harbour Labs', 'present'],
      ['Hugo Sands', 'HUG', 'Quayside', 'present'],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Intro']);
  });
});

describe('a present list where one member is written as one word before the handle', () => {
  it('keeps that member and everyone listed after', () => {
    const { minutes } = parseLines([
      '# Harbour Toolkit Steering Group Meeting 2017-05-03',
      '',
      '## Present',
      '',
      '* Ada Finch @afinch (HSG)',
      '* HugoSands @hsands (HSG)',
      '* Nell Ortiz @nortiz (HSG)',
      '',
      '## Minutes',
      '',
      '### Release cadence',
      '',
      '* Agreed.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', 'HSG'],
      ['HugoSands', 'HSG'],
      ['Nell Ortiz', 'HSG'],
    ]);
  });
});

describe('a given name alone among the bullets of a present list', () => {
  const outreachTopic = ['## Agenda', '', '### Outreach', '', '* Drafted.'];
  it('is a member, and the list goes on after it', () => {
    const { minutes } = parseLines([
      '# Harbour Toolkit Community Group Meeting 2020-06-04',
      '',
      '## Present',
      '',
      '* Ada Finch (@afinch)',
      '* Hugo Sands (@hsands)',
      '* Tobenna',
      '* Nell Ortiz',
      '* Omar Quill (@oquill)',
      '',
      ...outreachTopic,
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Hugo Sands', 'Tobenna', 'Nell Ortiz', 'Omar Quill']);
  });

  it('is a guest too at the end of the list, with the bracket that describes them', () => {
    const { minutes } = parseLines([
      '# Harbour Toolkit Steering Group Meeting 2025-02-05',
      '',
      '## Present',
      '',
      '* Ada Finch @afinch (voting member)',
      '* Hugo Sands (Guest: lighthouse platform)',
      '* Tobenna (Guest: lighthouse platform)',
      '',
      ...outreachTopic,
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.organisation ?? a.role])).toEqual([
      ['Ada Finch', 'voting member'],
      ['Hugo Sands', 'Guest: lighthouse platform'],
      ['Tobenna', 'Guest: lighthouse platform'],
    ]);
  });
});

describe('a "Reminders" heading beside the announcements', () => {
  it('is no topic, as "Announcements" is none', () => {
    expect(titles([...releaseNotesMeeting().slice(0, 7), '## Agenda', '', '### Announcements', '', '* Ada: the survey closes Friday', '', '### Reminders', '', '* Nominate people for the spotlight', '', '### Release cadence', '', '* Agreed.'])).toEqual([[null, 'Release cadence']]);
  });
});

describe('an "Invited" heading over the handles of those invited', () => {
  it('is no topic', () => {
    const lines = [...releaseNotesMeeting(), 'Drafted.', '', '## Invited', '', '* @oquill (Omar Quill - observer)', '* @pvance (Pia Vance - observer)', '', '## Outreach', '', 'Planned.'];
    expect(titles(lines)).toEqual([[null, 'Release notes'], [null, 'Outreach']]);
    expect(parseLines(lines).minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Hugo Sands']);
  });
});

describe('a topic sub-heading over a link to its slides, then the discussion', () => {
  it('is the topic; the link and the points after it are not', () => {
    expect(titles([
      ...notesOpening('# March 3, 2013 Meeting Notes'),
      '## Parallel arrays',
      '',
      '(Hugo Sands, Harbour Labs)',
      '',
      '### Lanes (Harbour Labs)',
      '',
      '- [slides](https://example.org/lanes.pdf)',
      '',
      '**Map**',
      '',
      '- lanes.map(callback)',
      '- lanes.map(depth, callback)',
      '',
      'AF: Is the depth needed?',
      '',
      '## Object spread',
      '',
      'HS: Presenting.',
    ])).toEqual([[null, 'Parallel arrays'], [null, 'Lanes (Harbour Labs)'], [null, 'Object spread']]);
  });

  it('still reads bullets titled by a link to what they name as topics', () => {
    expect(titles([
      ...releaseNotesMeeting(),
      '* [Membership Charter](https://example.org/charter)',
      '  * Ada: agreed to move on.',
      '',
      '* [Project Stages](https://example.org/stages)',
      '  * Hugo: one more review.',
    ])).toEqual([[null, 'Membership Charter'], [null, 'Project Stages']]);
  });
});

describe('an outcome heading misspelt "Concensus/Resolution"', () => {
  it('stays in its topic', () => {
    expect(titles([...notesOpening('# March 3, 2013 Meeting Notes'), '## Generators', '', 'AF: Presenting.', '', '#### Concensus/Resolution', '', '- Status quo', '', '## Modules', '', 'HS: Presenting.'])).toEqual([
      [null, 'Generators'],
      [null, 'Modules'],
    ]);
  });
});

describe('initials in brackets with the family name first', () => {
  it('are the initials, not a group', () => {
    const { minutes } = parseLines(['# March 3, 2013 Meeting Notes', '-----', '', 'Ada Finch (AF), Min Qi Lu (LMQ), Hugo Sands (HS), Nell Ortiz (NO)', '', '-----', '', '## Intro', '', 'AF: welcome.']);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Ada Finch', 'AF', null],
      ['Min Qi Lu', 'LMQ', null],
      ['Hugo Sands', 'HS', null],
      ['Nell Ortiz', 'NO', null],
    ]);
  });
});

describe('an attendance table with an abbreviation column', () => {
  const { minutes } = parseLines([
    '# 12 May, 2024 Meeting Notes',
    '',
    '-----',
    '',
    '**Attendees:**',
    '',
    '| Name         | Abbreviation | Organization |',
    '| ------------ | ------------ | ------------ |',
    '| Ada Finch    | AFH          | Harbour Labs |',
    '| Yan Li       | LYN          | Quayside     |',
    '| Hugo Sands   | HUG          |              |',
    '| Nell Ortiz   | NOZ          | Harbour Labs |',
    '',
    '## Intro',
    '',
    'AFH: welcome.',
  ]);

  it('reads the column as initials, whatever their letters', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation, a.role])).toEqual([
      ['Ada Finch', 'AFH', 'Harbour Labs', null],
      ['Yan Li', 'LYN', 'Quayside', null],
      ['Hugo Sands', 'HUG', null, null],
      ['Nell Ortiz', 'NOZ', 'Harbour Labs', null],
    ]);
  });
});

describe('a topic heading naming an issue, over points with discussion of their own', () => {
  it('stays the topic: its bullets are the points made on it', () => {
    expect(
      titles([
        ...releaseNotesMeeting().slice(0, 8),
        '### Release branch versioning [#2215](https://example.org/harbour/issues/2215)',
        '',
        '* Ada outlined the state of play:',
        '  * the release group moved from proposal to plan',
        '* Hugo: better to treat engine upgrades as pull requests to the main branch.',
        '',
        'The group agreed in general with the proposal.',
        '',
        '## Next Meeting',
      ]),
    ).toEqual([[null, 'Release branch versioning #2215']]);
  });
});

describe('issue bullets straight under "Minutes", after a review of the last meeting under repository headings', () => {
  it('reads the minutes\' bullets as the topics, and none from the review', () => {
    expect(
      titles([
        ...releaseNotesMeeting().slice(0, 7),
        '## Previous Meeting Review',
        '',
        '### harbour/core',
        '',
        '* Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '  * Some discussion, back on the agenda next time.',
        '',
        '## Minutes',
        '',
        '* Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '',
        '  * Back to the tracker, a vote may follow.',
        '',
        '* Board elections [#126](https://example.org/harbour/core/issues/126)',
        '',
        '  * Needs more reviews.',
        '',
        '## Q&A, Other',
      ]),
    ).toEqual([
      [null, 'Shared build cache #30'],
      [null, 'Board elections #126'],
    ]);
  });
});

describe('an "ACTION:" bullet over the tasks indented under it, each "Name - task"', () => {
  const { minutes } = parseLines([
    '# Harbour Council Meeting 2019-10-15',
    '',
    '## Present',
    '',
    '* Ada Finch (@afinch)',
    '* Hugo Sands (@hsands)',
    '',
    '## Agenda',
    '',
    '### harbour/council',
    '',
    '* doc: move the charter to stage 2 [#330](https://example.org/harbour/council/pull/330)',
    '  * Ada believes it is ready to land',
    '  * ACTION:',
    '    * Ada - squash and merge',
    '    * Hugo - open a PR to move it to stage 3',
    '',
    '* Security disclosures [#326](https://example.org/harbour/council/issues/326)',
    '  * Hugo raised it with the security group',
  ]);

  it('reads each task as an action of the person named before the dash, and no more', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['squash and merge', ['Ada']],
      ['open a PR to move it to stage 3', ['Hugo']],
    ]);
  });
});

describe('present entries written handle first, the person in brackets', () => {
  it('reads the name in the brackets and what follows its dash', () => {
    const { minutes } = parseLines([
      '# Harbour Community Group Meeting 2018-02-22',
      '',
      '## Present',
      '- Ada Finch  @afinch',
      '- Hugo Sands @hsands',
      '- @nortiz (Nell Ortiz - observer)',
      '- @oquill (Omar Quill - observer)',
      '',
      '## Agenda',
      '',
      '### Outreach',
      '',
      '* Planned.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ada Finch', null],
      ['Hugo Sands', null],
      ['Nell Ortiz', 'observer'],
      ['Omar Quill', 'observer'],
    ]);
  });
});

describe('a review of the last meeting listing its issues as plain bullets', () => {
  it('is no topic of this meeting, nor are its bullets', () => {
    expect(
      titles([
        ...releaseNotesMeeting().slice(0, 7),
        '## Review of last meeting',
        '',
        '* Shared build cache [#30](https://example.org/harbour/core/issues/30)',
        '',
        '  * The build group continues the strategy.',
        '',
        '* Board elections [#126](https://example.org/harbour/core/issues/126)',
        '',
        '## Minutes',
        '',
        '### Website redesign [#81](https://example.org/harbour/core/issues/81)',
        '',
        '* Agreed.',
      ]),
    ).toEqual([[null, 'Website redesign #81']]);
  });
});

describe('YAML front matter that lists the people', () => {
  const lines = [
    '---',
    'date: 2024-11-04',
    'members:',
    '  - Ada Finch',
    '  - Hugo Sands',
    'other_attendees:',
    '  - Nell Ortiz',
    'tags:',
    '  - governance',
    '---',
    '',
    '## Agenda',
    '',
    '- Travel fund',
    '- Website',
    '',
    '## Action items',
    '',
    '- Ada: draft the travel fund rules',
    '- Hugo: ask the hosts for quotes',
    '',
    '### Travel fund',
    '',
    '- Rules agreed in outline',
    '',
    '### Website',
    '',
    '- No update',
  ];

  it('gives the roster under the labels its keys spell, and the date, leaving other keys out', () => {
    const { minutes } = parseLines(lines);
    expect(minutes.date).toBe('2024-11-04');
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Hugo Sands', 'present'],
      ['Nell Ortiz', 'in-attendance'],
    ]);
    expect(minutes.actions.map((a) => a.owners)).toEqual([['Ada'], ['Hugo']]);
  });

  it('gives the start from the time on its date, the end from a closing key and the venue from its location', () => {
    const { minutes } = parseLines(['---', 'date: 2024-11-04 19:20', 'location: online via IRC', 'directors:', '  - Ada Finch', '  - Hugo Sands', 'close-meeting: 2024-11-04 20:49', '---', '', '## Travel fund', '', 'Agreed in outline.']);
    expect([minutes.date, minutes.start, minutes.end, minutes.venue]).toEqual(['2024-11-04', '19:20', '20:49', 'online via IRC']);
  });

  it("is a web page's publication data when it lists no people: its date is not the meeting's", () => {
    const { minutes } = parseLines(['---', 'title: "Harbour Toolkit Group March meeting"', 'date: "2017-06-20"', 'categories:', '  - "harbour"', '---', '', 'Present: Ada Finch, Hugo Sands', '', '1. Travel fund', '', 'Agreed.']);
    expect(minutes.date).toBeNull();
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Hugo Sands']);
  });
});

describe('a present list that names the bodies invited before the people', () => {
  it('goes on to the names after them, and the topics are read', () => {
    const { minutes } = parseLines([
      '# Harbour Foundation Cross Project Council Meeting 2019-05-14',
      '',
      '## Present',
      '',
      '* Harbour Foundation Cross Project Council',
      '* Harbour Foundation Board of Directors',
      '',
      'Ada Finch (@afinch)',
      'Hugo Sands (@hsands)',
      '',
      '## Agenda',
      '',
      '### harbour/cross-project-council',
      '',
      '* Onboarding questions [#38](https://example.org/harbour/cpc/issues/38)',
      'Where should onboarding topics live?',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Hugo Sands']);
    expect(minutes.items.map((i) => i.title)).toEqual(['Onboarding questions #38']);
  });
});

describe('minutes whose bullets repeat the agenda listed ahead of them', () => {
  it('read each repeated entry as a topic, its sub-points and the lines after it as its discussion', () => {
    expect(
      titles([
        ...releaseNotesMeeting().slice(0, 7),
        '## Agenda',
        '',
        '- #41 Choose a voting tool',
        '- #44 Mailing list out of date',
        '',
        '## Minutes',
        '',
        '[Welcome]',
        '',
        '- #41 Choose a voting tool',
        '- Planning to use the hosted tool',
        '\t- It keeps the ballots secret.',
        '',
        'Action: Ada to set up the vote.',
        '',
        '- #44 Mailing list out of date',
        '\t- Being worked on.',
        '',
        '## Q/A',
        '',
        '- A question about the installer',
      ]),
    ).toEqual([
      [null, '#41 Choose a voting tool'],
      [null, '#44 Mailing list out of date'],
    ]);
  });
});

describe('a labelled run-on list mixing given names and full names', () => {
  it('reads the given names as people too', () => {
    const { minutes } = parseLines([
      '# 2024-03-08',
      '',
      '## Attendance',
      '',
      '- Council: Tobenna, Hsands, Ada Finch, Nell Ortiz',
      '- Observers: Omar Quill',
      '',
      '## Notes',
      '',
      '- Agenda items',
      '    - Travel fund',
      '        - Ada: agreed in outline',
    ]);
    // "Council:" names the body itself, no organisation of theirs.
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation])).toEqual([
      ['Tobenna', 'present', null],
      ['Hsands', 'present', null],
      ['Ada Finch', 'present', null],
      ['Nell Ortiz', 'present', null],
      ['Omar Quill', 'in-attendance', null],
    ]);
  });

  it('keeps a body after one full name as that person’s', () => {
    const { minutes } = parseLines(['# Harbour Group meeting 2024-03-08', '', 'Present: Ada Finch, Hugo Sands, Harbour Council', '', '1. Travel fund', '', 'Agreed.']);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ada Finch', null],
      ['Hugo Sands', 'Harbour Council'],
    ]);
  });
});

describe('an attendance line and an "Unavailable:" line under the minutes', () => {
  it('reads those unavailable as apologies, and "(2nd half)" as there for part of the meeting', () => {
    const { minutes } = parseLines([
      '# 2023-08-03',
      '',
      '## Minutes',
      '',
      'Attendance: Tobenna, Omar, Ada Finch, Hugo Sands (2nd half)',
      'Unavailable: Nell Ortiz, Pia Vance',
      '',
      '- Travel fund (*Ada Finch* **Time**: 5 minutes)',
      '    - **Decision:** Ada to draft the rules.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.organisation, a.partial])).toEqual([
      ['Tobenna', 'present', null, false],
      ['Omar', 'present', null, false],
      ['Ada Finch', 'present', null, false],
      ['Hugo Sands', 'present', null, true],
      ['Nell Ortiz', 'apologies', null, false],
      ['Pia Vance', 'apologies', null, false],
    ]);
  });
});

describe('a text that says no minutes were taken', () => {
  it('has no title', () => {
    expect(parseLines(['No meeting minutes were taken.']).minutes.title).toBeNull();
  });
});

describe('an action items list with points indented under its actions', () => {
  it('reads the points under an owned action as part of it, and the owned points under a bare heading as actions', () => {
    const { minutes } = parseLines([
      '# Harbour Toolkit Steering Group Meeting 2026-01-19',
      '',
      'Present: Ada Finch, Hugo Sands',
      '',
      '## Action Items',
      '',
      '- Ada: Draft the release post',
      '    - Share the plan with the other authors',
      '- Travel fund',
      '    - Hugo: Ask the hosts for quotes',
      '- Hugo: Iterate on the governance document',
      '    - Hugo: Rework the eligibility rules',
      '    - Blocked by the election',
      '',
      '### Release post',
      '',
      '- Agreed in outline',
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Draft the release post', ['Ada']],
      ['Travel fund', []],
      ['Ask the hosts for quotes', ['Hugo']],
      ['Iterate on the governance document', ['Hugo']],
    ]);
  });
});
