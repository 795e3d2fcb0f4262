// Council committee minutes: cabinets, planning, licensing and full councils of UK, Irish, New Zealand,
// Australian and Canadian councils (session 11). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name}|${a.attendance}|${a.role ?? ''}`);

describe('a council list with a plural title', () => {
  it('reads the surnames after "Councillors" as people, however many there are', () => {
    const m = minutes(['Present |', 'Mayor Hale, Deputy Mayor Rowe, Councillors Finch, Lind, Moss, Pike, Reed, Shaw and Trent |', 'Apologies', '', '1. Welcome']);
    expect(m.attendees.map((a) => `${a.honorific} ${a.name}`)).toEqual([
      'Mayor Hale',
      'Deputy Mayor Rowe',
      ...['Finch', 'Lind', 'Moss', 'Pike', 'Reed', 'Shaw', 'Trent'].map((n) => `Councillor ${n}`),
    ]);
  });

  it('still reads a name followed by its organisation as one person', () => {
    expect(people(['Present:', 'Ann Hale, Brook Valley Trust, Finance, Audit', '', '1. Welcome'])).toEqual(['Ann Hale|present|']);
  });
});

describe('officers written post first, the person in brackets', () => {
  it('reads a post that heads its area with no "of" as the role, and each bracketed person where no comma parts them', () => {
    const list = [
      'Present: Mayor Hale, Councillors Finch and Lind',
      'In Attendance: Interim Chief Executive Director Corporate Services (Ada Rowe), Director Community Services (Ben Pike) Director City Services (Cara Moss) Manager Parks and Reserves (Dan Shaw)',
      '',
      '1. Welcome',
    ];
    expect(people(list).slice(3)).toEqual([
      'Ada Rowe|in-attendance|Interim Chief Executive Director Corporate Services',
      'Ben Pike|in-attendance|Director Community Services',
      'Cara Moss|in-attendance|Director City Services',
      'Dan Shaw|in-attendance|Manager Parks and Reserves',
    ]);
  });

  it('does not read a bracket after an organisation, or after a person, as its holder', () => {
    expect(people(['Present: Ann Hale (Brook Valley Trust), Ben Rowe (Acme Homes)', '', '1. Welcome'])).toEqual(['Ann Hale|present|', 'Ben Rowe|present|']);
  });
});

