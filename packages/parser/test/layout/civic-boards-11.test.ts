// North American civic bodies' and non-profit boards' minutes (session 11): school and library boards,
// townships, faculty senates, foundation boards. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name} ${a.attendance}${a.chair ? ' chair' : ''}`);

describe('a roll of surnames alone', () => {
  it('keeps the names the last "and" joins', () => {
    const m = roll(['Senate Minutes', 'March 3, 2015', '', 'Present: Abbott, Brennan, Corliss, and Dunmore', 'Absent: Ellery and Fairbank', '', 'Abbott called the meeting to order.']);
    expect(m).toEqual(['Abbott present chair', 'Brennan present', 'Corliss present', 'Dunmore present', 'Ellery apologies', 'Fairbank apologies']);
  });

  it('reads a surname with a capital inside it', () => {
    const m = roll(['Senate Minutes', 'March 3, 2015', '', 'Present: Abbott, McCrae, DeWitt', 'Absent: LaRue', '', 'Abbott called the meeting to order.']);
    expect(m).toEqual(['Abbott present chair', 'McCrae present', 'DeWitt present', 'LaRue apologies']);
  });
});

describe('the roll written in the opening paragraph', () => {
  it('is the names that answered roll call', () => {
    const m = roll([
      'Pinecrest Community School District',
      'Regular Meeting',
      'May 14, 2019',
      'President Haldane called the meeting to order at 6:00 p.m. Quill, Rasmussen, Stroud and Haldane answered roll call. Superintendent Voss was also present.',
      'Quill made a motion to approve the agenda. Stroud seconded. Motion carries.',
    ]);
    expect(m).toEqual(['Quill present', 'Rasmussen present', 'Stroud present', 'Haldane present chair', 'Voss in-attendance']);
  });

  it('is the names after the members\' label run into the sentence before it', () => {
    const m = roll([
      'Millbrook Township Board Meeting Minutes',
      'April 8, 2012',
      'Call to Order: 7:00 p.m. Pledge of Allegiance Trustees Present: Ostrander, Pell, Quarles, Renfro',
      '',
      'Pell moved to approve the agenda. Quarles supported. Motion carried.',
    ]);
    expect(m).toEqual(['Ostrander present', 'Pell present', 'Quarles present', 'Renfro present']);
    const synopsis = roll(['June 10, 2021', 'Meeting called to order at 7:30 p.m. by Supervisor Garth. Members present: Abel, Garth, Hume & Ivers. Minutes approved. Motion to adjourn 8:10 p.m.']);
    expect(synopsis).toEqual(['Abel present', 'Garth present chair', 'Hume present', 'Ivers present']);
  });
});

describe('a board\'s members in attendance', () => {
  it('are those present, and the one who led the meeting chaired it', () => {
    const m = minutes([
      '# Foundation Board monthly meeting, May 9, 2022',
      '',
      'The meeting was led by Petra Lindqvist.',
      '',
      'Board members in attendance were:',
      '',
      '- Petra Lindqvist',
      '- Omar Haddad',
      '',
      'Also in attendance were:',
      '',
      '- Lena Ortiz (Bookkeeper)',
      '',
      '## Finances',
      '',
      'The balance was reported.',
    ]);
    expect(m.attendees.map((a) => `${a.name} ${a.attendance}${a.chair ? ' chair' : ''}`)).toEqual(['Petra Lindqvist present chair', 'Omar Haddad present', 'Lena Ortiz in-attendance']);
  });
});

describe('the date line under a roster that opens the minutes', () => {
  it('is the meeting\'s date and start, and a closing clock without "pm" is read after the start', () => {
    const m = minutes([
      'ATTENDEES: Abbott, Brennan, Corliss and Dunmore',
      'October 4, 2016 - 2:00pm',
      'Room 12',
      'APOLOGIES: Ellery',
      'Abbott, Senate President, called the meeting to order.',
      'APPROVAL OF MINUTES: The minutes were approved.',
      'The Senate meeting was adjourned at 3:40.',
    ]);
    expect(m.date).toBe('2016-10-04');
    expect(m.start).toBe('14:00');
    expect(m.end).toBe('15:40');
  });
});

describe('a web page\'s header set apart by blank lines', () => {
  it('stays the header down to the meeting\'s date line, not topics', () => {
    const m = minutes([
      'Millbrook Township Board Special Meeting Minutes',
      '',
      'Millbrook Township Board of Trustees',
      '',
      'Special Meeting',
      '',
      'March 3, 2009',
      '',
      'Call to Order: 4:05 p.m. Trustees Present: Ostrander, Pell, Quarles',
      '',
      'Pell moved to approve the agenda. Quarles supported. Motion Carried.',
      '',
      'Meeting adjourned at 4:40 p.m.',
    ]);
    expect(m.title).toBe('Millbrook Township Board Special Meeting Minutes');
    expect(m.date).toBe('2009-03-03');
    expect(m.items.map((i) => i.title)).not.toContain('Special Meeting');
    expect(m.attendees.map((a) => a.name)).toEqual(['Ostrander', 'Pell', 'Quarles']);
  });
});

