// Special-purpose districts' and boards' minutes: drainage boards, water and sewer districts, cemetery boards, harbour
// trusts, mosquito and weed districts, hospital districts, library boards (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a hospital district\'s "Agenda Item #N:" headings over indented minutes', () => {
  const lines = [
    'MINUTES OF A REGULAR MEETING OF',
    'THE BOARD OF MANAGERS OF',
    'THE ELM VALLEY HOSPITAL DISTRICT',
    'March 22, 2017',
    '',
    'Agenda Item #1:  Call meeting to order.',
    '                Chairman Pike called the meeting to order at 6:00 PM.',
    '',
    'Agenda Item #2: Consider approving the minutes for the Regular Meeting held February 22, 2017 and the Special Meeting held March 8, 2017.',
    '                Mrs. Lowe made a motion to approve the minutes as presented.  The motion passed by unanimous vote.',
    '',
    'Agenda Item #3:  Comments from the public. If you wish to address the Board of Managers, please register before the meeting.',
    '                None were made at this time.',
    '',
    'Agenda Item #4: Consider approving the minutes for the Special Meeting held March 8, 2017.',
    '                Mr. Dale made a motion to approve the minutes.  The motion carried.',
  ];

  it('reads each label\'s number, its long entry whole and a note after the first sentence as text', () => {
    expect(items(lines)).toEqual([
      ['1', 'Call meeting to order.'],
      ['2', 'Consider approving the minutes for the Regular Meeting held February 22, 2017 and the Special Meeting held March 8, 2017.'],
      ['3', 'Comments from the public'],
      ['4', 'Consider approving the minutes for the Special Meeting held March 8, 2017.'],
    ]);
  });

  it('leaves a page\'s "Item #1" name for its attachment, with no colon after the number, as a title', () => {
    const page = ['Item #1 Draft Meeting Minutes May 3, 2019 — original pdf', '', 'Present: Ann Hale, Tom Reed', '', 'The minutes were approved.'];
    expect(minutes(page).items).toEqual([]);
    expect(minutes(page).title).toBe('Item #1 Draft Meeting Minutes May 3, 2019 — original pdf');
  });
});

describe('a cemetery board\'s plural "Trustees" before its list, with a middle name or its own stop after it', () => {
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.honorific, a.name]);

  it('reads "Present were Trustees Mary Jo Hale, Ann Lee and Tom Reed." as three trustees', () => {
    const lines = ['MINUTES – March 9, 2021', '', 'Present were Trustees Mary Jo Hale, Ann Lee and Tom Reed.', '', 'MINUTES – The minutes were approved.'];
    expect(people(lines)).toEqual([
      ['Trustee', 'Mary Jo Hale'],
      ['Trustee', 'Ann Lee'],
      ['Trustee', 'Tom Reed'],
    ]);
  });

  it('reads "In attendance: Trustees; Ann Lee, Tom Reed" without a person called Trustees', () => {
    const lines = ['Minutes of 6/8/12 Meeting', 'In attendance: Trustees; Ann Lee, Tom Reed, Jo Finch.', 'Meeting called to order @ 7:00pm.'];
    expect(people(lines)).toEqual([
      ['Trustee', 'Ann Lee'],
      ['Trustee', 'Tom Reed'],
      ['Trustee', 'Jo Finch'],
    ]);
  });

  it('reads "Present were Trustees Hale,Reed, Lowe." as three surnames, none of them "Trustees Hale"', () => {
    const lines = ['Minutes of the Quarterly Meeting of the Pension Board held on May 4,2003', 'Present were Trustees Hale,Reed, Lowe. Trustee Finch was absent.', 'The minutes were approved.'];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Hale'],
      ['present', 'Reed'],
      ['present', 'Lowe'],
      ['apologies', 'Finch'],
    ]);
  });
});

describe('a district\'s staff named by the district\'s initials or in a sentence of their own', () => {
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

  it('reads "BC&WD STAFF:" under "Present were:" as the secretariat', () => {
    const lines = [
      'MINUTES OF REGULAR COMMISSION MEETING',
      '',
      'March 15, 2007',
      '',
      '1. The meeting was held at the District Building at 5:00 PM on March 15, 2007. Present were:',
      'COMMISSIONERS: Ann Hale, Tom Reed',
      'BC&WD STAFF: Jo Finch and Sam Lowe.',
      'Chairman Hale called the meeting to order.',
      '',
      '2. The meeting was opened with the Pledge of Allegiance.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['secretariat', 'Jo Finch'],
      ['secretariat', 'Sam Lowe'],
    ]);
  });

  it('reads "Staff members present were ..." after the board members\' sentence as the secretariat', () => {
    const lines = [
      'DRAINAGE TRUSTEES MEETING',
      '',
      'The Board of Supervisors met on Tuesday, May 7, 2019 as Trustees for Drainage Districts. Board members present were Hale, Reed, and Lowe. Staff members present were Jo Finch (Clerk) and Sam Poe (Auditor).',
      '',
      'Motion by Reed second by Lowe to receive the report. Carried 3-0.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Hale'],
      ['present', 'Reed'],
      ['present', 'Lowe'],
      ['secretariat', 'Jo Finch'],
      ['secretariat', 'Sam Poe'],
    ]);
  });
});

describe('a special district named as the body that met in the opening sentence', () => {
  it('reads "The Elm County Drainage District Trustees met in ..." as the body', () => {
    const lines = [
      'View Other Items in this Archive | View All Archives | Printable Version',
      '',
      'APRIL 12, 2012',
      '',
      'The Elm County Drainage District Trustees met in the public meeting room of the Elm County Administration Building to hear landowners. Members present were Ann Hale, chair, Tom Reed, and Jo Finch.',
      '',
      'Hale called the meeting to order at 7:05 p.m.',
    ];
    expect(minutes(lines).body).toBe('Elm County Drainage District Trustees');
  });

  it('reads "The Birch Valley Water District met ..." as the body, and leaves "the District met" with no name alone', () => {
    const named = ['May 3, 2015', '', 'The Birch Valley Water District met at the District office at 6:00 pm. Present: Ann Hale, Tom Reed.', '', 'The minutes were approved.'];
    expect(minutes(named).body).toBe('Birch Valley Water District');
    const unnamed = ['May 3, 2015', '', 'The District met at the office at 6:00 pm. Present: Ann Hale, Tom Reed.', '', 'The minutes were approved.'];
    expect(minutes(unnamed).body).toBeNull();
  });
});

describe('a weed board\'s title with the month and year in figures', () => {
  it('reads "Noxious Weed Board 11/2022 Minutes" as the board, without "11/2022"', () => {
    const lines = ['Noxious Weed Board 11/2022 Minutes', '', 'Ann Hale, Tom Reed, Jo Finch', '', '-Hale called the meeting to order at 7:01pm'];
    expect(minutes(lines).body).toBe('Noxious Weed Board');
  });
});