describe('one member’s apology, as council minutes and resolutions word it', () => {
  const present = ['Present: Councillors Ann Hale, Ben Rowe and Cara Lind', ''];

  it('reads "an apology for absence was received from" in an item', () => {
    const m = minutes([...present, '1. Apologies', 'It was noted that an apology for absence had been received from Councillor D P Finch.', '2. Minutes']);
    expect(m.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['D P Finch']);
  });

  it('ends the names of a resolution at its verb', () => {
    const m = minutes([...present, '2. Apologies', 'Resolution 2020/21', 'That the apology received from Cr Moss be accepted and leave of absence granted.', '3. Minutes']);
    expect(m.attendees.filter((a) => a.attendance === 'apologies').map((a) => `${a.honorific} ${a.name}`)).toEqual(['Cr Moss']);
  });

  it('reads the resolution written under an apologies heading of the roster, plural too', () => {
    const m = minutes(['Present', 'Mayor Hale, Councillors Rowe and Lind', 'Apologies', 'Council resolution |', 'That the apologies from Councillors Moss and Pike be accepted. |', '', 'Conflicts of interest', 'None.']);
    expect(m.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Moss', 'Pike']);
  });

  it('does not read a plural "apologies from" with no verb as a list of people', () => {
    const m = minutes([...present, '1. Reports', 'Brookside: Apologies from Tom Reed and Sue, Hillend', 'Westfield: Dan Moss', '2. Close']);
    expect(m.attendees.filter((a) => a.attendance === 'apologies')).toEqual([]);
  });
});

describe('a surname that is also a word of minutes', () => {
  it('is read after a title ("Cr Ann Court"), and a place after one is not', () => {
    const m = minutes(['PRESENT: Mayor Jo Hale, Cr Ann Court, Cr Ben Rowe', '', '1. Apologies', 'None.']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Jo Hale', 'Ann Court', 'Ben Rowe']);
    expect(people(['Present: Mr Town Hall, Mrs Ada Lee', '', '1. Welcome']).map((p) => p.split('|')[0])).not.toContain('Town Hall');
  });
});

describe('a committee page’s attendance details', () => {
  it('reads "Attendance Details" as the heading of those present, with the chair and a plural title after a semicolon', () => {
    const m = minutes([
      'Meeting documents',
      '',
      'Licensing Committee',
      'Thursday, 15th September, 2005 7.30 pm',
      '',
      'Attendance Details',
      '',
      'Councillor A.B. Hale (Chairman); Councillors Mrs. C.D. Rowe, E.F. Lind and G.H. Moss.',
      '',
      '1. Minutes',
      'RESOLVED that the Minutes be approved.',
    ]);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}|${a.chair}`)).toEqual(['A.B. Hale|present|true', 'C.D. Rowe|present|false', 'E.F. Lind|present|false', 'G.H. Moss|present|false']);
    expect(m.date).toBe('2005-09-15');
  });
});

describe('the first page’s number above the title', () => {
  it('is no item numbered 1 when the line under it names the minutes and their date', () => {
    const m = minutes(['1', '', '14 May, 2014 – Ordinary Meeting of Council – Minutes Shire of Brook', '', 'MINUTES', '', '1. DECLARATION OF OPENING', 'The President opened the meeting.', '2. APOLOGIES', 'Nil']);
    expect(m.date).toBe('2014-05-14');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 DECLARATION OF OPENING', '2 APOLOGIES']);
  });

  it('stays an item when the line under it is the minutes of another meeting', () => {
    const m = minutes(['Present: Ann Hale, Ben Rowe', '', '1', 'Minutes of the previous meeting held on 4 May 2014', 'Agreed.']);
    expect(m.items[0]?.number).toBe('1');
  });
});

describe('an old committee page’s minute table flattened', () => {
  const page = [
    'Attendance Details',
    '',
    'Councillor A.B. Hale (Chairman); Councillors C.D. Rowe and E.F. Lind.',
    'Min NoDescriptionResolution',
    'RESOLVED that the Minutes be approved.',
    '',
    'Min NoMinute',
    '9Apologies for absence were received from Councillors G.H. Moss and Mrs. J.K. Pike.',
  ];

  it('reads the apologies whose minute number ran into the sentence, and no person from the run-together captions', () => {
    const m = minutes(page);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}`)).toEqual(['A.B. Hale|present', 'C.D. Rowe|present', 'E.F. Lind|present', 'G.H. Moss|apologies', 'J.K. Pike|apologies']);
  });
});

describe('a staff list written post first, a comma, then the holder', () => {
  it('reads the holder as the person and the post as the role', () => {
    const m = minutes(['Members Present:', '  • Mayor A. Hale', '  • Councillor B. Rowe', 'Staff Present:', '  • Chief Administrative Officer, C. Lind', '  • Director of Community Services, D. Moss', '  • Curator, E. Pike', '', '1. Call to Order']);
    expect(m.attendees.slice(2).map((a) => `${a.name}|${a.role}`)).toEqual(['C. Lind|Chief Administrative Officer', 'D. Moss|Director of Community Services', 'E. Pike|Curator']);
  });

  it('does not read a post after a comma as a person', () => {
    expect(people(['Staff Present:', 'Office Assistant, Corporate Communications Specialist', '', '1. Call to Order']).map((p) => p.split('|')[0])).not.toContain('Corporate Communications Specialist');
  });
});

describe('a cover sheet over the minutes it carries', () => {
  it('dates the meeting the minutes record, not the meeting they are tabled at', () => {
    const m = minutes(['Cabinet 14th June 2011 Minutes of the meeting held on 11th May 2011 Cabinet Item 3 Public MINUTES OF THE MEETING HELD ON 11TH MAY 2011 10.00 am. – 11.40 am. 1. Apologies for Absence 1.1 There were none. 2. Minutes 2.1 The minutes were approved.']);
    expect(m.date).toBe('2011-05-11');
    expect(minutes(['Minutes of the Brook Cabinet held on 14th June 2011', '', 'Present: Ann Hale', '', '1. Minutes of the meeting held on 11th May 2011', 'Approved.']).date).toBe('2011-06-14');
  });
});

describe('the next meeting’s cue cut at a line a converter made a paragraph', () => {
  it('reads "the next" / "Meeting would take place on ..." as one sentence', () => {
    const m = minutes(['Minutes of the Brook District held on 2nd July 2014', '', 'Present: Ann Hale, Ben Rowe', '', '2.', '', 'Schedule of Meetings:', '', 'It was agreed that Meetings would be held monthly. It was noted that the next', '', 'Meeting would take place on Wednesday, 3rd September, 2014 at 10.00 a.m.']);
    expect(m.nextMeeting?.date).toBe('2014-09-03');
    expect(m.nextMeeting?.start).toBe('10:00');
  });
});

