// Open-source working groups' meeting notes kept as markdown in a code host's repository (session 24).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const names = (lines: string[]) => minutes(lines).attendees.map((a) => a.name);
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

/** A working group's notes as the project's meeting template writes them, with the given "Present" lines. */
function groupNotes(present: string[], agenda: string[] = ['### quarry/tools', '', '* Retire the old mirror [#41](https://example.org/quarry/tools/issues/41)', '  * Agreed to retire it next month.']): string[] {
  return [
    '# Quarry  Tooling Team Meeting 2031-02-11',
    '',
    '## Links',
    '',
    '* **Recording**: https://video.example.org/watch?v=abc',
    '* **GitHub Issue**: https://example.org/quarry/tools/issues/40',
    '',
    '## Present',
    '',
    ...present,
    '',
    '## Agenda',
    '',
    '## Announcements',
    '',
    '*Extracted from **tools-agenda** labelled issues and pull requests prior to the meeting.',
    '',
    ...agenda,
    '',
    '## Q&A, Other',
    '',
  ];
}

describe('a Present list that writes each handle after a colon', () => {
  const present = ['* Tooling team: @quarry/tools', '* Ines Varga: @ivarga', '* Tomas Rheel: @trheel', '* Pia Sandoval: @psandoval'];

  it('reads "Full Name: @handle" as the person, the colon joining the name to the handle', () => {
    expect(names(groupNotes(present))).toEqual(['Ines Varga', 'Tomas Rheel', 'Pia Sandoval']);
  });

  it('reads the same lines among "Full Name @handle" lines', () => {
    expect(names(groupNotes(['* Ines Varga: @ivarga', '* Tomas Rheel @trheel', '* Pia Sandoval (@psandoval)']))).toEqual(['Ines Varga', 'Tomas Rheel', 'Pia Sandoval']);
  });

  it('so still reads the agenda of notes whose every person is written that way', () => {
    expect(titles(groupNotes(present))).toEqual(['Retire the old mirror #41']);
  });
});

describe('an agenda bullet that names its issue by the address', () => {
  it('leaves the closing address out of the title', () => {
    const lines = [
      '# Quarry  Plugins Team Meeting 2031-07-19',
      '',
      '## Present',
      '',
      '* Ines Varga (@ivarga)',
      '* Tomas Rheel (@trheel)',
      '',
      '## Agenda',
      '',
      '* Rename the plugin hooks https://example.org/quarry/plugins/issues/95',
      '* Plugin configuration https://example.org/quarry/plugins/issues/98',
      '',
      '## Notes',
      '',
      '* @ivarga will look into a configuration file.',
    ];
    expect(titles(lines)).toEqual(['Rename the plugin hooks', 'Plugin configuration']);
  });

  it('reads a bullet closed by an issue address, without notes, as a topic under a repository heading, as one closed by "#n" is', () => {
    const agenda = [
      '### quarry/tools',
      '',
      '* Retire the old mirror [#41](https://example.org/quarry/tools/issues/41)',
      '  * Agreed to retire it next month.',
      '',
      '### quarry/board',
      '',
      '* Additions to the charter [#12](https://example.org/quarry/board/issues/12)',
      '* Drop the legacy build flags <https://example.org/quarry/board/issues/14>',
    ];
    expect(titles(groupNotes(['* Ines Varga (@ivarga)', '* Tomas Rheel (@trheel)'], agenda))).toEqual([
      'Retire the old mirror #41',
      'Additions to the charter #12',
      'Drop the legacy build flags',
    ]);
  });

  it('still keeps an address that is what a one-word title names ("Review https://...")', () => {
    const lines = ['# Quarry Tooling meeting June 7 2031', '', '## Agenda', '', '* Stand up', '* Review https://example.org/quarry/tools/pull/42', '* Open issues review', '', '## Present', '* Ines Varga', '* Tomas Rheel'];
    expect(titles(lines)).toContain('Review https://example.org/quarry/tools/pull/42');
  });
});

describe('a labelled link to the meeting\'s own issue', () => {
  it('leaves "GitHub Issue: https://.../issues/n" out of the topics when the links have no heading of their own', () => {
    const lines = [
      '# Quarry Tooling Team Meeting 2031-02-11',
      '',
      '* **Recording**: https://video.example.org/watch?v=abc',
      '* **GitHub Issue**: https://example.org/quarry/tools/issues/40',
      '',
      '## Present',
      '',
      '* Ines Varga (@ivarga)',
      '* Tomas Rheel (@trheel)',
      '',
      '## Agenda',
      '',
      '### quarry/tools',
      '',
      '* Retire the old mirror [#41](https://example.org/quarry/tools/issues/41)',
      '  * Agreed to retire it next month.',
    ];
    expect(titles(lines)).not.toContain('GitHub Issue:');
  });
});
