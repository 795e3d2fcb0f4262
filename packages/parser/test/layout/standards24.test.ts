// Open-source and open-standards governance minutes kept as markdown in repositories: W3C groups'
// scribejs minutes, IETF and community-group notes, project steering and working groups (session 24).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

/** scribejs front matter: a JSON-LD record of the meeting under "json-ld: |", one attendee per six lines. */
function scribeFrontMatter(names: string[]): string[] {
  const attendees = names.flatMap((name, k) => [
    '                {',
    '                    "@type": "Person",',
    `                    "name": "${name}"`,
    k === names.length - 1 ? '                }' : '                },',
  ]);
  return [
    '---',
    'layout: minutes',
    'date: 2031-05-12',
    'title: Lantern Maps Working Group Telco — 2031-05-12',
    'json-ld: |',
    '    {',
    '        "@context": "https://schema.org/",',
    '        "@type": "CreativeWork",',
    '        "url": "https://example.org/lantern/minutes/2031-05-12",',
    '        "name": "Lantern Maps Working Group Telco — Minutes",',
    '        "about": "Lantern Maps Working Group Telco",',
    '        "dateCreated": "2031-05-12",',
    '        "genre": "Meeting Minutes",',
    '        "recordedAt": {',
    '            "@type": "Event",',
    '            "attendee": [',
    ...attendees,
    '            ]',
    '        }',
    '    }',
    '---',
    '',
  ];
}

describe('W3C scribejs minutes open with a long JSON-LD front matter', () => {
  const names = ['Ada Finch', 'Bo Reyes', 'Cy Dunn', 'Dot Hale', 'Eve Lund', 'Fay Moss', 'Gus Pike', 'Hal Rowe', 'Ida Snow', 'Jo Tate', 'Kit Vane', 'Lou West', 'Max Yard', 'Ned Zorn', 'Oda Ames'];
  const lines = [
    ...scribeFrontMatter(names),
    '# Lantern Maps Working Group Telco — Minutes',
    '{: .no_toc}',
    '',
    '**Date:** 2031-05-12',
    '',
    '## Attendees',
    '{: .no_toc}',
    `**Present:** ${names.join(', ')}`,
    '',
    '**Regrets:** Pia Quill',
    '',
    '**Chair:** Ada Finch',
    '',
    '### 1. Tile server report',
    '{: #section1}',
    '',
    '**Ada Finch:** The tile server is back.',
  ];

  it('skips the front matter however many lines its JSON-LD block takes, so the title is the heading', () => {
    expect(lines.indexOf('---', 1)).toBeGreaterThan(60);
    expect(minutes(lines).title).toBe('Lantern Maps Working Group Telco — Minutes');
  });

  it('still reads a short front matter and its title', () => {
    const short = ['---', 'title: Lantern Maps notes', '---', '', 'Present: Ada Finch, Bo Reyes', '', '1. Tile server report'];
    expect(minutes(short).title).toBe('Lantern Maps notes');
  });
});

describe('a template task list left with an empty box', () => {
  it('reads no action from a "- [ ] " with nothing after the box', () => {
    const lines = ['# Lantern Team Meeting - 2031-06-04', '', '## Attendees', '- Ada Finch', '- Bo Reyes', '', '## Actions', '', '- [ ] (Bo) Publish the notes.', '- [ ] ', '', '## Discussion', '', '### Tile server'];
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['Publish the notes.', ['Bo']]]);
  });
});

describe('a project team lists its members by their chat names', () => {
  const lines = ['# Lantern team planning meeting', '', '* Meeting date: 2031-07-07', '', '## Attendance', '', '* Team members: adafinch, Bo, Cy', '* Others: dotty', '', '## Announcements', '', '- adafinch: the roadmap is out.'];

  it('reads "Team members:" and "Others:" over chat names as those present and those in attendance', () => {
    expect(people(lines)).toEqual([
      ['present', 'adafinch'],
      ['present', 'Bo'],
      ['present', 'Cy'],
      ['in-attendance', 'dotty'],
    ]);
  });

  it('still reads the same lists of full names', () => {
    const named = ['# Lantern team planning meeting', '', '* Meeting date: 2031-07-07', '', '## Attendance', '', '* Team members: Ada Finch, Bo Reyes', '* Others: Dot Hale', '', '## Announcements'];
    expect(people(named)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Bo Reyes'],
      ['in-attendance', 'Dot Hale'],
    ]);
  });
});

describe('a sentence introduces the list of those absent', () => {
  it('reads "the following individuals are not in attendance but ..." as the lead-in of an absent list', () => {
    const lines = ['# 2031-May-09 Lantern TSC Meeting Notes', '', '## Attending', '', '* Ada Finch (@afinch) - TSC', '* Bo Reyes (@breyes) - TSC', '', 'Additionally, the following individuals are not in attendance but support consensus:', '', '* Cy Dunn (@cdunn) - TSC', '', '## Topics', '', '### Release plan'];
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Bo Reyes'],
      ['apologies', 'Cy Dunn'],
    ]);
  });

  it('reads "The following members were not in attendance:" as absence, not attendance', () => {
    const lines = ['Minutes of the Lantern Board', '', 'Present: Ada Finch, Bo Reyes', '', 'The following members were not in attendance:', 'Cy Dunn', 'Dot Hale', '', '1. Welcome'];
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Bo Reyes'],
      ['apologies', 'Cy Dunn'],
      ['apologies', 'Dot Hale'],
    ]);
  });
});

describe("a community group's notes under its agenda template", () => {
  const lines = [
    '## Agenda for the March 3 video call of the Lantern Community Group',
    '',
    '- **When**: March 3, 2031, 4pm-5pm UTC',
    '',
    '## Agenda items',
    '',
    '1. Opening, welcome and roll call',
    '    1. Opening of the meeting',
    '    1. Introduction of attendees',
    '1. Proposals and discussions',
    '1. Closure',
    '',
    '## Meeting Notes',
    '',
    '### Opening, welcome and roll call',
    '',
    '#### Introduction of attendees',
    '',
    '* Ada Finch',
    '* Bo Reyes',
    '* Cy Dunn',
    '',
    '### Proposals and discussions',
    '',
    '#### Tile encodings',
    '',
    'AF: We should pick one encoding.',
    '',
    'AI(BR): Write up both encodings for the next call.',
    '',
    '### Closure',
  ];

  it('reads the names under "#### Introduction of attendees" as those present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Bo Reyes'],
      ['present', 'Cy Dunn'],
    ]);
  });

  it('reads "AI(BR):" as an action owned by BR', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['Write up both encodings for the next call.', ['BR']]]);
  });
});

describe('an action tagged with its owner in brackets, as code marks a task', () => {
  it('reads "TODO(Reyes):" as an action owned by Reyes, beside "ACTION(Finch):"', () => {
    const lines = ['Minutes of the Lantern Working Group', '', 'Present: Ada Finch, Bo Reyes, Cy Dunn', '', '1. Tree hash', '', '- TODO(Reyes): Make a PR with the signed nodes', '- ACTION(Finch): Mark the sections as ready', '', '2. Closure'];
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Make a PR with the signed nodes', ['Reyes']],
      ['Mark the sections as ready', ['Finch']],
    ]);
  });
});
