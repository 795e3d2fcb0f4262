// Parish, town and community council minutes from council web pages and blogs (session 7): annual parish
// meetings, a blog's caption over the minutes, lists with a plural title mid-way, wrapped run-on lists, the
// apologies in a sentence after the list, and the times the minutes' sentences give. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance, a.role]);

describe('headers of council minutes on the web', () => {
  it('ends the title at its date when a sentence runs on after it on the line', () => {
    const m = minutes(['DRAFT Minutes of the Meeting Held in the Village Hall, Mill Lane, Brindley on Thursday, 14th July 2022. The meeting started at 6.30 p.m.', 'PRESENT: Councillor Ann Hale (Chair); Councillor Ben Rowe;']);
    expect([m.title, m.date, m.start]).toEqual(['DRAFT Minutes of the Meeting Held in the Village Hall, Mill Lane, Brindley on Thursday, 14th July 2022', '2022-07-14', '18:30']);
  });

  it('names no body "Annual Parish", and takes the parish an annual parish meeting is for', () => {
    expect(minutes(['Minutes of the Annual Parish Meeting held on Tuesday 7 May, 2019', 'Present: Cllr A Hale, Cllr B Rowe']).body).toBeNull();
    expect(minutes(['ANNUAL PARISH MEETING FOR THE PARISH OF BRINDLEY', 'Present: Councillors Mr Hale, Mrs Rowe.']).body).toBe('PARISH OF BRINDLEY');
  });

  it("takes the minutes' own heading below a page's caption that does not say minutes", () => {
    const m = minutes(['4 May 2019 - Annual Parish Meeting', 'ANNUAL PARISH MEETING', 'Minutes of the Annual Parish Meeting held on Saturday 4 May, 2019', 'Present: Cllr A Hale, Cllr B Rowe']);
    expect(m.title).toBe('Minutes of the Annual Parish Meeting held on Saturday 4 May, 2019');
  });

  it("takes the minutes' own dated heading below a blog's caption and post date", () => {
    const m = minutes([
      'Brindley Town Council 2009 minutes',
      '',
      'Friday, March 27, 2009',
      '',
      'Brindley Town Council minutes March 2009',
      '',
      'Minutes of the meeting of Brindley Town Council held in the Guild Hall, High Street on Monday, 2nd March 2009 at 7pm',
      '',
      'PRESENT: Councillor A. Hale (chairman), Councillors B. Rowe and C. Pike.',
    ]);
    expect([m.title, m.body, m.date, m.start]).toEqual([
      'Minutes of the meeting of Brindley Town Council held in the Guild Hall, High Street on Monday, 2nd March 2009 at 7pm',
      'Brindley Town Council',
      '2009-03-02',
      '19:00',
    ]);
  });

  it('reads the start and the end from the sentences that open and close the meeting', () => {
    const m = minutes([
      'Minutes of the Annual Parish Meeting held on Tuesday 7 May, 2019',
      'Present: Cllr A Hale – Chairman, Cllr B Rowe',
      'Cllr A Hale opened the meeting at 7pm.',
      '1. Welcome',
      'The Chairman welcomed all present.',
      '2. Reports',
      'As there was no further business the meeting closed at 7.25pm.',
    ]);
    expect([m.start, m.end]).toEqual(['19:00', '19:25']);
    const declared = minutes(['Minutes of Brindley Parish Council held on 3 May 2019', 'Present: Cllr A Hale', '1. Welcome', 'The Chair declared the meeting open at 7.00p.m.', '2. Close', 'The meeting closed at 8.05pm.']);
    expect([declared.start, declared.end]).toEqual(['19:00', '20:05']);
  });
});

