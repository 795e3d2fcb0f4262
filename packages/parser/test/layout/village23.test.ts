// English parish councils' and village liaison committees' minutes as a community newsletter's website reprints them
// (a WordPress export to markdown: escaped numbers, a caption over the minutes' own heading) (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.chair]);
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a numbered item that opens with the list of those attending, no colon after the phrase', () => {
  const lines = [
    'Minutes of Eastbury Annual Parish Meeting held in the Village Hall',
    '',
    'At 7.15pm on Wednesday 7 May 2008',
    '',
    '1\\. Those Attending Mr A Fenwick (Chairman), Mrs B Holt (Vice-Chair) Mrs C Dunn, Mr D Rowe, Borough Councillor E Platt, Mrs F Gale (Clerk), 12 members of the public.',
    '',
    '2\\. Minutes of Last Meeting',
    '',
    'Mr D Rowe proposed acceptance of the minutes.',
    '',
    '3\\. Playing Field Report',
    '',
    'The Clerk read a report from the committee.',
  ];

  it('reads the names run into the numbered phrase as those present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mr', 'A Fenwick', null, true],
      ['present', 'Mrs', 'B Holt', 'Vice-Chair', false],
      ['present', 'Mrs', 'C Dunn', null, false],
      ['present', 'Mr', 'D Rowe', null, false],
      ['present', 'Borough Councillor', 'E Platt', null, false],
      ['present', 'Mrs', 'F Gale', 'Clerk', false],
    ]);
  });

  it('titles the item by the phrase alone', () => {
    expect(items(lines)).toEqual([
      ['1', 'Those Attending'],
      ['2', 'Minutes of Last Meeting'],
      ['3', 'Playing Field Report'],
    ]);
  });
});

describe("a reprint's caption, then the minutes' draft stamp, then their own heading", () => {
  const lines = [
    'Minutes of the March Meeting of Eastbury PC',
    '',
    'DRAFT',
    '',
    'Minutes of Eastbury Parish Council Meeting held in The Memorial Hall',
    '',
    'At 7.30pm on Wednesday 9 March 2011',
    '',
    'Those Attending: Cllr A Fenwick (Chairman), Cllr Mrs B Holt',
    '',
    '1\\. Minutes of the last Meeting: agreed.',
  ];

  it('takes the heading under the stamp as the title, and the body it names', () => {
    const m = minutes(lines);
    expect(m.title).toBe('Minutes of Eastbury Parish Council Meeting held in The Memorial Hall');
    expect(m.body).toBe('Eastbury Parish Council');
  });

  it('still takes the caption when no heading of the minutes stands under the stamp', () => {
    const plain = ['Minutes of the March Meeting of Eastbury PC', '', 'DRAFT', '', 'At 7.30pm on Wednesday 9 March 2011', '', ...lines.slice(8)];
    expect(minutes(plain).title).toBe('Minutes of the March Meeting of Eastbury PC');
  });
});

describe("a council's attendance line written without commas, borough and county councillors by their short titles", () => {
  const lines = [
    'EASTBURY PARISH COUNCIL',
    '',
    'Minutes of the meeting held on 11th January, 2017',
    '',
    'Attendance: Chairman Mrs S Lowe Vice Chairman Mrs J Hale Councillors Mrs D Finch Mrs J Reed BCllr C T Pike CCllr M Dunn Footpath Warden Mr C Ward',
    '',
    'Members of the public 5',
    '',
    '1\\. Apologies',
    '',
    'There were no apologies for this meeting',
  ];

  it('parts the names at "BCllr" and "CCllr" as at "Mrs" and "Mr"', () => {
    expect(people(lines)).toEqual([
      ['present', 'Mrs', 'S Lowe', null, true],
      ['present', 'Mrs', 'J Hale', 'Vice Chairman', false],
      ['present', 'Mrs', 'D Finch', null, false],
      ['present', 'Mrs', 'J Reed', null, false],
      ['present', 'BCllr', 'C T Pike', null, false],
      ['present', 'CCllr', 'M Dunn', null, false],
      ['present', 'Mr', 'C Ward', 'Footpath Warden', false],
    ]);
  });
});

describe("a minutes post whose front-matter title alone says when the meeting was", () => {
  const lines = [
    '---',
    'title: "Minutes of a meeting of Eastbury Parish Council held in the Memorial Hall at 7.30pm on Wednesday 15th December"',
    'date: "2005-02-01"',
    'categories: ',
    '  - "parish-councils"',
    '---',
    '',
    'Eastbury Parish Council Minutes',
    '',
    'Those attending Mr A Fenwick (Chairman) Mr B Rowe, Mrs C Dunn',
    '',
    'Matters Arising:',
    '',
    '(a) The kerbs are to be lowered.',
    '',
    'The next meeting was arranged for Wednesday 26th January 2005',
  ];

  it("dates the meeting by the post's title in the year before publication, and times it from there", () => {
    const m = minutes(lines);
    expect([m.date, m.start]).toEqual(['2004-12-15', '19:30']);
  });

  it('still dates it by the heading where the minutes give a date of their own', () => {
    const own = [...lines.slice(0, 9), 'Held on Wednesday 12th January 2005', '', ...lines.slice(9)];
    expect(minutes(own).date).toBe('2005-01-12');
  });
});