describe('staff in attendance written post first, then the name, in a sentence', () => {
  it('reads a long post that heads its area, and the "and" that parts two people after one inside a post', () => {
    const m = minutes([
      'Present: Mayor Ann Hale, Councillor Ben Rowe',
      'IN ATTENDANCE',
      '',
      'Chief Executive Cara Lind, Group Manager Services and Assets Dan Moss, Manager Communications and Governance Eve Pike and Committee Advisor Finn Shaw.',
      '',
      '1. Apologies',
      'There were no apologies.',
    ]);
    expect(m.attendees.slice(2).map((a) => `${a.name}|${a.role}`)).toEqual([
      'Cara Lind|Chief Executive',
      'Dan Moss|Group Manager Services and Assets',
      'Eve Pike|Manager Communications and Governance',
      'Finn Shaw|Committee Advisor',
    ]);
  });
});

describe('a committee page’s fields, each label over its value', () => {
  it('reads "Place:" alone as the venue’s label', () => {
    const m = minutes(['Audit Committee Minutes', '', 'Date:', 'Monday, 28th February, 2011', 'Time:', '4.30pm', 'Place:', 'Committee Room 3, Council Offices, Brookfield Road, Ashford Garden Village', '', 'Present:', 'Councillor Ann Hale (Chairman), Councillor Ben Rowe', '', '1. Apologies']);
    expect(m.venue).toBe('Committee Room 3, Council Offices, Brookfield Road, Ashford Garden Village');
    expect(m.start).toBe('16:30');
  });
});

describe('a heading template set one phrase a line', () => {
  it('reads the place between "HELD AT THE" and "ON", also where the first word stayed on the line of "HELD AT THE"', () => {
    const head = (held: string[]) => minutes(['MINUTES OF Brook District Council', 'Extraordinary Council Meeting', ...held, 'PRESENT: Mayor Ann Hale, Cr Ben Rowe', '', '1 Apologies', 'Nil.']);
    expect(head(['HELD AT THE', 'Council Chamber, Memorial Avenue, Ashby', 'ON', 'Tuesday, 10 March 2020 AT 1:00 pm']).venue).toBe('Council Chamber, Memorial Avenue, Ashby');
    const cut = head(['HELD AT THE Council', 'Chamber, Memorial Avenue, Ashby', 'ON Thursday, 7', 'September 2023 AT 9:35 am']);
    expect(cut.venue).toBe('Council Chamber, Memorial Avenue, Ashby');
  });
});

describe('a meeting adjourned and resumed', () => {
  it('ends with the second range written straight after the first', () => {
    const m = minutes(['Ordinary Meeting of Council', 'Meeting Date: |', 'Thursday 17 December 2020 |', 'Time: |', '10.00am-11.59am 12.05pm-12.15pm |', 'Present |', 'Mayor Hale, Councillors Rowe and Lind |', '', 'Apologies', 'Nil']);
    expect([m.start, m.end]).toEqual(['10:00', '12:15']);
    expect(minutes(['Board meeting 3 May 2020', '10am-12pm. Lunch 12.30pm-1.30pm', '', 'Present: Ann Hale, Ben Rowe']).end).toBe('12:00');
  });
});

describe('a labelled list under a hanging indent', () => {
  const page = [
    'PRESENT:            Mayor Ann Hale, Deputy Mayor Ben Rowe, Cr Cara Lind, Cr Dan',
    '                    Moss, Cr Eve Pike',
    'IN ATTENDANCE:      Finn Shaw (Chief Executive), Gus Trent (General Manager',
    '                    Corporate Services), Hal Reed (Roading Manager), Ivy Lowe',
    '                    (Planner), Jo Kent (Communications Advisor), Kit Marsh',
    '                    (Corporate Accountant), Lee Nash (Planning Manager), Mo Ross (Records',
    '                    Advisor), Ned Vale (Governance Advisor).',
    '',
    '1        APOLOGIES',
    'There were no apologies.',
  ];

  it('joins every line at the list’s column, and a name the margin cut after its title', () => {
    const m = minutes(page);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind', 'Dan Moss', 'Eve Pike', 'Finn Shaw', 'Gus Trent', 'Hal Reed', 'Ivy Lowe', 'Jo Kent', 'Kit Marsh', 'Lee Nash', 'Mo Ross', 'Ned Vale']);
    expect(m.attendees.find((a) => a.name === 'Mo Ross')?.role).toBe('Records Advisor');
  });
});

