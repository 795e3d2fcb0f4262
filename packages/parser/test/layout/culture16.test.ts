// Culture and sport bodies' minutes: library trustees, museum and heritage boards, arts councils, festival and
// club committees (session 16). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('the meeting date', () => {
  it('is the date the head writes with its month in words where a numeric date above could be read either way', () => {
    const page = ['Library Trustee Minutes 11.03.14', '', 'Elm Street Library', 'Draft Minutes from November 3, 2014 Trustee Meeting', '', 'Attendance: Ann Hale, Ben Rowe & Cara Lind', '', '1. The minutes were accepted.'];
    expect(minutes(page).date).toBe('2014-11-03');
  });

  it('stays as read where the month in words is only a later day the minutes name', () => {
    const lines = ['Brook Friends Minutes 11.03.14', '', 'Present: Ann Hale, Ben Rowe', '', '1. Welcome', ...Array.from({ length: 12 }, (_, i) => `The group discussed the stall rota and the raffle at some length, point ${i + 1}.`), 'Next meeting: November 3, 2014'];
    expect(minutes(lines).date).toBe('2014-03-11');
  });
});

describe('a paper reference over the minutes', () => {
  it('is no item where a minute number is followed by its year alone ("Minute 5 2016/17")', () => {
    const page = ['Minute 5 2016/17', '', 'UNCONFIRMED', '', 'Minutes of the meeting of the Board of the Brook Arts Trust held at The Mill, Ashford on Wednesday 6 July 2016 at 5pm', '', '1. ATTENDANCE', '', 'PRESENT Ann Hale (Chair), Ben Rowe, Cara Lind.', '', '2. DECLARATIONS OF INTEREST', '', 'None.'];
    const m = minutes(page);
    expect(m.date).toBe('2016-07-06');
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 ATTENDANCE', '2 DECLARATIONS OF INTEREST']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind']);
  });
});

describe('a list label in capitals with no colon', () => {
  it('reads people run together after it, each with a post in brackets', () => {
    const page = ['Minutes of the meeting of the Board of the Brook Arts Trust held on 6 July 2016', '', 'PRESENT Ann Hale (Chair), Ben Rowe.', '', 'IN ATTENDANCE Cara Lind (Chief Executive) Dan Moss (Director of Operations) Eve Finch (Director of Finance)', '', 'APOLOGIES Gail Stone, Hugh Park.', '', '1. WELCOME', 'Text.'];
    const m = minutes(page);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}|${a.role ?? ''}`)).toEqual(['Ann Hale|present|', 'Ben Rowe|present|', 'Cara Lind|in-attendance|Chief Executive', 'Dan Moss|in-attendance|Director of Operations', 'Eve Finch|in-attendance|Director of Finance', 'Gail Stone|apologies|', 'Hugh Park|apologies|']);
  });

  it('does not split a run whose first bracket comes only after several names', () => {
    const page = ['Minutes of the Brook Board held on 6 July 2016', '', 'Present: Ann Hale, Ben Rowe', '', 'Apologies Prof Gail Stone Universities Dr Hugh Park Private Sector Ivy Lane Voluntary Sector Jon Moss BEIS (Growth Unit) Cllr Kay Reed Brook Council', '', '1. Welcome', 'Text.'];
    expect(minutes(page).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).not.toContain('Universities Dr');
  });
});

describe('a name with the name its holder goes by in brackets', () => {
  it('is read without the bracket ("Elizabeth (Betty) Warner")', () => {
    const m = minutes(['Trustee Meeting 4 May 2016', 'Present: Cara Lind, Elizabeth (Betty) Warner, Kim Harris.', '', '1. Old Business', 'Text.']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Cara Lind', 'Elizabeth Warner', 'Kim Harris']);
  });
});

describe('the start', () => {
  it('is the time after "Call meeting to order:", written in the line of those present', () => {
    const m = minutes(['Trustee Meeting 4 May 2016', 'Present: Cara Lind, Kim Harris. Call meeting to order: 5:39 pm', 'Old Business:', 'Text.', 'Meeting adjourned: 6:53 p.m.']);
    expect(m.start).toBe('17:39');
    expect(m.end).toBe('18:53');
  });
});

describe('the apologies', () => {
  it('are listed under "Apologies/absences:", one a line', () => {
    const m = minutes(['Minutes Brook Festival Committee Meeting on 8th June 2005', '', 'Present:', 'Dan Flory', 'Sam Thomson (chair)', '', 'Apologies/absences:', 'Mark Walker (sick)', 'Sheila Rey', '', '1 Matters arising', 'SR still has the tickets.']);
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}`)).toEqual(['Dan Flory|present', 'Sam Thomson|present', 'Mark Walker|apologies', 'Sheila Rey|apologies']);
  });
});

describe('a list label with no colon before a titled name', () => {
  it('opens the list, whose other names follow a line each ("Attendees Councillor Ann Hale (AH) (chair)")', () => {
    const page = ['Heritage Advisory Committee Meeting - 28 February 2014', 'Attendees Councillor Ann Hale (AH) (chair)', 'Ben Rowe (BR)', 'Cara Lind (CL)', 'Apologies `', 'For Review', 'Please Comment', 'Please Reply', '1. Welcome and apologies', 'Meeting opened 4:35pm'];
    const m = minutes(page);
    expect(m.attendees.map((a) => `${a.honorific ?? ''} ${a.name}|${a.initials}|${a.chair}`)).toEqual(['Councillor Ann Hale|AH|true', ' Ben Rowe|BR|false', ' Cara Lind|CL|false']);
  });
});

