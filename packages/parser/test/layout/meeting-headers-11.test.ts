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

describe('the opening lines over unnumbered topics', () => {
  it('that name the meeting or its body, or date it, stay the header: no topic of their own', () => {
    const m = minutes(['Brook Township Board Special Meeting Minutes', '', 'Brook Township Board of Trustees', 'Special Meeting', 'January 28, 2008', '', 'Call to Order', '', 'The meeting was called to order by the Supervisor.', '', 'Road Repairs', '', 'The board discussed the repairs to Mill Road.', '', 'Adjournment', '', 'The meeting was adjourned.']);
    expect(m.title).toBe('Brook Township Board Special Meeting Minutes');
    expect(m.date).toBe('2008-01-28');
    expect(m.items.map((i) => i.title)).toEqual(['Call to Order', 'Road Repairs', 'Adjournment']);
  });

  it('end at the first line that does neither', () => {
    const m = minutes(['Brook Library Trustees Meeting Minutes', 'March 3, 2015', '', 'Old Business', '', 'The roof repair was discussed.', '', 'New Business', '', 'The trustees agreed the summer hours.']);
    expect(m.items.map((i) => i.title)).toEqual(['Old Business', 'New Business']);
  });
});

describe('an action table\'s column caption under the lists', () => {
  it('ends them: "Actioned By" is nobody who sent apologies', () => {
    const m = minutes(['Minutes of the Brook Group, 4 May 2022', '', 'Present: Jo Hale, Sam Poe', 'Apologies: Lindsey Bond', '', 'Actioned By', '', 'Minutes of Last Meeting', '', 'The minutes were agreed as a true record of the meeting.']);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}`)).toEqual(['Jo Hale|present', 'Sam Poe|present', 'Lindsey Bond|apologies']);
  });
});
