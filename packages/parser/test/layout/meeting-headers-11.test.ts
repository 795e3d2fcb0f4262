// The meeting's header as clubs' and societies' notes write it (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const OPENING = ['# Brook Rowing Club Committee Meeting', '', 'Date: 23 October 2026', '', 'Present: Ann Hale, Ben Rowe, Cara Lind', ''];

describe('the start and end', () => {
  it('are read from headings that give the clock, then the meeting opening or closing', () => {
    const m = minutes([...OPENING, '### 20:12 Open', '', 'The chair opened the meeting.', '', '### Treasurer report', '', 'Noted.', '', '### 21:40 Close']);
    expect([m.start, m.end]).toEqual(['20:12', '21:40']);
    const called = minutes([...OPENING, '7:05 pm - Call to order', '', '1. Minutes', 'Approved.', '', '8:45 pm - Meeting adjourned']);
    expect([called.start, called.end]).toEqual(['19:05', '20:45']);
  });

  it('are not read from a clock before any other heading', () => {
    const m = minutes([...OPENING, '### 20:12 Treasurer report', '', 'Noted.', '', '### 21:40 Close of the public session']);
    expect([m.start, m.end]).toEqual([null, null]);
  });
});

describe('the first page\'s number', () => {
  const page = ['1', '', '19 November, 2014 – Ordinary Meeting of Council – Minutes Brook Shire', '', 'MINUTES', '', '1. DECLARATION OF OPENING', '', 'The President declared the meeting open.', '', '2. APOLOGIES', '', 'Nil'];

  it('alone atop the text, over a dated heading, is no item when item 1 comes later', () => {
    const m = minutes(page);
    expect(m.title).toBe('19 November, 2014 – Ordinary Meeting of Council – Minutes Brook Shire');
    expect(m.date).toBe('2014-11-19');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 DECLARATION OF OPENING', '2 APOLOGIES']);
  });

  it('is an item when no other item 1 follows', () => {
    const m = minutes(['1', '', 'Minutes of the meeting held on 4 May 2012', '', '2', '', 'Budget', '', 'Noted.']);
    expect(m.items.map((i) => i.number)).toContain('1');
  });
});
