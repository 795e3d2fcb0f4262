// Open-source projects' working-group and steering-council notes kept as markdown in their repositories (session 25).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a static site page of working-group notes titled by its date', () => {
  const page = (heading: string) => [
    '---',
    'title: 2031-04-09',
    'parent: Meetings',
    '---',
    '',
    heading,
    '',
    'Meeting:   9 April 2031',
    '',
    '## Attendees',
    '',
    '* Mara Quill, Lantern Labs',
    '* Teo Brandt, Orchard Systems',
    '',
    '## Build farm upgrade',
    '',
    '* Runners are slow on the larger images.',
    '',
    '# Next Steps',
    '',
    '* Follow up meeting: 23 April 2031',
  ];

  it('reads the group heading as the title, not the "Meeting:" date field under it', () => {
    const read = minutes(page('# Harbour Tools Working Group'));
    expect(read.title).toBe('Harbour Tools Working Group');
    expect(read.date).toBe('2031-04-09');
  });

  it('reads the group line as the title over the date the front matter titles the page with', () => {
    expect(minutes(page('Harbour Tools Working Group')).title).toBe('Harbour Tools Working Group');
  });

  it('still takes a date-only front matter title where no line names the meeting', () => {
    const bare = ['---', 'title: 2031-04-09', '---', '', '## Volunteers wanted', '', '- Someone with a spare board to reproduce the crash.'];
    expect(minutes(bare).title).toBe('2031-04-09');
  });

  it('reads "Follow up meeting: <date>" under Next Steps as the next meeting, not as an action', () => {
    const read = minutes(page('# Harbour Tools Working Group'));
    expect(read.nextMeeting?.date).toBe('2031-04-23');
    expect(read.actions).toEqual([]);
  });

  it('leaves a sentence about some follow-up meeting as no next meeting', () => {
    const lines = [...page('# Harbour Tools Working Group').slice(0, -1), '* Teo will arrange a follow up meeting with the vendor on 30 April 2031'];
    expect(minutes(lines).nextMeeting).toBeNull();
  });
});
