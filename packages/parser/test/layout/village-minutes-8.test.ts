// Parish and town council minutes from a community newsletter and council pages (session 8): whole minutes
// flattened into one paragraph by a PDF export, rosters whose titled names run on with no separators, and the
// labels and stamps run into the same line. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance, a.role, a.organisation]);
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

// Long enough to be a page of text: the flattened layouts are whole documents in one paragraph.
const filler = (what: string) => ` The ${what} was discussed at length and the Council noted the points the members raised about it.`.repeat(4);

describe('minutes flattened into one paragraph', () => {
  it('reads the numbers that go up by one through the paragraph as its items, whatever stands before them', () => {
    const text =
      'MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL 4TH MARCH 2019 Present: Cllr Ann Hale – Chairman, Cllr Ben Rowe. ' +
      'Public Participation No matters raised 1. Apologies for Absence accepted from: Cllr Tom Pike.' +
      filler('apology') +
      ' 2. No Declarations of Interest made' +
      filler('register') +
      ' 3. Approval of Minutes The minutes of 4.2.19 were agreed.' +
      filler('record') +
      ' 4. Reports 4.1 Chairman’s Report • The bench was mended.' +
      filler('report') +
      ' 5. Planning: none received.';
    expect(items([text])).toEqual([
      ['1', 'Apologies for Absence accepted from'],
      ['2', 'No Declarations of Interest made'],
      ['3', 'Approval of Minutes'],
      ['4', 'Reports'],
      ['5', 'Planning'],
    ]);
  });

  it('reads minute numbers with the year as a chain that may skip a number, and no numbered list at the end', () => {
    const text =
      'Minutes of the Ordinary Meeting of Brindley Parish Council held on Monday 4 March 2019 Present: Cllr Ann Hale, Cllr Ben Rowe ' +
      '01/19 Apologies for absence – none.' +
      filler('apology') +
      ' 02/19 To approve the Minutes of 4 February 2019' +
      filler('record') +
      ' 04/19 To Approve the Grounds Contract 2019/20' +
      filler('contract') +
      ' 05/19 To Note: Correspondence' +
      filler('letter') +
      ' 1. Working Group met. 2. Grant Funding received. 3. Next Steps agreed.';
    expect(items([text]).map(([n]) => n)).toEqual(['01/19', '02/19', '04/19', '05/19']);
  });

  it('leaves a numbered list that only ends a long paragraph where it stands', () => {
    const text = `Minutes of Brindley Parish Council held on 4 March 2019${filler('hedge')}${filler('gate')} 10.Action points 1. Terms to be agreed 2. Ann Hale to ask the fire service 3. Ben Rowe to speak to highways`;
    expect(items(['Present: Cllr Ann Hale', '', text]).map(([, t]) => t)).not.toContain('Terms to be agreed');
  });
});

describe('headers run into one line', () => {
  it('dates the meeting past a bracketed draft stamp and leaves the page number and the stamp out of the title', () => {
    const m = minutes([
      'Page 1 of 4 BRINDLEY PARISH COUNCIL Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on Wednesday 6 March 2019 at 7.00pm in Brindley Village Hall',
      '',
      'Present: Cllr Ann Hale (Chair), Cllr Ben Rowe',
    ]);
    expect([m.title, m.body, m.date, m.start]).toEqual([
      'BRINDLEY PARISH COUNCIL Minutes of the Ordinary Meeting held on Wednesday 6 March 2019 at 7.00pm in Brindley Village Hall',
      'BRINDLEY PARISH COUNCIL',
      '2019-03-06',
      '19:00',
    ]);
  });
});

describe('titled names run on with no separators', () => {
  it('parts a run of titled names of any length, a bracket after any of them, and the count of the public under its label', () => {
    expect(
      who([
        'Minutes of Brindley Parish Council held on 4 March 2019',
        '',
        'Present: Cllr Ann Hale (Chair) Cllr Ben Rowe Cllr Cath Pike Cllr Dan Lee (Vice Chair) Cllr Eve Moss Cllr Fay Dunn Public: 4 Also, in attendance: Cllr Gus Reed, Parish Clerk',
      ]),
    ).toEqual([
      ['Cllr', 'Ann Hale', 'present', null, null],
      ['Cllr', 'Ben Rowe', 'present', null, null],
      ['Cllr', 'Cath Pike', 'present', null, null],
      ['Cllr', 'Dan Lee', 'present', 'Vice Chair', null],
      ['Cllr', 'Eve Moss', 'present', null, null],
      ['Cllr', 'Fay Dunn', 'present', null, null],
      ['Cllr', 'Gus Reed', 'in-attendance', 'Parish Clerk', null],
    ]);
  });

  it('keeps titles stacked before one name together when a body goes before them', () => {
    const m = minutes(['Minutes of the Brindley Panel held on 4 March 2019', '', 'Present: Cllr Ann Hale, Norbury County Council Cllr Ms Bea Rowe, Norbury Town Council']);
    expect(m.attendees.map((a) => [a.honorific, a.name, a.organisation])).toEqual([
      ['Cllr', 'Ann Hale', 'Norbury County Council'],
      ['Cllr Ms', 'Bea Rowe', 'Norbury Town Council'],
    ]);
  });

  it('cuts "Also present:" out of the line that opens with the title and "Present:"', () => {
    expect(
      who(['MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL 4TH MARCH 2019 Present: Cllr Ann Hale – Chairman, Cllr Ben Rowe. Also present: Borough Councillor Cath Pike and 1 member of the public']),
    ).toEqual([
      ['Cllr', 'Ann Hale', 'present', null, null],
      ['Cllr', 'Ben Rowe', 'present', null, null],
      ['Borough Councillor', 'Cath Pike', 'in-attendance', null, null],
    ]);
  });

  it('keeps "Present: A - Chairman: B, C" one list', () => {
    const m = minutes(['Minutes of the meeting of Brindley Parish Council held on 4 March 2019', 'Present: A. Hale - Chairman: B. Rowe, C. Pike and Mrs. Lee', '1. Minutes: agreed.']);
    expect(m.attendees.filter((a) => a.chair).length).toBeLessThanOrEqual(1);
  });
});