describe('rosters of council minutes on the web', () => {
  it('gives a plural title written mid-list to the names after it', () => {
    expect(who(['Minutes of Brindley Parish Council held on 3 May 2019', 'Present: Cllr Mr A. Hale – Chairman, Cllrs B Rowe, C Pike, Cllr D Lee', '', 'Apologies: Ann Reed, Cllrs Dunn, Finch and Moss, Tom Hart.']))
      .toEqual([
        ['Cllr Mr', 'A. Hale', 'present', null],
        ['Cllr', 'B Rowe', 'present', null],
        ['Cllr', 'C Pike', 'present', null],
        ['Cllr', 'D Lee', 'present', null],
        [null, 'Ann Reed', 'apologies', null],
        ['Cllr', 'Dunn', 'apologies', null],
        ['Cllr', 'Finch', 'apologies', null],
        ['Cllr', 'Moss', 'apologies', null],
        [null, 'Tom Hart', 'apologies', null],
      ]);
  });

  it('reads the apologies a sentence after the list of those present gives, and a second plural title after "and"', () => {
    expect(
      who([
        'Minutes of the meeting of Brindley Town Council held in the Guild Hall on Monday, 2nd March 2009 at 7pm',
        '',
        'PRESENT: Councillor A. Hale (chairman), Councillors Mrs B. Rowe, C. Pike, and D. Lee and Councillors E. Moss, F. Dunn, and the clerk G. Hart. There were apologies from Councillors H. Finch (vice chairman), J. Reed and Councillors Mrs K. Lowe and L. Cole. There were 4 members of the public present.',
      ]),
    ).toEqual([
      ['Councillor', 'A. Hale', 'present', null],
      ['Mrs', 'B. Rowe', 'present', null],
      ['Councillor', 'C. Pike', 'present', null],
      ['Councillor', 'D. Lee', 'present', null],
      ['Councillor', 'E. Moss', 'present', null],
      ['Councillor', 'F. Dunn', 'present', null],
      [null, 'G. Hart', 'present', 'clerk'],
      ['Councillor', 'H. Finch', 'apologies', 'vice chairman'],
      ['Councillor', 'J. Reed', 'apologies', null],
      ['Mrs', 'K. Lowe', 'apologies', null],
      ['Councillor', 'L. Cole', 'apologies', null],
    ]);
  });

  it('joins a run-on list the page width cut inside a name', () => {
    expect(
      who([
        'BRINDLEY COMMUNITY COUNCIL',
        '',
        'MINUTES OF GENERAL MEETING',
        '',
        'MONDAY 6 MAY 2024',
        '',
        'Present: Anna Bell, Esme Clark, Danny Shore, John Foster, Robert',
        'Preston, Hannah Salt, Betty Ross, Gina Moss, Ruby Kelly, Inspector',
        'Bob Anders, PC Nina Park, Jim Ellis (GCC)',
        '',
        'Minute taker: John Foster',
      ]).map((a) => a.slice(0, 3)),
    ).toEqual([
      [null, 'Anna Bell', 'present'],
      [null, 'Esme Clark', 'present'],
      [null, 'Danny Shore', 'present'],
      [null, 'John Foster', 'present'],
      [null, 'Robert Preston', 'present'],
      [null, 'Hannah Salt', 'present'],
      [null, 'Betty Ross', 'present'],
      [null, 'Gina Moss', 'present'],
      [null, 'Ruby Kelly', 'present'],
      ['Inspector', 'Bob Anders', 'present'],
      ['PC', 'Nina Park', 'present'],
      [null, 'Jim Ellis', 'present'],
      [null, 'John Foster', 'secretariat'],
    ]);
  });

  it('reads council employees and members of the public present as in attendance, with a post before the name', () => {
    expect(
      who([
        'Draft Minutes of the Ordinary Meeting held on Thursday 5th March 2020, at the Welfare Hall, commencing at 6.30 pm',
        'Present: Chair Cllr. A Hale, Cllr. B Rowe',
        'Council Employees Present: RFO Carl Dunn, Clerk Lena Moss',
        'Members of the Public Present: Cllr D Lee',
      ]).slice(2),
    ).toEqual([
      [null, 'Carl Dunn', 'in-attendance', 'RFO'],
      [null, 'Lena Moss', 'in-attendance', 'Clerk'],
      ['Cllr', 'D Lee', 'in-attendance', null],
    ]);
  });
});

describe('items of council minutes on the web', () => {
  const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

  it('reads "Minute no. N –" headings, and a title the text opens by repeating', () => {
    expect(
      items([
        'Minutes of the Council Meeting of the Brindley Community Council held on Monday 3rd June 2019 at the Hall',
        '',
        'Present: Cllr A Hale, Cllr B Rowe',
        '',
        'Minute no. 1 – Apologies for Absence Apologies for absence were received from Councillor C Pike.',
        '',
        'Minute no. 2 - Matters Arising The Clerk provided a verbal update on the following matters.',
      ]),
    ).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Matters Arising'],
    ]);
  });

  it('ends a title in capitals at its colon, and drops the clause that the list had sent apologies', () => {
    const m = minutes([
      'DRAFT Minutes of the Meeting Held in the Welfare Hall on Thursday, 4th July 2019.',
      'PRESENT: Councillor Ann Hale (Vice Chair); Councillor Bob Rowe;',
      '21/19 APOLOGIES FOR ABSENCE: Councillor Cath Pike (Chair); Councillor Dan Lee & Councillor Eve Moss had sent their apologies;',
      '22/19 DECLARATION(S) OF INTEREST: There were NO declarations of interest made at this meeting;',
    ]);
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['21/19', 'APOLOGIES FOR ABSENCE'],
      ['22/19', 'DECLARATION(S) OF INTEREST'],
    ]);
    expect(m.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Cath Pike', 'Dan Lee', 'Eve Moss']);
  });
});

