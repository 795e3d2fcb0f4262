// Minutes of government advisory committees and public bodies' boards (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

describe('an action list captioned with the topic it belongs to', () => {
  const lines = [
    '---',
    'title: 2021-03-04 Tidal Data Panel Meeting',
    '---',
    '',
    'The panel looked at two proposals.',
    '',
    '## Station codes',
    '',
    'The panel discussed the station code proposal.',
    '',
    '### Actions noted for station codes:',
    '',
    '1. Ada Finch to check the list against the harbour register',
    '2. Ben Rowe to write up the naming rules',
    '',
    '## Tide gauges',
    '',
    'The panel discussed the gauge proposal.',
    '',
    '### Action points for tide gauges',
    '',
    '1. Cara Lind to ask the port authority for the gauge readings',
    '',
    '## Attendees',
    '',
    '* Ada Finch, Harbour Office',
    '* Ben Rowe, Coastal Agency',
    '* Cara Lind, Port Trust',
  ];

  it('reads "Actions noted for station codes" and "Action points for tide gauges" as action list captions', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ada Finch to check the list against the harbour register', ['Ada Finch']],
      ['Ben Rowe to write up the naming rules', ['Ben Rowe']],
      ['Cara Lind to ask the port authority for the gauge readings', ['Cara Lind']],
    ]);
  });
});

describe('how someone took part, written after their organisation without brackets', () => {
  const lines = ['# 2022-06-01 Tidal Data Board', '', '## Attendees', '', '* Ada Finch (Harbour Office) via video conf', '* Ben Rowe (Coastal Agency)  via phone', '* Cara Lind (Port Trust)', '', '## 1. Welcome', '', 'The members introduced themselves.'];

  it('is no part of the organisation', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Harbour Office'],
      ['present', 'Ben Rowe', 'Coastal Agency'],
      ['present', 'Cara Lind', 'Port Trust'],
    ]);
  });
});

describe('the member who stood in as chair, said in the text of the first item', () => {
  it('chairs the meeting', () => {
    const lines = ['# 2022-06-01 Tidal Data Board', '', '## Attendees', '', '* Ada Finch (Harbour Office)', '* Ben Rowe (Coastal Agency)', '', '### 1. Introductions', 'Ben Rowe, standing in as chair, welcomed the members to the meeting.'];
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ben Rowe']);
  });
});

describe('a page titled by its date and the name of the body alone', () => {
  it('names the body after the date', () => {
    expect(minutes(['---', 'title: 2014-10-06 Tidal Data Board', '---', '', 'The Board met to consider two proposals.']).body).toBe('Tidal Data Board');
  });

  it('still names no body when the rest is no body\'s name', () => {
    expect(minutes(['---', 'title: 2014-10-06 Notes', '---', '', 'The Board met to consider two proposals.']).body).toBeNull();
  });
});

describe('points under an action no one owns', () => {
  const lines = [
    '# Tidal Data Board',
    'June 3, 2019',
    '',
    '## 1. Roundtable',
    '* Members shared news from their offices.',
    '',
    '## Action items',
    '* Review the themes for the harbour summit',
    '  * How can the ports take part',
    '  * Which datasets to show',
    '* Send comments on the roadmap to the secretariat',
  ];

  it('are points of that action, not actions', () => {
    expect(minutes(lines).actions.map((a) => a.text)).toEqual(['Review the themes for the harbour summit', 'Send comments on the roadmap to the secretariat']);
  });

  it('are still actions under a topic label', () => {
    const labelled = [...lines.slice(0, 7), '* Website:', '  * Fix the broken links on the data page', '  * Add the new station list', '* Send comments on the roadmap to the secretariat'];
    expect(minutes(labelled).actions.map((a) => a.text)).toEqual(['Website:', 'Fix the broken links on the data page', 'Add the new station list', 'Send comments on the roadmap to the secretariat']);
  });
});
