// Utilities and energy bodies' minutes: drainage and irrigation boards, water and energy customer forums, electric
// co-operatives, water districts (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.honorific ? `${a.honorific} ` : ''}${a.name} ${a.attendance}`);

describe('a PDF text whose paragraphs a document site kept as <p> tags on one line', () => {
  it('reads each paragraph as a line of its own', () => {
    const text = [
      '<p> BROOK LEVEL DRAINAGE BOARD</p><p>MINUTES of the proceedings of the Board at a Meeting held at the Pump House, Brook on Wednesday 4 March 2015</p><p>Present: A.B. Hale (Chairman)</p><p>Apologies: C. Lind</p><p>1. CHAIRMAN\'S REPORT</p><p>1.1 The Chairman reported on the pumps.</p><p>2. FINANCE</p><p>The accounts were noted.</p>',
    ];
    const m = minutes(text);
    expect(m.body).toBe('BROOK LEVEL DRAINAGE BOARD');
    expect(m.title).toBe('MINUTES of the proceedings of the Board at a Meeting held at the Pump House, Brook on Wednesday 4 March 2015');
    expect(roll(text)).toEqual(['A.B. Hale present', 'C. Lind apologies']);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(["1 CHAIRMAN'S REPORT", '2 FINANCE']);
  });

  it('leaves a table row whose cell holds paragraphs as it was', () => {
    const row = ['| Topic | Notes | Decision |', '| --- | --- | --- |', '| Budget | Discussed. | <p>Agreed.</p><p>Report back.</p> |'];
    expect(minutes(row).items.map((i) => i.title)).not.toContain('Agreed.');
  });
});

describe('members listed as initials and surnames whose commas a PDF lost', () => {
  it('are read a person at each new initial, on the line under the chair', () => {
    const lines = ['MINUTES OF THE MEETING of the BOARD held at the Offices, Brook on Monday 7 January 2019', '', 'Members of the Board Present', '', 'Chairman: A Hale', '', 'B Rowe-Lind C Finch D.E. Moss F Reed', '', 'Apologies were received from G Young and H Ball.', '', '1. Minutes', 'Agreed.'];
    expect(roll(lines)).toEqual(['A Hale present', 'B Rowe-Lind present', 'C Finch present', 'D.E. Moss present', 'F Reed present', 'G Young apologies', 'H Ball apologies']);
  });

  it('under the plural title "Messrs", a bracket and a title kept with their person, as are initials written against the surname', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: A.B. Hale (Chairman)', '', 'Messrs: C. Lind D Moss E. Finch (Vice-Chairman) F Reed Mrs G.Young', '', '1. MINUTES', 'Agreed.'];
    const m = minutes(lines);
    expect(roll(lines)).toEqual(['A.B. Hale present', 'C. Lind present', 'D Moss present', 'E. Finch present', 'F Reed present', 'Mrs G. Young present']);
    expect(m.attendees.find((a) => a.name === 'E. Finch')?.role).toBe('Vice-Chairman');
  });

  it('are no list where the words are a heading or a sentence', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: Ann Hale, Ben Rowe', '', 'Flood Risk Update', '', 'The Engineer reported.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present']);
  });
});

describe('the apologies heading "for non-attendance"', () => {
  it('heads the list of those away, as "for absence" does', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: Ann Hale, Ben Rowe', '', 'Apologies for non-attendance were received from:-', '', 'Cara Lind, Dan Moss and Eve Finch', '', '1. MINUTES', 'Agreed.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dan Moss apologies', 'Eve Finch apologies']);
  });
});

describe('a district\'s staff', () => {
  it('heads a list of its own under "District Staff Present:", after the members absent', () => {
    const lines = ['Advisory Committee of the Brook Water District', 'April 3, 2008', '', 'Members Present: Ann Hale - League of Voters; Ben Rowe', '', 'Members Absent:  None', '', 'District Staff Present:  Cara Lind \u2013 General Manager; Dan Moss \u2013 Executive Assistant', '', '1. Call to Order', 'The meeting was called to order.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind secretariat', 'Dan Moss secretariat']);
  });
});

describe('"Esq." after a name', () => {
  it('is the honorific, not part of the name', () => {
    const lines = ['BROOK LEVEL DRAINAGE BOARD', 'A meeting of the Board was held at the Village Hall on Wednesday 18th June 2014 at 2.00 pm.', '', 'Present: A Hale Esq., B Rowe Esq., Cllr C Lind', '', '1. Minutes', 'Agreed.'];
    expect(minutes(lines).attendees.map((a) => `${a.honorific}|${a.name}`)).toEqual(['Esq|A Hale', 'Esq|B Rowe', 'Cllr|C Lind']);
  });
});