describe('an American council\'s roll', () => {
  const council = (present: string, absent = 'Absent: Councilmember Lund') =>
    minutes(['REGULAR CITY COUNCIL MEETING MINUTES', 'January 4, 1999', '', `Present: ${present}`, absent, '', '1. CALL TO ORDER', 'The meeting was called to order.', '2. APPROVAL OF AGENDA', 'Approved.']).attendees;

  it('gives the plural title "Councilmembers" to every surname, the last after ", and" too', () => {
    const people = council('Mayor Mader, Councilmembers Kedrowski, Petersen, and Wuellner');
    expect(people.map((a) => `${a.honorific} ${a.name} ${a.attendance}`)).toEqual([
      'Mayor Mader present',
      'Councilmember Kedrowski present',
      'Councilmember Petersen present',
      'Councilmember Wuellner present',
      'Councilmember Lund apologies',
    ]);
  });

  it('marks the one "presiding" as the chair, and keeps the names after "Council Members"', () => {
    const people = council('Mayor Mary Place, presiding, Council Members Clarence Barnett, Lynn Buchanan, and Paul George', '');
    expect(people.map((a) => `${a.name}${a.chair ? ' chair' : ''}`)).toEqual(['Mary Place chair', 'Clarence Barnett', 'Lynn Buchanan', 'Paul George']);
  });
});

describe('a document repository\'s page', () => {
  it('loses its loading note, its breadcrumb and the file\'s name glued to the text', () => {
    const m = minutes([
      'Loading...',
      'HomeMy WebLinkAbout0312 RegularREGULAR CITY COUNCIL MEETING MINUTES',
      'March 12, 2001',
      '',
      'Present: Mayor Hale, Councilmembers Lind, Moss, and Rowe',
      '',
      '1. CALL TO ORDER',
      'Mayor Hale called the meeting to order at 7:00 p.m.',
      '2. CONSENT AGENDA',
      'Approved.',
    ]);
    expect(m.title).toBe('REGULAR CITY COUNCIL MEETING MINUTES');
    expect(minutes(['HomeMy WebLinkAbout2001-03-12 - Minutes -Meeting Minutes BOARD OF COMMISSIONERS', 'March 12, 2001', '', 'Present: Ann Hale, Ben Rowe', '', '1. Call to Order', 'Text.']).title).toBe(
      'Meeting Minutes BOARD OF COMMISSIONERS',
    );
  });

  it('is left as it is where nothing shows where the file\'s name ends', () => {
    const line = 'HomeMy WebLinkAbout03/12/2001 City Council MINUTES OF THE CITY COUNCIL';
    expect(minutes([line, 'March 12, 2001', '', 'Present: Ann Hale, Ben Rowe', '', '1. Call to Order', 'Text.']).title).toBe(line);
  });
});

describe('the date of the minutes a motion approves', () => {
  it('is not the meeting\'s date', () => {
    const m = minutes([
      'Meeting called to order at 7:30 p.m. by Chair Ann Lee. Also present were Supervisors Bo Reed and Al Finch.',
      'Motion by Bo Reed, second by Al Finch to approve the minutes of the May 15, 2009 regular meeting. Carried.',
      'Treasurer Jo Moss presented the treasurer’s report. Motion by Al Finch, second by Bo Reed to approve it. Carried.',
    ]);
    expect(m.date).toBeNull();
  });

  it('is still the date of minutes stamped approved', () => {
    expect(minutes(['APPROVED CITY OF BROOKVILLE PLANNING COMMISSION MINUTES NOVEMBER 10, 1998', '', 'Present: Ann Hale, Ben Rowe', '', '1. CALL TO ORDER', 'Text.']).date).toBe('1998-11-10');
  });
});

describe('the roll under the first item', () => {
  it('is read from a label naming the council over names one to a line, and the staff and others after it', () => {
    const m = minutes([
      'Minutes of the Meeting',
      'Tuesday March 6, 2012',
      '',
      '1) Call to order:     The meeting was called to order by Mayor Ann Hale at 7:30 pm.',
      '',
      'Council in Attendance:',
      '',
      'Ann Hale',
      'Ben Rowe',
      'Cara Lind',
      '',
      'Staff in Attendance:',
      '',
      'Dan Moss                Clerk Treasurer',
      '',
      '2) Agenda:',
      '',
      'The agenda was adopted.',
      '',
      '3) Minutes:',
      '',
      'The minutes were adopted.',
    ]);
    expect(m.attendees.map((a) => `${a.name} ${a.attendance}`)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind present', 'Dan Moss secretariat']);
    expect(m.items.map((i) => i.title)).toEqual(['Call to order', 'Agenda', 'Minutes']);
  });
});

describe('the times of a one-paragraph synopsis', () => {
  it('start when the meeting was called to order, not at another event\'s hours the paragraph gives', () => {
    const m = minutes([
      'June 10, 2021',
      'Meeting called to order at 7:30 p.m. by Supervisor Garth. Members present: Abel, Garth, Hume & Ivers. Park report: Clean-up Day is 6/19 (8am-2pm). Minutes approved.',
    ]);
    expect(m.start).toBe('19:30');
    expect(m.end).toBeNull();
  });

  it('end at "Motion to adjourn 8:25 p.m." or "Meeting adjourned 8:25 pm", the "at" left out', () => {
    const synopsis = (closing: string) => minutes(['June 10, 2021', `Meeting called to order at 7:30 p.m. by Supervisor Garth. Members present: Abel, Garth, Hume & Ivers. Minutes approved. ${closing}`]).end;
    expect(synopsis('Motion to adjourn 8:25 p.m.')).toBe('20:25');
    expect(synopsis('Meeting adjourned 8:25 pm.')).toBe('20:25');
  });

  it('keep the range when the opening falls within it', () => {
    const m = minutes(['Board meeting, June 10, 2021, 7:00-9:00 pm. The meeting was called to order at 7:05 pm by the Chair.', '', 'Present: Ann Hale, Ben Rowe', '', '1. Welcome', 'Text.']);
    expect([m.start, m.end]).toEqual(['19:05', '21:00']);
  });
});
