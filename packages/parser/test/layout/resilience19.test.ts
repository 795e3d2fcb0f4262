// Emergency and resilience bodies' minutes: fire companies, fire districts' commissioners, search and rescue
// societies, LEPCs (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('the time a "called to order" sentence gives, its subject or the one who called it between', () => {
  it('reads the clock after "called to order by <post> <name> at"', () => {
    const m = minutes([
      'Harbour View Volunteer Fire Company',
      'Monthly Meeting Minutes',
      'March 3, 2022',
      '',
      'Present: Alan Marsh, Bea Lund, Carl Oduya',
      '',
      'The monthly meeting, held in the engine bay, was called to order by President Alan Marsh at 19:06 on March 3, 2022.',
      '',
      '1. Treasurer’s report',
      'The balance was read and accepted.',
    ]);
    expect(m.start).toBe('19:06');
  });

  it('reads the clock of a numbered "CALLED TO ORDER – 6:12 pm" line', () => {
    const m = minutes([
      'REGULAR BOARD MEETING MINUTES APRIL 9, 2021',
      '',
      '1.     CALLED TO ORDER – 6:12 pm',
      '',
      '2.     ATTENDEES – ANNA B, TOMAS K, RUTH L',
      '',
      '3.     CHIEF’S REPORT – TWO MEDICAL CALLS',
    ]);
    expect(m.start).toBe('18:12');
  });

  it('still reads the 24-hour clock of "called to order at 1904 hours by Commissioner Hale"', () => {
    const m = minutes([
      'Board of Fire Commissioners',
      'Notes of Regular Meeting held, May 12, 2016',
      '',
      'The regular monthly meeting of the Board of Fire Commissioners was called to order at 1904 hours by Commissioner Hale.',
      '',
      'Old Business:',
      'The tender was discussed.',
    ]);
    expect(m.start).toBe('19:04');
  });

  it('reads "called to order ... @ 19:15"', () => {
    const m = minutes(['November Fire Meeting', '', 'Nov 14, 2019', '', 'Meeting called to order by President Ann Lowe @ 19:15.', '', 'Motion made to accept minutes as read.']);
    expect(m.start).toBe('19:15');
  });

  it('reads an item line "Called to Order at 19:00 on November 3, 2020"', () => {
    const m = minutes([
      'General Meetings/2020-11-03/Minutes',
      'For: Brook Valley Search and Rescue',
      'In Attendance: Ada Finch, Tom Reed, Lia Moss',
      '1. Called to Order at 19:00 on November 3, 2020. Quorum was established.',
      '2. Agenda Motion: Moved by Tom Reed, seconded by Lia Moss that the Agenda be adopted. Carried',
    ]);
    expect(m.start).toBe('19:00');
  });
});

describe('the chair named in the sentence that opened the meeting, where no list names those present', () => {
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.chair]);

  it('reads "called to order by President <name> at <clock>" without the clock in the name, the list after it kept', () => {
    expect(people(['KESTREL VOLUNTEER FIREFIGHTERS’ ASSOCIATION', 'MEETING MINUTES', 'JUNE 5, 2019, 19:00', '1.Call to Order – meeting called to order by President Dana Reyes at 19:04. Also present: Ed Lund, Jo Park.', '2.Report of Treasurer – balance read.'])).toEqual([
      ['present', null, 'Dana Reyes', 'President', true],
      ['in-attendance', null, 'Ed Lund', null, false],
      ['in-attendance', null, 'Jo Park', null, false],
    ]);
  });

  it('reads "called to order by President <name> @ <clock>"', () => {
    expect(people(['October Fire Meeting', '', 'Oct 18, 18', '', 'Meeting called to order by President Hal Orton @ 19:10.', '', 'Motion made to accept minutes as read by Bo Kent seconded by Al Fry carried', '', 'Treasurer report read by Al Fry:', '', 'Checking $2,100.00', '', 'Motion made by Bo Kent seconded by Al Fry to pay bills.'])).toEqual([['present', null, 'Hal Orton', 'President', true]]);
  });
});

describe('a three-column table of name, initials and body exported one cell to a line', () => {
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.initials, a.organisation ?? a.role ?? null, a.chair]);

  it('reads each name with the initials and body on the two lines under it ("NB" too, under the name it matches)', () => {
    expect(
      people([
        'BROOKDALE FLOOD FORUM',
        '12th MARCH 2019',
        '18.00 COUNCIL CHAMBER, TOWN HALL, BROOKDALE',
        '',
        'MINUTES',
        '',
        'Present',
        'Cllr Ann Vale (Chair)',
        'AV',
        'Brookdale Borough Council',
        'Tom Reed',
        'TR',
        'Environment Agency',
        'Lia Moss',
        'LM',
        'Brookdale Borough Council',
        'Dev Singh',
        'DS',
        'Parish Flood Group',
        'Nia Boyd',
        'NB',
        'Parish Flood Group',
        '',
        '1.0 Welcome & Introductions',
        '1.1 AV welcomed everyone.',
      ]),
    ).toEqual([
      ['present', 'Cllr', 'Ann Vale', 'AV', 'Brookdale Borough Council', true],
      ['present', null, 'Tom Reed', 'TR', 'Environment Agency', false],
      ['present', null, 'Lia Moss', 'LM', 'Brookdale Borough Council', false],
      ['present', null, 'Dev Singh', 'DS', 'Parish Flood Group', false],
      ['present', null, 'Nia Boyd', 'NB', 'Parish Flood Group', false],
    ]);
  });
});

describe('the guests named in the sentence after the members present', () => {
  it('reads "Guests present:" after "Board members present:" and "Absent:" as in attendance', () => {
    const m = minutes([
      'Fire & Rescue Board – March 9, 2011 Minutes',
      '',
      'The meeting was called to order and the pledge of allegiance was recited.  Board members present:  Ann Hale, Tom Reed, and Lia Moss.  Absent:  Dev Singh.  Guests present:  Ray Orr, Bo Kent, and Al Fry.',
      '',
      'Motion was made by Tom Reed and seconded by Ann Hale to approve the minutes of February 9, 2011, as presented.  Motion approved.',
    ]);
    expect(m.attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ann Hale'],
      ['present', 'Tom Reed'],
      ['present', 'Lia Moss'],
      ['apologies', 'Dev Singh'],
      ['in-attendance', 'Ray Orr'],
      ['in-attendance', 'Bo Kent'],
      ['in-attendance', 'Al Fry'],
    ]);
  });
});

describe('a title opened with the date run together as a file name writes it', () => {
  it('reads "20190411 - VFD Business Meeting Minutes" as the 11 April 2019 meeting', () => {
    const m = minutes(['20190411 - VFD Business Meeting Minutes', '', 'Meeting called to order at 18:30 - all volunteers signed in.', '', 'Fire Chief Reports/Updates', '  • Budget approved.']);
    expect(m.date).toBe('2019-04-11');
  });

  it('leaves a number of eight figures without the dash after it', () => {
    const m = minutes(['Brook Fire Company Minutes', '', 'Permit 20190411 was filed. The meeting of 3 May 2019 was called to order at 18:30.', '', '1. Budget', 'Approved.']);
    expect(m.date).toBe('2019-05-03');
  });
});
