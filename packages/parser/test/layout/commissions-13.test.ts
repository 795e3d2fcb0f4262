// Minutes of appointed boards and commissions outside the UK (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);
// Who is listed, and in which list.
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name]);

describe('a document repository page that keeps each PDF line break as a literal "<br />"', () => {
  const lines = [
    'Laserfiche WebLink',
    [
      'Harbour Arts Commission <br />Meeting Minutes <br />March 9, 2016 <br />Commissioners: Ada Finch, Ben Rowe, and <br />Cara Lind <br />',
      'Commissioners Absent: Dev Moss <br />Staff Present: Eli Stone <br />Call to Order <br />',
      'The meeting was called to order at 6:30 p.m. by Ada Finch. <br />Approve Agenda <br />The agenda was approved. <br />',
    ].join(''),
  ];

  it('reads the joined lines one by one', () => {
    const m = minutes(lines);
    expect(m.title).toBe('Meeting Minutes');
    expect(m.date).toBe('2016-03-09');
    expect(m.start).toBe('18:30');
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null],
      ['present', 'Ben Rowe', null],
      ['present', 'Cara Lind', null],
      ['apologies', 'Dev Moss', null],
      ['secretariat', 'Eli Stone', null],
    ]);
  });

});

describe("the repository page's name above the minutes", () => {
  const lines = [
    'Laserfiche WebLink',
    'Planning Commission Regular Meeting',
    'City Council Chambers, 12 Harbour Road',
    'Minutes – Wednesday, August 5, 2015',
    '',
    '1. Call to Order',
    'Chair Ada Finch called the meeting to order at 6:30 p.m.',
  ];

  it('is no part of the venue', () => {
    expect(minutes(lines).venue).toBe('City Council Chambers, 12 Harbour Road');
  });
});

describe('the rosters of a commission that seats youth members apart', () => {
  const lines = [
    'Harbour Arts Commission',
    'Meeting Minutes',
    'March 9, 2016',
    '',
    'Commissioners: Ada Finch, Ben Rowe',
    'Youth Commissioners: Cara Lind, Dev Moss',
    'Staff Present: Eli Stone',
    '',
    '1. Call to Order',
    '',
    'The meeting was called to order at 6:30 p.m.',
  ];

  it('reads "Commissioners:" and "Youth Commissioners:" as the members present', () => {
    expect(roll(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['present', 'Cara Lind'],
      ['present', 'Dev Moss'],
      ['secretariat', 'Eli Stone'],
    ]);
  });
});

describe("a document-sharing site's transcription page of a flattened PDF", () => {
  const lines = [
    'HARBOUR TRANSIT DISTRICT Minutes of the Board of Directors March 3, 2011',
    '',
    'Size: px',
    'Start display at page:',
    '',
    'Download "HARBOUR TRANSIT DISTRICT Minutes of the Board of Directors March 3, 2011"',
    '',
    'Transcription',
    '',
    '1 HARBOUR TRANSIT DISTRICT Minutes of the Board of Directors Thursday, March 3, 2011 Harbour Hall, 5 Quay Street CALL TO ORDER ' +
      'President Finch called the regular meeting to order at 5:32 p.m. Attendance was noted as shown below. Present: President Ada Finch; ' +
      'Directors Ben Rowe, Cara Lind and Dev Moss Staff: Eli Stone, General Manager; Fay Hart, Clerk Guest: Gus Reed, Port Authority',
  ];

  it("reads the roster past the viewer's controls, the directors under their plural title and the guest under the singular label", () => {
    expect(roll(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['present', 'Cara Lind'],
      ['present', 'Dev Moss'],
      ['secretariat', 'Eli Stone'],
      ['secretariat', 'Fay Hart'],
      ['in-attendance', 'Gus Reed'],
    ]);
    expect(minutes(lines).attendees.find((a) => a.name === 'Gus Reed')?.organisation).toBe('Port Authority');
  });
});

describe('a district board listed by seat', () => {
  const lines = ['Minutes of the Harbour Transit Board', '12 March 2020', '', 'Present: President Ada Finch; Directors Ben Rowe, Cara Lind and Dev Moss', '', '1. Welcome', '', 'Text.'];

  it('reads each name after the plural title "Directors" as a director', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.honorific ?? a.role])).toEqual([
      ['Ada Finch', 'President'],
      ['Ben Rowe', 'Director'],
      ['Cara Lind', 'Director'],
      ['Dev Moss', 'Director'],
    ]);
  });
});