describe('a council the title does not name', () => {
  it('is no body: "Ordinary Meeting of Council" is the kind of meeting', () => {
    expect(minutes(['Ordinary Meeting of Council - 17 December 2020 - Open Minutes', '', 'Present: Mayor Ann Hale, Cr Ben Rowe', '', '1. Apologies']).body).toBeNull();
    expect(minutes(['Minutes of the Brook District Council meeting held on 17 December 2020', '', 'Present: Ann Hale']).body).toBe('Brook District Council');
  });
});

describe('the council chambers', () => {
  it('are a place, and a flattened page’s next heading in capitals is no part of it', () => {
    const m = minutes(['TOWN OF BROOK Council Minutes March 11, 1996 Minutes of a regular meeting of Council held on Monday, March 11, 1996, at 7:00 p.m., in the Council Chambers PRAYERS Councillor Hale led the meeting in prayer. ROLL CALL Present Were: Mayor A. Hale Councillor B. Rowe']);
    expect(m.venue).toBe('the Council Chambers');
    const template = minutes(['MINUTES OF BROOK DISTRICT COUNCIL', 'ORDINARY COUNCIL MEETING', 'HELD AT THE COUNCIL CHAMBERS, ASHBY', 'ON TUESDAY, 9 FEBRUARY 2021 AT 9.30AM', '', 'PRESENT: Mayor Ann Hale, Cr Ben Rowe', '', '1 APOLOGIES']);
    expect(template.venue).toMatch(/^(?:THE )?COUNCIL CHAMBERS, ASHBY$/);
  });
});

describe('a document site’s link over the minutes', () => {
  it('is no body above a bare "Unconfirmed MINUTES"', () => {
    const m = minutes(['Unconfirmed MINUTES Ordinary Council Meeting 9 February 2021', '', 'Page created by Ann Hale', '', 'CONTINUE READING', 'Unconfirmed MINUTES', '', 'PRESENT: Mayor Ben Rowe, Cr Cara Lind', '', '1 APOLOGIES', 'None.']);
    expect(m.body).toBeNull();
  });
});

describe('a substitute member appointed for an absent one', () => {
  it('reads the substitute named after the last comma of the sentence, present, for the member', () => {
    const m = minutes([
      'Planning Committee - Thursday, 2nd July, 2020 6.00 pm',
      '',
      'Items',
      'No. Item',
      '',
      '137.',
      '',
      'Apologies',
      '',
      'To receive any apologies for absence.',
      '',
      'Minutes:',
      'It was noted that an apology for absence had been received from Councillor D P Lee.',
      '',
      '138.',
      '',
      'Appointment of Substitute Members',
      '',
      'Minutes:',
      'It was noted that, in accordance with Council Procedure Rule 4, Councillor M Hale had been appointed as a substitute member for Councillor D P Lee.',
    ]);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}|${a.substituteFor ?? ''}`)).toEqual(['D P Lee|apologies|', 'M Hale|present|D P Lee']);
  });
});

describe('"Council" alone at the top', () => {
  it('names no body', () => {
    const m = minutes(['Council', '', 'OPEN MINUTES', '', 'Minutes of a meeting of Council held in the Council Chambers, 15 Mill Street, Ashby on Wednesday, 9 December 2015 at 11am.', '', 'present', '', 'Mayor Ann Hale', '', '1 Apologies', 'There were no apologies.']);
    expect(m.body).toBeNull();
    expect(m.date).toBe('2015-12-09');
  });
});

describe('a shire named after the word "Minutes"', () => {
  it('is the body, as Western Australian shires head their minutes', () => {
    const m = minutes(['14 May, 2014 – Ordinary Meeting of Council – Minutes Shire of Brook', '', 'MINUTES', '', '1. DECLARATION OF OPENING', 'The President opened the meeting.']);
    expect(m.body).toBe('Shire of Brook');
    expect(minutes(['Shire of Brook', 'Ordinary Council Meeting Minutes', '14 May 2014', '', '1. Opening']).body).toBe('Shire of Brook');
  });
});
