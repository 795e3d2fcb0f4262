// Business and economic bodies' minutes (session 16): enterprise partnerships, chambers of commerce, business
// improvement districts, development authorities, co-operatives and credit unions. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('the opening time written before the call to order', () => {
  it('reads "At 7:05 PM, Ms. Vale called the meeting to order" as the start', () => {
    const m = minutes([
      'Harbour Quarter Development Authority Meeting March 4, 2021',
      '',
      'MEMBERS: Mr. Tom Reade, Chair; Ms. Ada Vale, Vice-Chair.',
      '',
      'OPENING: At 7:05 PM, Ms. Vale called the meeting to order.',
      '',
      'ADJOURNMENT: Mr. Reade adjourned the meeting at 8:10 PM.',
    ]);
    expect([m.start, m.end]).toEqual(['19:05', '20:10']);
  });

  it('reads "At approximately 3:44 p.m. the Chairperson, Mr. Lee, called the meeting to order"', () => {
    const m = minutes([
      'MINUTES OF THE 12TH ANNUAL GENERAL MEETING OF THE FERNVALE CREDIT UNION',
      '',
      'HELD AT THE COMMUNITY HALL ON SUNDAY 2ND JULY, 2023',
      '',
      'THEME:',
      '',
      '“Saving Together, Growing Together”',
      '',
      'At approximately 3:44 p.m. the Chairperson, Mr. Omar Lee, called the meeting to order.',
      '',
      'MINUTES',
      'The minutes of the 11th meeting were confirmed.',
    ]);
    expect(m.start).toBe('15:44');
  });
});

describe('a typewritten clock with a space either side of its colon', () => {
  it('reads "7 : 00 p.m." as seven in the evening, not the "00 p.m." after the colon as noon', () => {
    const m = minutes([
      'ECONOMIC DEVELOPMENT COMMITTEE MINUTES',
      'MARCH 3, 1994',
      'Members Present: Ann Pole, Ben Gray',
      'The meeting was called to order at 7 : 00 p.m.',
      'The minutes of February 10, 1994 were accepted.',
    ]);
    expect(m.start).toBe('19:00');
  });
});

describe('"ACTION:" over the record of a motion', () => {
  const lines = [
    'Downtown Improvement District',
    'Board Meeting Minutes',
    'May 6, 2020',
    'Attending: Ann Pole, Ben Gray, Cal Hart',
    'Minutes',
    'ACTION: Ann Pole moved to approve the April minutes as presented.',
    'Ben Gray seconded the motion.',
    'All voted in favor.',
    'Finance Report',
    'ACTION: Motion by Ben Gray, second by Cal Hart, to accept the report.',
    'Maintenance',
    'ACTION: Cal Hart to order the new planters.',
  ];

  it('is a decision of the board, not an action; a task under the same label still is', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['Cal Hart to order the new planters.', ['Cal Hart']]]);
  });
});

describe('a title in capitals a PDF conversion wrote one line a paragraph', () => {
  const lines = [
    'MINUTES OF THE 21 ST ANNUAL GENERAL MEETING',
    '',
    'OF THE',
    '',
    'FERNVALE CO-OPERATIVE CREDIT UNION LTD.',
    '',
    'HELD AT THE PARISH HALL ON SATURDAY 14 TH MAY, 2022',
    '',
    'At 2:10 p.m. the President called the meeting to order.',
    '',
    'WELCOME REMARKS',
    '',
    'The President welcomed the members.',
    '',
    'MINUTES',
    '',
    'The minutes of the 20th meeting were confirmed.',
  ];

  it('joins the heading, dates it from its "held" line and reads no topic from them', () => {
    const m = minutes(lines);
    expect([m.title, m.date, m.venue, m.start]).toEqual(['MINUTES OF THE 21 ST ANNUAL GENERAL MEETING OF THE FERNVALE CO-OPERATIVE CREDIT UNION LTD.', '2022-05-14', 'THE PARISH HALL', '14:10']);
    expect(m.items.filter((i) => /^(?:OF THE|HELD|FERNVALE)/.test(i.title))).toEqual([]);
  });
});

describe('a superscript ordinal a word apart from its day', () => {
  it('still dates the meeting ("13 th December 2018")', () => {
    const m = minutes(['Minutes of the meeting of the Board of Trustees held on Thursday 13 th December 2018 at 6.30pm', 'Present: Ann Pole, Ben Gray', '1. Apologies', 'None.']);
    expect(m.date).toBe('2018-12-13');
  });
});