describe('lists run on in one line, the last under a singular label', () => {
  const lines = ['Minutes of the Harbour Transit Board', '12 March 2020', '', 'Present: Ada Finch, Ben Rowe Staff: Eli Stone, General Manager Guest: Gus Reed, Port Authority', '', '1. Welcome', '', 'Text.'];

  it('cuts the guest\'s list at "Guest:"', () => {
    expect(roll(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['secretariat', 'Eli Stone'],
      ['in-attendance', 'Gus Reed'],
    ]);
  });
});

describe('an evening meeting opened at a one-figure hour without "p.m."', () => {
  const lines = ['Arts Commission', 'Meeting Minutes', 'February 22, 2012', '', 'Present: Ada Finch, Ben Rowe', '', '1. Call to Order', '', 'The meeting was called to order at 6:35.', '', '2. Adjournment', '', 'Ada Finch adjourned the meeting at 8:05.'];

  it('reads the opening and closing times as the afternoon\'s', () => {
    const m = minutes(lines);
    expect([m.start, m.end]).toEqual(['18:35', '20:05']);
  });
});

describe("a repository page's crumb and file name before the minutes", () => {
  const heading = (first: string) => minutes([first, '', 'Present: Ada Finch, Ben Rowe', '', '1. Call to Order', '', 'Text.']);

  it('is cut where the file name ends with its date, the minutes\' heading after it', () => {
    expect(heading('HomeMy WebLinkAboutMinutes Arts Commission - 09/15/2016 Minutes of the Arts Commission Meeting on September 15, 2016').title).toBe(
      'Minutes of the Arts Commission Meeting on September 15, 2016',
    );
  });

  it('is cut where a file name ending in figures or an extension is glued to the heading', () => {
    expect(heading('HomeMy WebLinkAboutArts Commission Minutes 8-19-10Harbour Arts Commission Meeting Minutes').title).toBe('Harbour Arts Commission Meeting Minutes');
    expect(heading('HomeMy Public PortalAbout20140407 Arts Commission Draft Minutes.docArts Commission Minutes April 7, 2014').title).toBe('Arts Commission Minutes April 7, 2014');
  });
});

describe('a page flattened into one paragraph', () => {
  const flat = (first: string) => minutes(['Loading...', first]);
  const after =
    ' The meeting was called to order by Chairman Finch at 7:35 p.m. It was determined that a quorum was present, and the chairman thanked the members' +
    ' for coming out in the rain. Present: Ada Finch, Ben Rowe and Cara Lind. 1. Minutes The minutes were approved. 2. Budget The budget was agreed.';

  it('gives the title up to its date', () => {
    expect(flat(`MINUTES OF THE HARBOUR PLANNING COMMISSION FOR WEDNESDAY, APRIL 23, 1997 CALL TO ORDER${after}`).title).toBe(
      'MINUTES OF THE HARBOUR PLANNING COMMISSION FOR WEDNESDAY, APRIL 23, 1997',
    );
  });

  it('gives the title up to the first heading in capitals after it', () => {
    expect(flat(`Harbour Arts Commission Meeting Minutes MEETING CALLED TO ORDER${after}`).title).toBe('Harbour Arts Commission Meeting Minutes');
  });
});

describe('a roll call captioned in brackets', () => {
  const called = 'Roll Call: (Names of members present) Ada Finch, Ben Rowe (arrived after roll call), and Cara Lind.';

  it('reads the names after the caption, the first among them', () => {
    expect(roll(['Harbour Commission Minutes', 'Meeting Date: May 16, 2019', '', called, 'Note Taker: Dev Moss', '', 'ANNOUNCEMENTS', '', 'Text.'])).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['present', 'Cara Lind'],
      ['secretariat', 'Dev Moss'],
    ]);
  });

  it('reads the roll call inside a flattened page', () => {
    const flat = `Harbour Commission Minutes Regular Meeting Meeting Date: May 16, 2019 Location: City Space, 100 5th Street Ada Finch called the meeting to order at 7:17 PM. ${called} Note Taker: Dev Moss`;
    expect(roll([flat, '', 'ANNOUNCEMENTS', '', 'Text.']).slice(0, 3)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['present', 'Cara Lind'],
    ]);
  });
});

describe('members excused', () => {
  const lines = ['ARTS COMMISSION MEETING MINUTES', 'DATE: August 12, 2015 START TIME: 3:00 p.m.', 'MEMBERS PRESENT: Ada Finch, Ben Rowe', 'MEMBERS EXCUSED: Cara Lind, Dev Moss', 'STAFF PRESENT: Eli Stone', '', 'Approval of Minutes', '', 'The minutes were approved.'];

  it('are read as apologies', () => {
    expect(roll(lines)).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
      ['apologies', 'Cara Lind'],
      ['apologies', 'Dev Moss'],
      ['secretariat', 'Eli Stone'],
    ]);
  });
});
