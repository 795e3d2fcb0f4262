// Dates and times as people write them, in the header and in the text.
import { describe, expect, it } from 'vitest';
import { parseLines, spanText, wordHeader } from './build.js';

const body = ['**Present**', '', 'MO\tMaria Okafor\tNorthbridge Council', '', '### **1. Welcome**', '', '1.1 **MO** welcomed members.'];

const meeting = (date: string, time: string) => {
  const { minutes } = parseLines([...wordHeader(date, time), ...body]);
  return { date: minutes.date, start: minutes.start, end: minutes.end };
};

describe('the meeting date and times', () => {
  it.each([
    ['28 Sept 2011', '10am –12pm', { date: '2011-09-28', start: '10:00', end: '12:00' }],
    ['14 March 2023', '2–4pm', { date: '2023-03-14', start: '14:00', end: '16:00' }],
    ['14 March 2023', '10.00am – 12.00pm', { date: '2023-03-14', start: '10:00', end: '12:00' }],
    ['Wednesday 14th March 2023', '7.30 p.m.', { date: '2023-03-14', start: '19:30', end: null }],
    ['30 June 2023', '9.30am - 11am', { date: '2023-06-30', start: '09:30', end: '11:00' }],
    ['19 Jan 2024', '11am-1pm', { date: '2024-01-19', start: '11:00', end: '13:00' }],
    // The "12-14" of an ISO date, or "25-27" of a range of days, is no time range: the one after it is.
    ['2016-12-14', '2016-12-14, 2.00pm - 4.00pm', { date: '2016-12-14', start: '14:00', end: '16:00' }],
    ['25 May 2023', '25-27 May, 10am-1pm', { date: '2023-05-25', start: '10:00', end: '13:00' }],
    ['14-Dec-2016', '10am-12pm', { date: '2016-12-14', start: '10:00', end: '12:00' }],
  ])('reads "%s" and "%s"', (date, time, expected) => {
    expect(meeting(date, time)).toEqual(expected);
  });

  // Gap: a date line whose day is a small number ("2 November 2022") is taken for
  // the heading of agenda item 2 ("November 2022"), so the date is lost and the
  // header lines after it become paragraphs.
  it('does not take a date line with a small day number for an agenda heading', () => {
    const { minutes } = parseLines([...wordHeader('2 November 2022', '2–4pm'), ...body]);
    expect({ date: minutes.date, start: minutes.start, end: minutes.end }).toEqual({ date: '2022-11-02', start: '14:00', end: '16:00' });
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([['1', 'Welcome']]);
  });

  it('reads the date from a title line that carries it', () => {
    const { minutes } = parseLines([
      '## Minutes of the Westfield Residents Panel, 3 May 2021',
      '',
      '### Attendance',
      '',
      'Owen Fairley      Westfield Housing Association',
      '',
      '## 1. Welcome',
      '',
      '- 1.1 Owen Fairley welcomed members.',
    ]);
    expect([minutes.title, minutes.date]).toEqual(['Minutes of the Westfield Residents Panel, 3 May 2021', '2021-05-03']);
  });

  it('reports a missing meeting date', () => {
    const result = parseLines(['Minutes of the Northbridge Community Partnership meeting', '', ...body]);
    expect(result.minutes.date).toBeNull();
    expect(result.diagnostics.map((d) => d.code)).toContain('LSMP5001');
  });
});

describe('dates mentioned in the text', () => {
  const lines = [
    ...wordHeader('14 March 2023'),
    ...body,
    '',
    '1.2 A roundtable on language classes will be held on 2nd November at the Town Hall.',
    '',
    '1.3 The survey closed on 28 Sept 2022 and the report is due on 5 May.',
  ];
  const { minutes } = parseLines(lines);

  it('lists each with its ISO date, inferring the year from the meeting where the text omits it', () => {
    expect(minutes.dates.map(({ position: _position, ...rest }) => rest)).toEqual([
      { date: '2023-11-02', text: '2nd November', itemNumber: '1' },
      { date: '2022-09-28', text: '28 Sept 2022', itemNumber: '1' },
      { date: '2023-05-05', text: '5 May', itemNumber: '1' },
    ]);
  });

  it('spans the date phrase itself', () => {
    expect(minutes.dates.map((d) => spanText(lines.join('\n'), d.position))).toEqual(['2nd November', '28 Sept 2022', '5 May']);
  });
});