describe('a title that names only a board and how it sat', () => {
  it('leaves the body to the line at the top that names whose board it is', () => {
    const lines = ['BROOK AND LEA INTERNAL DRAINAGE BOARD', '', 'MINUTES OF THE FULL BOARD MEETING', '', 'MONDAY 13th MAY 2019', '', 'Present: Mr Hale, Mr Rowe', '', '1 Welcome', 'The Chairman welcomed members.'];
    expect(minutes(lines).body).toBe('BROOK AND LEA INTERNAL DRAINAGE BOARD');
    const coop = ['BROOK VALLEY ELECTRIC COOPERATIVE, INC.', '', 'REGULAR MEETING OF THE BOARD OF DIRECTORS', '', 'October 29, 2019', '', 'Present were Directors Ann Hale and Ben Rowe.', '', '1. Call to order'];
    expect(minutes(coop).body).toBe('BROOK VALLEY ELECTRIC COOPERATIVE, INC.');
  });

  it('keeps its board where the line at the top only refers to "the Board"', () => {
    const lines = ['Public proceedings of the Board', '', 'Meeting of the Board of Directors on May 16, 2013', '', 'Board members present', '', 'Ann Hale (Chair); Ben Rowe', '', '1. Governance manual', 'Approved.'];
    expect(minutes(lines).body).toBe('Board of Directors');
  });
});

describe('joining details', () => {
  it('are no title ("Link Meeting ID 516 027 6420.")', () => {
    const lines = ['The meeting will be a hybrid format, both in person at the hall and online via Zoom. All members are invited to attend.', 'Link Meeting ID 516 027 6420.', 'Call To Order: 10:08 AM', 'Present/Quorum: Ann, Ben, Cara', 'Consent Items:', 'Approve: Minutes of previous meeting.'];
    expect(minutes(lines).title).not.toBe('Link Meeting ID 516 027 6420.');
  });
});

describe('the chair named in the call to order', () => {
  it('is not a member who only shares the given name', () => {
    const lines = ['REGULAR MEETING OF THE BOARD OF DIRECTORS', 'October 29, 2019', '', 'President Rich Hale called the meeting to order at noon.  Present were Directors Ann Lind, Rich Rowe and Cara Moss.', '', 'MEMBER INPUT', 'None.'];
    // (The one who called the meeting to order, "President Rich Hale", is read as the chair himself: session 22.)
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Rich Hale']);
  });
});