describe("a co-op's notes kept in a repository: handles under 'Attending:', an 'Actionable Items' checklist", () => {
  const lines = [
    'Riverside Makers Co-op Meeting 3 Mar 2020',
    '===========================================',
    '',
    'Time: 3 Mar 2020 6:00 pm EST  ',
    'Location: https://meet.example.org/coop  ',
    'Attending: anwen, bkrol, cfinch  ',
    '',
    '## Notes',
    '',
    '### Bylaws',
    '',
    '- Reviewed the draft bylaws',
    '',
    '## Actionable Items',
    '',
    '- [ ] anwen: send the draft to the lawyer',
    '- [ ] Finance Circle: cost the first year',
    '- [x] ~~bkrol: book the hall~~',
  ];

  it('reads the handles as those present and each open checklist entry as an action of its owner', () => {
    const m = minutes(lines);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['anwen', 'present'],
      ['bkrol', 'present'],
      ['cfinch', 'present'],
    ]);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([
      ['send the draft to the lawyer', ['anwen']],
      ['cost the first year', ['Finance Circle']],
    ]);
  });

  it('keeps a list of written names with one glued name a list of names', () => {
    const m = minutes(['Steering Group Notes 4 May 2020', 'Attendees: Ann Lee, Ben Gray, CaraDunn, Dan Moss', '', '1. Welcome', 'All welcomed.']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Lee', 'Ben Gray', 'Cara Dunn', 'Dan Moss']);
  });
});

describe("a company board's lists: directors, 'Non-director attendees', apologies", () => {
  it('reads those who do not sit on the board as in attendance', () => {
    const m = minutes([
      'BID Board May 2021',
      'Date: Tuesday 4 May 2021 @5.30pm',
      'Chair: Ann Pole',
      'Directors attending: Ann Pole, Ben Gray, Cal Hart',
      'Non-director attendees: Dee Lamb, Cllr Eve Moss',
      'Apologies: Fay Dunn',
      '1 | Welcome | AP |',
    ]);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Pole', 'present'],
      ['Ben Gray', 'present'],
      ['Cal Hart', 'present'],
      ['Dee Lamb', 'in-attendance'],
      ['Eve Moss', 'in-attendance'],
      ['Fay Dunn', 'apologies'],
    ]);
  });
});

describe("a small chamber of commerce's page: the date, the chamber's name, then the place and time", () => {
  it("reads the chamber as the body, not the place, and 'Attendants:' as those present", () => {
    const m = minutes([
      'March 8, 2012',
      '',
      'Fernvale & District Chamber of Commerce',
      '',
      'Town Library 7 pm',
      '',
      'Attendants: Ann Pole, Ben Gray, Cal Hart',
      '',
      'We reviewed the spring fair plans.',
    ]);
    expect([m.body, m.venue]).toEqual(['Fernvale & District Chamber of Commerce', null]);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Pole', 'Ben Gray', 'Cal Hart']);
  });
});

describe("a document repository's crumb over its own line", () => {
  it('leaves out a crumb line that is the folder\'s name alone, closed by a slash', () => {
    const m = minutes([
      'HomeMy WebLinkAbout05-06-20 Harbour Improvement District (HID) Minutes/',
      'Harbour Improvement District',
      'Board Meeting Minutes',
      'May 6, 2020',
      'Attending: Ann Pole, Ben Gray',
      'Minutes',
      'The April minutes were approved.',
    ]);
    expect([m.title, m.body]).toEqual(['Board Meeting Minutes', 'Harbour Improvement District']);
  });

  it("leaves out the file's name that ends with the repository's copy number and a space", () => {
    const m = minutes(['HomeMy WebLinkAboutChamber of Commerce (14) Fernvale Chamber of Commerce', 'Board Meeting Minutes', 'The Meeting was held on September 12th, 2019 at the Grange.', 'Directors: Ann Pole, Ben Gray']);
    expect(m.body).toBe('Fernvale Chamber of Commerce');
  });
});

