// Finance and oversight bodies' minutes (session 17): pension boards, audit committees, finance committees.
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation ?? a.role ?? null, a.chair]);

describe("a board committee's lists labelled by the committee's acronym and by the others who sat in", () => {
  const lines = [
    'Board Audit Committee (BAC) Minutes 4 March 2015',
    '',
    'BAC Attendees: Ann Lowe, Tom Reed (Chair), and Jo Finch',
    '',
    'Other Board Member Attendees: Sam Poe',
    '',
    'BAC Member Apologies: Ray Moss',
    '',
    'Invited Observers: Al Dunn and Bo Hale',
    '',
    'Staff members present: Kit Vale, Lee Marsh',
    '',
    '1. Work plan – The BAC reviewed its work plan.',
  ];

  it('reads each label as the list it heads', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Lowe', null, false],
      ['present', 'Tom Reed', null, true],
      ['present', 'Jo Finch', null, false],
      ['in-attendance', 'Sam Poe', null, false],
      ['apologies', 'Ray Moss', null, false],
      ['in-attendance', 'Al Dunn', null, false],
      ['in-attendance', 'Bo Hale', null, false],
      ['secretariat', 'Kit Vale', null, false],
      ['secretariat', 'Lee Marsh', null, false],
    ]);
  });
});

describe('a list headed with the misspelt "In attendence"', () => {
  const lines = [
    'JOINT AUDIT PANEL',
    '',
    'MONDAY 2 MAY 2016 AT 10:00AM',
    '',
    'PRESENT',
    '',
    'Mr Tom Reed (Chair)',
    'Ms Ann Lowe',
    '',
    'IN ATTENDENCE',
    '',
    'Mrs J Finch (Chief Finance Officer)',
    '',
    '1. APOLOGIES FOR ABSENCE',
    '',
    'None',
  ];

  it('reads those under it as in attendance', () => {
    expect(people(lines).map(([attendance, name]) => [attendance, name])).toEqual([
      ['present', 'Tom Reed'],
      ['present', 'Ann Lowe'],
      ['in-attendance', 'J Finch'],
    ]);
  });
});

describe('a pension board\'s roll written as sentences', () => {
  const lines = [
    'RIVERTON POLICE PENSION TRUST FUND',
    'QUARTERLY BOARD OF TRUSTEES MEETING',
    'March 3, 2014',
    'I. Call To Order And Roll Call',
    'The meeting was called to order at 9:02 a.m. Board',
    'Members in attendance at the meeting were: Chair Ann Lowe, Secretary Tom Reed, and Board',
    'Member Jo Finch. Also in attendance were Attorney Sam Poe, Ray Moss with Acme Investment Advisors, Al Dunn with Hale',
    'Smith and Company, and Bo Hale, Recording Secretary.',
    'II. APPROVAL OF AGENDA',
    'The agenda was approved.',
  ];

  it('reads the members after "in attendance at the meeting were:" and the firms after "with"', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Lowe', null, true],
      ['present', 'Tom Reed', 'Secretary', false],
      ['present', 'Jo Finch', 'Board Member', false],
      ['in-attendance', 'Sam Poe', 'Attorney', false],
      ['in-attendance', 'Ray Moss', 'Acme Investment Advisors', false],
      ['in-attendance', 'Al Dunn', 'Hale Smith and Company', false],
      ['in-attendance', 'Bo Hale', 'Recording Secretary', false],
    ]);
  });
});

describe('those the board invited, named in a sentence', () => {
  const lines = [
    'Minutes of the Quarterly Meeting of the Riverton General Employees Pension Board',
    'Held on May 6, 2003',
    '',
    'The meeting was called to order at 10:00 a.m. Present were Trustees Ann Lowe, Tom Reed and Jo Finch. Present by invitation were Sam Poe and Ray Moss.',
    '',
    '1. Approval of Minutes',
    '',
    'The minutes were approved.',
  ];

  it('reads them as in attendance', () => {
    expect(people(lines).map(([attendance, name]) => [attendance, name])).toEqual([
      ['present', 'Ann Lowe'],
      ['present', 'Tom Reed'],
      ['present', 'Jo Finch'],
      ['in-attendance', 'Sam Poe'],
      ['in-attendance', 'Ray Moss'],
    ]);
  });
});

describe("an action label after a point's sentences, in minutes read as no items", () => {
  const lines = [
    'Board Finance Committee (BFC) Minutes 20 June 2012',
    '',
    'Committee members present: Ann Lowe, Tom Reed – chair',
    '',
    'The following is a summary of discussion, actions taken and actions identified:',
    '',
    '  • Approved the minutes of the previous meeting.',
    '  • Discussed the annual report. Action: Staff to revise the report and submit it for posting.',
    '  • Reviewed the budget. Action: Ann Lowe to write to the bank about the reserve account.',
  ];

  it('reads the task after each label, with its owner', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Staff to revise the report and submit it for posting.', ['Staff']],
      ['Ann Lowe to write to the bank about the reserve account.', ['Ann Lowe']],
    ]);
  });
});