describe('a newsletter reprint of a liaison committee', () => {
  it("keeps the minutes' own title line over the web page's title, and names the owner on the line above with the body", () => {
    const m = minutes([
      '---',
      'title: "Village Liaison meeting - March"',
      'date: "2014-05-02"',
      '---',
      '',
      '**Brindley Feed Mill**',
      '',
      ' **VILLAGE LIAISON MINUTES**',
      '',
      ' **Wednesday 19th March 2014**',
      '',
      ' Present:',
      '',
      '   Mrs. Ann Hale (Parish Council)',
      '',
      '   Mr. Ben Rowe (Environment Agency)',
      '',
      '**1.  Apologies:**  Mr. Tom Pike.',
      '',
      '**2.  Noise.** None.',
    ]);
    expect([m.title, m.body, m.date]).toEqual(['VILLAGE LIAISON MINUTES', 'Brindley Feed Mill Village Liaison', '2014-03-19']);
  });
});

describe('village minutes: agenda wording and headings run into their text', () => {
  it('reads the names after an agenda-worded apologies heading, and a chair mark joined by a hyphen', () => {
    const m = minutes([
      'MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON TUESDAY MARCH 4th 2014',
      '',
      'Present: Mrs A Hale-Chair, Mr B Rowe, Miss C Pike',
      '',
      '**1.  To receive and consider accepting apologies for absence:**  Mr D. Lee',
      '',
      '**2\\. Declarations of Interest made**: none',
    ]);
    expect(m.attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['A Hale', 'present', true],
      ['B Rowe', 'present', false],
      ['C Pike', 'present', false],
      ['D. Lee', 'apologies', false],
    ]);
  });

  it('ends a run-in title before a clause opened by "Some" and before a planning reference, not one the title names', () => {
    expect(
      items([
        'Minutes of Brindley Parish Council held on 4 March 2019',
        'Present: Cllr Ann Hale',
        '1\\. Neighbourhood Plan Some discussion took place regarding what value a plan can add to the Local Plan.',
        '2\\. Planning application for consideration 19/00250/O Outline application for two dwellings on land at Low Road, recommended refusal.',
        '3\\. To agree a response on application 19/00274/OM Outline application for ten dwellings',
      ]),
    ).toEqual([
      ['1', 'Neighbourhood Plan'],
      ['2', 'Planning application for consideration'],
      ['3', 'To agree a response on application 19/00274/OM Outline application for ten dwellings'],
    ]);
  });

  it('starts the next item where its number and a short heading end a line of the item before', () => {
    expect(items(['Minutes of Brindley Parish Council held on 4 March 2019', 'Present: Cllr Ann Hale', '', '7\\. Odour', '', 'No complaints 8. Transport', '', 'None received.', '', '9\\. Any other Business']).map(([n]) => n)).toEqual(['7', '8', '9']);
  });
});

describe('a roster table flattened into one line of posts, titles and initialled names', () => {
  it('gives each post the titled name after it and the plural title to each initialled name, leaving out the public', () => {
    expect(
      who([
        'BRINDLEY PARISH COUNCIL',
        '',
        'Minutes of the meeting held on 9th March, 2016',
        '',
        'Attendance: Chairman Mrs A Hale Vice Chairman Mrs B Rowe Councillors C Pike D Lee E Moss County Councillor F Dunn Members of the public 3',
        '',
        '1\\. Emergency Evacuation',
      ]),
    ).toEqual([
      ['Mrs', 'A Hale', 'present', null, null],
      ['Mrs', 'B Rowe', 'present', 'Vice Chairman', null],
      ['Councillor', 'C Pike', 'present', null, null],
      ['Councillor', 'D Lee', 'present', null, null],
      ['Councillor', 'E Moss', 'present', null, null],
      ['County Councillor', 'F Dunn', 'present', null, null],
    ]);
  });
});

describe('initials after the last of two names joined by "&"', () => {
  it('gives the bracketed initials to the last name only', () => {
    const m = minutes(['MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON Tuesday 2nd February 2016', '', 'Councillors present: Cllr. A. Hale – Chair (AH), Cllr. B. Rowe (BR), Cllr. C. Pike & Cllr. D. Lee (DL)']);
    expect(m.attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['A. Hale', 'AH', null],
      ['B. Rowe', 'BR', null],
      ['C. Pike', null, null],
      ['D. Lee', 'DL', null],
    ]);
  });
});

describe('apologies run in after a numbered "Apologies" with no colon', () => {
  it('reads names that open with an initial and are joined by "and"', () => {
    const m = minutes([
      'Minutes of the meeting of Brindley Parish council held on Thursday 14th February 2008 in The Village Hall at 8.00 p.m.',
      '',
      '1\\. Present: Miss Hale - Chairperson, Mrs. Rowe, B. Pike together with 4 members of the public.',
      '',
      '2\\. Apologies M. Lee and Mrs. Moss',
      '',
      '3\\. Minutes It was proposed by B. Pike that the Minutes be signed as a correct record.',
    ]);
    expect(m.attendees.filter((a) => a.attendance === 'apologies').map((a) => [a.honorific, a.name])).toEqual([
      [null, 'M Lee'],
      ['Mrs', 'Moss'],
    ]);
    expect(m.items[1]?.title).toBe('Apologies');
  });
});
