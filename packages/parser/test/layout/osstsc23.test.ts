// Open-source governance notes kept as markdown in a repository: steering committees, working groups, councils (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((i) => i.title);

// The template of a weekly call: links, roll with handles, the topics, questions, the calendar.
const call = (after: string[] = []) => [
  '# Quillwork Foundation TSC Meeting 2021-04-07',
  '',
  '## Links',
  '',
  '* **Recording**: <https://video.example.org/q1>',
  '',
  '## Present',
  '',
  '* Ada Ferris @aferris (TSC)',
  '* Bo Lindqvist @blind (TSC)',
  '* Cy Ormond @cyo (observer)',
  '',
  '## Minutes',
  '',
  '### Plugin loader rewrite [#412](https://git.example.org/quill/pull/412)',
  '',
  'Ada: The loader is ready for review.',
  '',
  'Bo: We should land it behind a flag.',
  '',
  '### Release cadence [#398](https://git.example.org/quill/issues/398)',
  '',
  'Cy: Monthly releases suit the downstream packagers.',
  '',
  ...after,
  '## Upcoming Meetings',
  '',
  '* **Calendar**: <https://calendar.example.org>',
];

describe('the questions taken at the end of the call', () => {
  it('reads the questions under "## Q/A on public channels" as parts of that section, not topics', () => {
    const lines = call([
      '## Q/A on public channels',
      '',
      '### Q: Will the loader work with older plugins?',
      '',
      'Ada: Most of them, yes.',
      '',
      '### Note from the stream: plugin authors want a migration guide.',
      '',
    ]);
    expect(titles(lines)).toEqual(['Plugin loader rewrite #412', 'Release cadence #398']);
  });
});

describe('topics headed with where they start in the recording', () => {
  it('leaves the recording offset ("(12:40)", "(1:02:15)") out of the title', () => {
    const lines = [
      '# Meeting with the Runtime team, 2021-05-12',
      '',
      '## Present',
      '',
      '* Ada Ferris',
      '* Bo Lindqvist',
      '',
      '## Summary',
      '',
      '### Startup snapshots ([12:40](https://video.example.org/r2?t=12m40s))',
      '* Startup could be four times faster.',
      '',
      '### Garbage collector tuning ([1:02:15](https://video.example.org/r2?t=62m15s))',
      '* Old space fills too early.',
    ];
    expect(titles(lines)).toEqual(['Startup snapshots', 'Garbage collector tuning']);
  });

  it('still keeps a bracket that is no clock ("(part 2)")', () => {
    const lines = [
      '# Quillwork WG Meeting 2021-05-12',
      '',
      '## Present',
      '',
      '* Ada Ferris',
      '* Bo Lindqvist',
      '',
      '## Minutes',
      '',
      '### Plugin API review (part 2)',
      '',
      'Ada: The hooks are settled.',
      '',
      '### Docs site',
      '',
      'Bo: The new theme is live.',
    ];
    expect(titles(lines)).toEqual(['Plugin API review (part 2)', 'Docs site']);
  });
});