describe("a joint audit committee's head: a 24-hour clock opening the line under the date, and groups keyed by body", () => {
  const lines = [
    'Joint Audit Committee Meeting',
    '',
    'Friday 3rd March 2017',
    '',
    '09:00, Room 5, Fenwick Park',
    '',
    'PRESENT:-',
    '',
    'Members: Chair: Ann Lowe (AL); Tom Reed (TR)',
    '',
    'Office of the Police and Crime Commissioner (OPCC): Chief Executive Jo Finch (JF); Treasurer Sam Poe (SP)',
    '',
    'Brook Police Force: Ray Moss (RM)',
    '',
    '1.  Apologies for absence: Al Dunn (AD)',
    '',
    '2.  Declaration of Interest',
    '',
    'None',
  ];

  it('reads the clock as the start', () => {
    expect(minutes(lines).start).toBe('09:00');
  });

  it('reads the people after a body named with its acronym in brackets, with that body', () => {
    expect(people(lines).slice(2, 4)).toEqual([
      ['present', 'Jo Finch', 'Office of the Police and Crime Commissioner (OPCC)', false],
      ['present', 'Sam Poe', 'Office of the Police and Crime Commissioner (OPCC)', false],
    ]);
    expect(minutes(lines).attendees[2]!.role).toBe('Chief Executive');
  });
});

describe("an ePaper site's page head above the minutes", () => {
  const lines = [
    '18.01.2015 Views',
    '',
    'FINANCE COMMITTEE',
    '',
    'FINANCE COMMITTEE',
    '',
    'SHOW MORE',
    'SHOW LESS',
    '',
    'Create successful ePaper yourself',
    '',
    'Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software.',
    '',
    'BROOK TRUST FINANCE COMMITTEE',
    '',
    'Thursday 11 November 2010',
    '',
    'Present: Ann Lowe (Chair), Tom Reed',
    '',
    '1. Welcome and Apologies',
    '',
    'None were received.',
  ];

  it('dates the meeting by its own date, not the upload date', () => {
    expect(minutes(lines).date).toBe('2010-11-11');
  });
});

describe('an audit committee\'s lists: the chair "in the chair", and its auditors after the staff', () => {
  const lines = [
    'Minutes of the Audit and Risk Committee',
    'Thursday 12 November 2020',
    '',
    'Mrs E M Lowe in the chair',
    '',
    'Members: Cr T Reed, Cr J Finch',
    '',
    'Staff: Sam Poe (General Manager)',
    '',
    'Auditors: Ray Moss (External Auditor)',
    '',
    '1. Declarations of Interest',
    '',
    'There were none.',
  ];

  it('reads the one "in the chair" as the chair, and the auditors as in attendance', () => {
    expect(people(lines)).toEqual([
      ['present', 'E M Lowe', null, true],
      ['present', 'T Reed', null, false],
      ['present', 'J Finch', null, false],
      ['secretariat', 'Sam Poe', 'General Manager', false],
      ['in-attendance', 'Ray Moss', 'External Auditor', false],
    ]);
  });
});

describe("a committee page's item numbered on its own line above a long title", () => {
  const lines = [
    'Brook Police and Crime Panel - Friday, 3rd March, 2017 10.00 am',
    '',
    'No. Item',
    '',
    '41.',
    '',
    'Apologies',
    '',
    'Minutes:',
    '',
    'Cllr A Lowe.',
    '',
    '42.',
    '',
    'Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012',
    '',
    'Minutes:',
    '',
    'No interests were declared.',
    '',
    '43.',
    '',
    'Public Participation',
    '',
    'Minutes:',
    '',
    'There were no questions.',
  ];

  it('keeps the long title whole, and the count after it', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['41', 'Apologies'],
      ['42', 'Code of Conduct - Declaration of Interests. Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012'],
      ['43', 'Public Participation'],
    ]);
  });
});

describe('the sentence that opens the meeting wrapped before its clock', () => {
  const lines = [
    'RIVERTON PENSION TRUST FUND',
    'QUARTERLY BOARD OF TRUSTEES MEETING',
    'May 3, 2011',
    'I. Call To Order And Roll Call',
    'The Board held a regular meeting at the Village Hall on Tuesday, May 3, 2011. The meeting was called to order',
    'at 1:02 p.m. A roll call was taken.',
    'II. APPROVAL OF AGENDA',
    'The agenda was approved.',
  ];

  it('reads the clock at the start of the next line as the start', () => {
    expect(minutes(lines).start).toBe('13:02');
  });
});