describe('a list with slashes between people', () => {
  it('reads each person, over page-width lines that end on a slash, inside a bracket or before a cut surname', () => {
    const page = [
      '2014 April EGM Minutes - Brook Colts FC',
      '',
      'Brook Colts – Extraordinary General Meeting',
      'Wednesday 30th April 7:30 – 9:00pm',
      'Those present: Ann Hale (Club Secretary) / Ben Rowe (Chair) / Cara Lind (u12) / Dan Moss / Eve Finch (u9) / Gail Stone (u10) /',
      'Hugh Park (u10) / Ivy Lane (u13) / Jon Reed (u13) / Kay Moss (u12) / Lee Tynan (u9) / Mia Cunning (u18) / Ned Norwood (u11',
      '& u16) / Owen Edney (u11) / Pam Totty (u12) / Rob Edge (u10) / Sam Shaw (u9) / Tim Barber (Treasurer) / Una North (u12) / Phil',
      'Pinkham (u9) / Vic Small (u12) / Wyn Fair (u9) / Zoe Marsh',
      'Kit and equipment',
      'Ed detailed the new kit.',
    ];
    const m = minutes(page);
    expect(m.attendees).toHaveLength(23);
    expect(m.attendees.map((a) => a.name).slice(11, 14)).toEqual(['Mia Cunning', 'Ned Norwood', 'Owen Edney']);
    expect(m.attendees.map((a) => a.name).slice(-4)).toEqual(['Phil Pinkham', 'Vic Small', 'Wyn Fair', 'Zoe Marsh']);
    expect(m.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ben Rowe']);
    expect(m.attendees[0]!.role).toBe('Club Secretary');
  });
});

describe('a date written without its year', () => {
  it('takes the year the head names elsewhere when that year puts the day on the weekday written with it', () => {
    const page = ['2014 April EGM Minutes - Brook Colts FC', '', 'Brook Colts – Extraordinary General Meeting', 'Wednesday 30th April 7:30 – 9:00pm', 'Present: Ann Hale, Ben Rowe', '', '1. Kit', 'Text.'];
    expect(minutes(page).date).toBe('2014-04-30');
    // (30 April 2015 was a Thursday: the weekday does not fit the year, and no date is made up.)
    expect(minutes(page.map((l) => l.replace('2014', '2015'))).date).toBeNull();
  });
});

describe('the label "Attending members:"', () => {
  it('heads those present', () => {
    const m = minutes(['MINUTES 30.05.2012', 'HERITAGE ADVISORY COMMITTEE', 'Attending members: Ann Hale, Ben Rowe, Cara', 'Lind, Dan Moss.', '1. Introductory remarks', 'All introduced themselves.']);
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind', 'Dan Moss']);
  });
});

describe('items numbered inside a web page\'s bulleted list', () => {
  it('are read past the bullet before their number ("• 1)  Welcome")', () => {
    const page = ['Board of Trustees meeting, Wednesday 24th January 2024', 'Minutes', '  • 1)  Welcome and Apologies for Absence:', '    Present: Ann Hale (AH), Ben Rowe (BR).', '  • 2)  Minutes of the previous meeting', '  • 3)  Treasurer\'s Report', '  • a) Review of funds: agreed.', '  • 4)  Project Expenditure'];
    expect(minutes(page).items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome and Apologies for Absence', '2 Minutes of the previous meeting', "3 Treasurer's Report", '4 Project Expenditure']);
  });
});

describe('a date field on its own line', () => {
  it('dates the meeting before a document site\'s date above it, where the title gives none', () => {
    const page = ['02.04.2015 Views', '', 'Club Rugby Council meeting (2006/2)', '', 'Date: Monday 27 March 2006', '', 'Location: Referees room', '', '1. Welcome and Apologies:', 'Apologies received from Ann Hale and Ben Rowe.'];
    expect(minutes(page).date).toBe('2006-03-27');
    expect(minutes(['date: 2015-04-02', '', ...page.slice(2)]).date).toBe('2006-03-27');
  });
});

describe('an American board\'s lists run together on one line', () => {
  it('are cut before each group\'s label ("Board Members Excused:", "Staff Present:"), and the title before the first', () => {
    const page = ['Brook Valley Historical Society Board Meeting Minutes 2/17/2010, 1:30-3:00 p.m. Board Members Present: Ann Hale, Ben Rowe, Cara Lind Board Members Excused: Dan Moss, Eve Finch Board Members Not Present: Gail Stone Staff Present: Hugh Park, Ivy Lane', '1. Call to Order and Approval of Minutes A. President Hale called the meeting to order.'];
    const m = minutes(page);
    expect(m.title).toBe('Brook Valley Historical Society Board Meeting Minutes 2/17/2010, 1:30-3:00 p.m.');
    expect(m.attendees.map((a) => `${a.name}|${a.attendance}`)).toEqual(['Ann Hale|present', 'Ben Rowe|present', 'Cara Lind|present', 'Dan Moss|apologies', 'Eve Finch|apologies', 'Gail Stone|apologies', 'Hugh Park|secretariat', 'Ivy Lane|secretariat']);
  });
});

describe('a post after a name, with the initials after the post', () => {
  it('is the person\'s, and so are the initials ("Ann Hale, Chair (AH), Ben Rowe (BR)")', () => {
    const m = minutes(['Board of Trustees meeting, Wednesday 24th January 2024', 'Present: Ann Hale, Chair (AH),Ben Rowe (BR), Cara Lind (CL).', 'Apologies: Dan Moss (DM).', '', '1. Welcome', 'Text.']);
    expect(m.attendees.map((a) => `${a.name}|${a.initials}|${a.chair}`)).toEqual(['Ann Hale|AH|true', 'Ben Rowe|BR|false', 'Cara Lind|CL|false', 'Dan Moss|DM|false']);
  });
});
