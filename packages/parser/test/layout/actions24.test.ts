// Open-source working groups' notes: the tasks listed under a "Next steps" caption inside a topic, owners written as
// code host handles, and a task list's blank entry (session 24). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const actions = (lines: string[]) => parseLines(lines).minutes.actions.map((a) => [a.text, a.owners]);

const head = ['# Widgets WG Meeting 2031-04-02', '', '## Present', '', '* Carla Nyberg @cnyberg', '* Tomas Reyes @tomr', '', '## Minutes', ''];

describe('a "Next steps" caption inside a topic', () => {
  it('reads the bullets under a bold "**Next steps**" as actions, a handle that spells no name as the owner', () => {
    const lines = [
      ...head,
      '### Release plan [#412](https://example.org/412)',
      '',
      '@cnyberg: We need to decide the cut date.',
      '',
      '**Next steps**',
      '',
      '* @tomr to open an issue about the cut date.',
      '* Please review [#413](https://example.org/413) - the changelog.',
      '',
      '---',
      '',
      '### Docs',
      '',
      'Nothing new.',
    ];
    expect(actions(lines)).toEqual([
      ['@tomr to open an issue about the cut date.', ['@tomr']],
      ['Please review #413 - the changelog.', []],
    ]);
  });

  it('reads the bullets under "**Next steps:**" with no owner written', () => {
    const lines = [...head, '### Funding guidance', '', 'The board asked us to update the guide.', '', '**Next steps:**', '', '* Update the guidance page.', '* Set up a request form.'];
    expect(actions(lines)).toEqual([
      ['Update the guidance page.', []],
      ['Set up a request form.', []],
    ]);
  });

  it('leaves the paragraph after the bullets out, though it names who will act', () => {
    const lines = [...head, '### Release plan', '', 'Next steps:', '', '* Tomas: follow up with the docs team', '', 'Carla will bring the sandwiches next time.'];
    expect(actions(lines)).toEqual([['follow up with the docs team', ['Tomas']]]);
  });

  it('still reads no action from "Next steps" over prose, nor from a plain "Next steps" line', () => {
    const prose = [...head, '### Release plan', '', '**Next steps**', '', 'Carla will draft the notice once the date is set.'];
    expect(actions(prose)).toEqual([]);
    const plain = [...head, '### Release plan', '', 'Next steps', '', '* The cut date is still open.'];
    expect(actions(plain)).toEqual([]);
  });
});

describe('a task list under "## Actions"', () => {
  it('reads no action from an entry left blank ("- [ ]")', () => {
    const lines = ['# Gadget Team Meeting - 2031-05-07', '', '## Attendees', '- Ivo Marsh', '- Lena Ortiz', '', '## Actions', '', '- [ ] (Ivo) Publish the notes.', '- [ ] ', '', '## Discussion', '', '### Plugins', '- Talked about names.'];
    expect(actions(lines)).toEqual([['Publish the notes.', ['Ivo']]]);
  });
});

describe('a task list among a topic\'s notes', () => {
  const lines = [
    '# Gadget Team Meeting - 2031-05-07',
    '',
    '## Participants',
    '',
    '- Ivo',
    '- Lena',
    '- Omar',
    '',
    '## Release candidate planning',
    '',
    '- [x] Ivo: moved the docs to the new site.',
    '- [ ] Omar: Split out the runtime helpers',
    '  - Problem: the helpers are duplicated',
    '- [ ] Lena: removing the old presets',
    '- [ ] Problem: nobody has time.',
    '',
    '## Other topics',
    '- Ideas for later.',
  ];

  it('reads an open box led by an attendee and a colon as that attendee\'s action; a ticked box and a label that names no one are not', () => {
    expect(actions(lines)).toEqual([
      ['Split out the runtime helpers', ['Omar']],
      ['removing the old presets', ['Lena']],
    ]);
  });
});