describe('a drainage board\'s attendance table flattened into lines of kinds of member', () => {
  it('reads the names after each kind\'s label, the chairman\'s "(Ch)" mark, and skips empty kinds and the count', () => {
    const lines = [
      'BROOK INTERNAL DRAINAGE BOARD',
      'MINUTES OF THE FULL BOARD MEETING',
      'MONDAY 13th MAY 2019',
      '',
      'PRESENT: Ratepayer Members: Mr Hale (Ch) Mr Rowe Mr Lind (VCh)',
      '',
      'APOLOGIES: Ratepayer Members: Mr Moss Appointed Members: Cllr Finch Co-opted Members:',
      '',
      '1 Welcome',
      'The Chairman welcomed members.',
    ];
    const m = minutes(lines);
    expect(roll(lines)).toEqual(['Mr Hale present', 'Mr Rowe present', 'Mr Lind present', 'Mr Moss apologies', 'Cllr Finch apologies']);
    expect(m.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Hale']);
    expect(m.attendees.filter((a) => a.organisation?.includes('Members'))).toEqual([]);
  });
});

describe('"Present at the meeting were:" ending the call to order, over a two-column table flattened row by row', () => {
  it('reads a person from each column of a row, with the start time of the sentence', () => {
    const lines = [
      'CALL TO ORDER',
      'The Board meeting of the Brook Irrigation District was called to order by President Hale at 1:00 pm.  Present at the meeting were:',
      '',
      'Ann Hale, President Cara Lind, Manager',
      'Ben Rowe, Vice President Dan Moss, Recorder',
      'Eve Finch, Director',
      '',
      'APPROVAL OF AGENDA',
      'Director Rowe motioned to approve the Agenda.',
    ];
    const m = minutes(lines);
    expect(m.start).toBe('13:00');
    expect(m.attendees.map((a) => `${a.name}|${a.role}`)).toEqual(['Ann Hale|President', 'Cara Lind|Manager', 'Ben Rowe|Vice President', 'Dan Moss|Recorder', 'Eve Finch|Director']);
  });

  it('leaves a sentence\'s list of posts before names, wrapped at the page\'s width, to the list reader', () => {
    const lines = ['Minutes of the Board of Commissioners, 4 May 2003', '', 'Also present were: County Manager Ann Hale, EMS Director Ben Rowe, Risk Management Director Cara', 'Lind, and Clerk Dan Moss.', '', '1. Call to order'];
    expect(minutes(lines).attendees.map((a) => a.name)).not.toContain('Ben Rowe, Risk Management Director Cara');
    expect(minutes(lines).attendees.find((a) => a.name === 'Ben Rowe')?.role ?? null).not.toBe('Risk Management Director Cara');
  });
});

describe('headings numbered after their title', () => {
  it('take the number of "– AGENDA ITEM #n" and keep the words before it as the title', () => {
    const lines = ['BROOK ELECTRIC COOPERATIVE, INC.', 'REGULAR MEETING OF THE BOARD OF DIRECTORS', 'October 29, 2019', '', 'CALL TO ORDER \u2013 AGENDA ITEM #1', '', 'President Ann Hale called the meeting to order at noon.', '', 'MEMBER INPUT \u2013 AGENDA ITEM #2', '', 'No members were present.', '', 'SAFETY MINUTE \u2013 AGENDA ITEM #3', '', 'Ben Rowe presented a safety anecdote.'];
    expect(minutes(lines).items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 CALL TO ORDER', '2 MEMBER INPUT', '3 SAFETY MINUTE']);
  });
});

describe('a financing corporation\'s annual board meeting', () => {
  it('is the corporation\'s, named on the first line, and opens when the meeting "of the Board of Directors" was called to order', () => {
    const lines = ['# Brook Water District Financing Corporation', '', '### Annual Board Meeting', '### January 8, 2018', '', '### I. CALL TO ORDER', '', 'President Hale called the annual meeting of the Board of Directors to order at 6:30 p.m.', '', '### II. PUBLIC COMMENT', '', 'None.'];
    const m = minutes(lines);
    expect(m.body).toBe('Brook Water District Financing Corporation');
    expect(m.start).toBe('18:30');
  });
});

describe('a bare "MINUTES" over the commission\'s name', () => {
  it('leaves the body to the line below it', () => {
    const lines = ['Document 1182', 'Cf-)', 'MINUTES', 'BROOK VALLEY WATER UTILITY COMMISSION', 'REGULAR SESSION', 'MONDAY, NOVEMBER 9, 2009', 'CALL TO ORDER: 6:01 P.M.', 'PRESENT: Ann Hale, Chair', 'Ben Rowe, Commissioner', '1. APPROVAL OF MINUTES', 'Approved.'];
    expect(minutes(lines).body).toBe('BROOK VALLEY WATER UTILITY COMMISSION');
  });
});

describe('"Also present from VEC were ..." after the directors present', () => {
  it('reads the body\'s staff, each post before the name, as in attendance', () => {
    const lines = [
      'BROOK ELECTRIC COOPERATIVE, INC.',
      'REGULAR MEETING OF THE BOARD OF DIRECTORS',
      'October 29, 2019',
      '',
      'CALL TO ORDER \u2013 AGENDA ITEM #1',
      '',
      'President Ann Hale called the meeting to order at noon in the Boardroom.  Present were Directors Ben Rowe, Cara Lind (Secretary), and Dan Moss.  Also present from BEC were CEO Eve Finch, General Counsel Gil Reed, and Chief Financial Officer Hal Young.',
      '',
      'MEMBER INPUT \u2013 AGENDA ITEM #2',
      '',
      'No members were present.',
    ];
    const staff = minutes(lines).attendees.filter((a) => a.attendance === 'in-attendance');
    expect(staff.map((a) => `${a.name}|${a.role}`)).toEqual(['Eve Finch|CEO', 'Gil Reed|General Counsel', 'Hal Young|Chief Financial Officer']);
  });
});

describe('a council site\'s text that broke each entry after its first word', () => {
  it('joins the title or the given name to the surname on the next line, and ends the lists at the chair\'s opening', () => {
    const lines = [
      'Minutes of the Water Advisory Committee Meeting held on Thursday, 1',
      'November 2018',
      'PRESENT: Cr',
      'Hale, Cr M Rowe and Cr S Lind',
      'Staff: Phil',
      'Moss (Director Infrastructure Services)',
      'Dean',
      'Finch (Acting Manager Utilities)',
      'Cr Lind (Chair) opened the meeting at 11:36',
      'am.',
      'Apologies:',
      'Cr Gray',
      'David Hart',
    ];
    expect(roll(lines)).toEqual(['Cr Hale present', 'Cr M Rowe present', 'Cr S Lind present', 'Phil Moss secretariat', 'Dean Finch secretariat', 'Cr Gray apologies', 'David Hart apologies']);
  });
});