describe('letterheads and captions of council web pages', () => {
  it("reads no list from the clerk's contact line, nor a title from a month's caption", () => {
    const m = minutes([
      'May 2023 Minutes',
      '',
      'Clerk: Mr A Finch | Email: clerk@example.org | Tel: 0100 000 0000',
      '',
      'FULL PARISH MEETING OF THE COUNCIL',
      '',
      '01 May 2023 – 7pm',
      '',
      'Present:',
      '',
      'Councillors: Cllr. Hale (Chair), Cllr. Rowe',
      '',
      '1.   Chair’s welcome',
      '',
      'The Chair welcomed everyone.',
      '',
      '2.   Apologies',
      '',
      'None.',
    ]);
    expect([m.title, m.body, m.date]).toEqual(['FULL PARISH MEETING OF THE COUNCIL', null, '2023-05-01']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Hale', 'Rowe']);
  });
});

describe('Irish council minutes converted from PDF, a line a paragraph', () => {
  const text = [
    'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT',
    '',
    'OF WESTBY HELD IN THE CIVIC OFFICES, MAIN STREET, WESTBY, ON MONDAY, 3RD',
    '',
    'MARCH, 2015, AT 10.00 A.M.',
    '',
    'PRESENT IN THE CHAIR:  Councillor Ann Hale.',
    '',
    'MEMBERS PRESENT:',
    '',
    'Councillors Rowe, Pike and Lee.',
    '',
    'OFFICIALS IN ATTENDANCE:',
    '',
    'Director of Services (Mr. P. Moss), Administrative Officer, Corporate',
    '',
    'Services (Ms. T. Dunn), Senior Executive Engineer (Mr. R. Finch), Executive Engineer,',
    '',
    '(Mr. M. Reed), Staff Officer, (Ms. K. Cole).',
    '',
    '1.',
    '',
    'Adoption of Minutes:',
    '',
    'The minutes were adopted.',
  ];

  it('joins the heading in capitals, and reads the body, date, time and venue from it', () => {
    const m = minutes(text);
    expect([m.title, m.body, m.date, m.start, m.venue]).toEqual([
      'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF WESTBY HELD IN THE CIVIC OFFICES, MAIN STREET, WESTBY, ON MONDAY, 3RD MARCH, 2015, AT 10.00 A.M.',
      'MUNICIPAL DISTRICT OF WESTBY',
      '2015-03-03',
      '10:00',
      'THE CIVIC OFFICES, MAIN STREET, WESTBY',
    ]);
  });

  it('reads the chair, the members after a plural title, and the officials listed "Post (Name)" over several lines', () => {
    expect(who(text)).toEqual([
      ['Councillor', 'Ann Hale', 'present', null],
      ['Councillor', 'Rowe', 'present', null],
      ['Councillor', 'Pike', 'present', null],
      ['Councillor', 'Lee', 'present', null],
      ['Mr', 'P. Moss', 'secretariat', 'Director of Services'],
      ['Ms', 'T. Dunn', 'secretariat', 'Administrative Officer'],
      ['Mr', 'R. Finch', 'secretariat', 'Senior Executive Engineer'],
      ['Mr', 'M. Reed', 'secretariat', 'Executive Engineer'],
      ['Ms', 'K. Cole', 'secretariat', 'Staff Officer'],
    ]);
    expect(minutes(text).attendees[0]!.chair).toBe(true);
    expect(minutes(text).attendees[5]!.organisation).toBe('Corporate Services');
  });
});

describe('committee and village hall lists', () => {
  it('reads a semicolon after the list name as a colon, and "Committee Members absent" as the apologies', () => {
    expect(
      who([
        'Minutes of a meeting held at 7.45 pm on Monday May 9th 2016',
        'Present; Mr Ray Hale (Chairman), Mr Ian Rowe (Secretary), Mrs Jo Pike (Treasurer) Mrs Ann Lee, Mr P Moss & Mr J Dunn.',
        'Apologies; Mr D Finch.',
        '',
        'Committee Members absent:          Cllr Rob Cole.',
      ]),
    ).toEqual([
      ['Mr', 'Ray Hale', 'present', null],
      ['Mr', 'Ian Rowe', 'present', 'Secretary'],
      ['Mrs', 'Jo Pike', 'present', 'Treasurer'],
      ['Mrs', 'Ann Lee', 'present', null],
      ['Mr', 'P Moss', 'present', null],
      ['Mr', 'J Dunn', 'present', null],
      ['Mr', 'D Finch', 'apologies', null],
      ['Cllr', 'Rob Cole', 'apologies', null],
    ]);
  });
});