describe("a development authority's numbered agenda headings in capitals, the numbers of items with no business left out", () => {
  it('keeps each heading after the gap as an item', () => {
    const m = minutes([
      'MINUTES',
      'ECONOMIC DEVELOPMENT AUTHORITY',
      'March 2, 2017',
      '1. CALL TO ORDER',
      'The meeting was called to order by Chair Finch at 6:00 p.m.',
      'Members Present: Finch, Lowe, Park',
      '2. PLEDGE OF ALLEGIANCE',
      '4. APPROVE AGENDA',
      'MOTION by Lowe second by Park to approve the Agenda. Motion Carried.',
      '7. DISCUSSION ITEMS',
      'a) Business retention visits were reviewed.',
      '8. ADJOURN',
      'MOTION by Park to adjourn at 6:40 p.m.',
    ]);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 CALL TO ORDER', '2 PLEDGE OF ALLEGIANCE', '4 APPROVE AGENDA', '7 DISCUSSION ITEMS', '8 ADJOURN']);
  });
});

describe('the sentence after a list of members that names those absent', () => {
  it('reads "Mr. Al Moss and Ms. Bo Lee were absent." as apologies, the list before it as present', () => {
    const m = minutes([
      'Downtown Development Authority Meeting May 5, 2021',
      '',
      'MEMBERS: Mr. Tom Reade, Chair; Ms. Ada Vale, Vice-Chair; Mr. Cy Dunn, and Ms. Dee Hale. Mr. Al Moss and Ms. Bo Lee were absent.',
      '',
      'OPENING: At 7:02 PM, Mr. Reade called the meeting to order.',
    ]);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Tom Reade', 'present'],
      ['Ada Vale', 'present'],
      ['Cy Dunn', 'present'],
      ['Dee Hale', 'present'],
      ['Al Moss', 'apologies'],
      ['Bo Lee', 'apologies'],
    ]);
  });
});

describe("a charity company's board minutes: 'Name (XX; chair)' and a two-sentence action", () => {
  const lines = [
    'Minutes 2019-05-11',
    'Present:',
    '- Ann Pole (AP; chair)',
    '- Ben Gray (BG)',
    '- Cal Hart',
    'Approval of agenda',
    'The agenda was approved.',
    'ACTION: Everyone to write a short profile for the website. Also to send a photograph.',
    'ACTION: BG to notify the bank.',
  ];

  it('reads the initials before the semicolon and the chair mark after it', () => {
    const ann = minutes(lines).attendees[0]!;
    expect([ann.name, ann.initials, ann.chair, ann.organisation]).toEqual(['Ann Pole', 'AP', true, null]);
  });

  it('keeps "Also to ..." in the action before it: an adverb owns nothing', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Everyone to write a short profile for the website. Also to send a photograph.', ['Everyone']],
      ['BG to notify the bank.', ['BG']],
    ]);
  });
});

describe("a chamber's page captioned 'June 2017 Meeting Minutes' or 'Meeting Minutes' over a 'Call to order:' line", () => {
  it('takes the caption as the title', () => {
    expect(minutes(['June 2017 Meeting Minutes', '', 'The Grange. Directors present: Ann Pole, Ben Gray.', '', 'The meeting was called to order at 5:01 PM.']).title).toBe('June 2017 Meeting Minutes');
  });

  it('takes no title from the run-in label of the opening', () => {
    const m = minutes(['Meeting Minutes', '', 'Call to order: Meeting called to order at 6 PM by President Ann Pole', '', '12 in attendance', '', 'Minutes:  Minutes from the November meeting reviewed, no changes.', '', 'Old Business:', '', 'The fair went well.']);
    expect(m.title).toBe('Meeting Minutes');
  });
});

describe("a typed list's member marked absent after the name", () => {
  it('reads "Ted Lowe absent." at the end of the members present as apologies', () => {
    const m = minutes(['ECONOMIC DEVELOPMENT COMMITTEE MINUTES', 'MARCH 3, 1994', 'Members Present: Ann Pole, Ben Gray,', 'Cal Hart, Ted Lowe absent.', 'The meeting was called to order at 7:00 p.m.']);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Pole', 'present'],
      ['Ben Gray', 'present'],
      ['Cal Hart', 'present'],
      ['Ted Lowe', 'apologies'],
    ]);
  });
});

describe("a document repository's crumb over a file named in small letters, the heading in capitals after it", () => {
  it('leaves out the file\'s name, not the heading up to the glue its date makes with the place', () => {
    const m = minutes([
      'HomeMy WebLinkAboutMinutes HARBOUR BUSINESS ADVISORY COMMITTEE MEETING May 4, 2010-Town Hall Room 2, 8:00am PRESENT: Ann Pole, Ben Gray STAFF: Cal Hart Review of the Plan Cal Hart gave an overview of the plan.',
    ]);
    expect([m.body, m.date]).toEqual(['HARBOUR BUSINESS ADVISORY COMMITTEE', '2010-05-04']);
  });
});
