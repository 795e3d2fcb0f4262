// Health bodies' minutes: trust and health-service boards, patient groups, health partnerships (session 13). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

describe('a PDF board minute whose "tt" ligature was lost in extraction', () => {
  const lines = [
    'Minutes of the Fernvale Blood Service Board',
    'In at endance:',
    'Mr Owen Tarrant (Chair)',
    'Dr Lia Bexley (Deputy Chair)',
    'Ms Rena Holt',
    'Apologies:',
    'Mr Carl Voss (Director Finance)',
    'Management:',
    'Ms Ida Quell (Chief Executive)',
    'Board Secretariat:',
    'Tom Raine (Board Secretary)',
    'BOARD ONLY TIME',
    'The board met alone first.',
  ];

  it('reads "In at endance" as the list of those there, the only list of them, so those present', () => {
    expect(people(lines).slice(0, 3)).toEqual([
      ['present', 'Owen Tarrant', null],
      ['present', 'Lia Bexley', 'Deputy Chair'],
      ['present', 'Rena Holt', null],
    ]);
    expect(minutes(lines).attendees[0]!.chair).toBe(true);
  });

  it('reads the "Management" list as the executives in attendance', () => {
    expect(people(lines).slice(3)).toEqual([
      ['apologies', 'Carl Voss', 'Director Finance'],
      ['in-attendance', 'Ida Quell', 'Chief Executive'],
      ['secretariat', 'Tom Raine', 'Board Secretary'],
    ]);
  });
});

describe('a health-service board page with labels alone on their lines', () => {
  const lines = [
    'Minutes of the Westmoor Health Board Meeting 14 March 2025',
    '',
    'A meeting of the Board was held on Friday 14 March 2025 at 9am, in the Boardroom, Westmoor House.',
    '',
    'Present',
    '',
    'Ms Ana Colley (Chairperson), Mr Ben Ruddock and Dr Cara Pell',
    '',
    'In Attendance for Board Meeting',
    '',
    'Mr Dan Irwin (CEO), Ms Eve Lomas (CFO); Mr Finn Oakes (ND Planning, Estates and Capital), Dr Gail Shore, National Clinical Lead Integrated Care, Ms Hana Rudd (Office of the Board).',
    '',
    'Joined the meeting',
    '',
    'Ivo Pask (Item 4.2), Jan Mott (CISO)',
    '',
    '1. Governance and Administration',
    '',
    'No conflicts of interest were declared.',
  ];

  it('reads "In Attendance for Board Meeting" as the list in attendance', () => {
    expect(people(lines).filter((p) => p[0] === 'in-attendance').map((p) => p[1])).toEqual(
      ['Dan Irwin', 'Eve Lomas', 'Finn Oakes', 'Gail Shore', 'Hana Rudd', 'Ivo Pask', 'Jan Mott'],
    );
  });

  it('keeps a bracketed post with a comma in it whole, and joins a post written after a comma to its person', () => {
    const byName = new Map(people(lines).map((p) => [p[1], p[2]]));
    expect(byName.get('Finn Oakes')).toBe('ND Planning, Estates and Capital');
    expect(byName.get('Gail Shore')).toBe('National Clinical Lead Integrated Care');
  });

  it('reads "Joined the meeting" as people in attendance for part of it', () => {
    expect(people(lines).find((p) => p[1] === 'Jan Mott')).toEqual(['in-attendance', 'Jan Mott', 'CISO']);
  });
});

describe('a district health board minute converted from PDF, with filler lines between the names', () => {
  const lines = [
    'MINUTES OF THE BOARD MEETING ',
    'HELD ON WEDNESDAY 5 MARCH 2014 AT 1.00 PM ',
    ' ',
    'Present',
    'Rua Tamsin (Chair) ',
    ' ',
    'Owen Pike  ',
    ' ',
    'Apology: ',
    '',
    'Mere Hollis and Tane Brook ',
    ' ',
    'In Attendance',
    'Ana Greer (Chief Executive) ',
    ' ',
    'Members of the Executive Management Team  ',
    ' ',
    'Lou Wren (Chair Consumer Council) ',
    'Members of the public  ',
    'Television and media ',
    ' ',
    'WELCOME ',
    'The Chair welcomed those in attendance.',
  ];

  it('reads "Apology:" as the apologies list, one line of names joined by "and"', () => {
    expect(people(lines).filter((p) => p[0] === 'apologies').map((p) => p[1])).toEqual(['Mere Hollis', 'Tane Brook']);
  });

  it('passes over the groups named without names ("Members of the ... Team", "Television and media") and reads on', () => {
    expect(people(lines).filter((p) => p[0] === 'in-attendance')).toEqual([
      ['in-attendance', 'Ana Greer', 'Chief Executive'],
      ['in-attendance', 'Lou Wren', 'Chair Consumer Council'],
    ]);
  });
});

describe('an attendance table whose names column and then posts column were flattened into one run', () => {
  const lines = [
    'Ashdown Community NHS Trust Minutes of the Board Meeting in Public Tuesday 9 May 2017 10:00 – 12:00 Hall Lane Centre, Ashdown Members: Ann Lowe Ben Carter Dr Cara Dunn In Attendance: Dev Patel Eli Stone Interim Chair Non-Executive Director Medical Director Director of Integrated Services Director of Operations (Mental Health, Learning Disabilities & Social Care) Present: Fay Moss Gil Ward Public Governor (part) Member of the public',
    '',
    '1. Chair’s Welcome',
    '',
    'Ann Lowe opened the meeting.',
  ];

  it('pairs the names with the posts by position, across the lists whose rows ran on under a new label', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Lowe', 'Interim Chair'],
      ['present', 'Ben Carter', 'Non-Executive Director'],
      ['present', 'Cara Dunn', 'Medical Director'],
      ['in-attendance', 'Dev Patel', 'Director of Integrated Services'],
      ['in-attendance', 'Eli Stone', 'Director of Operations (Mental Health, Learning Disabilities & Social Care)'],
      ['present', 'Fay Moss', 'Public Governor'],
      ['present', 'Gil Ward', 'Member of the public'],
    ]);
  });

  it('reads a one-line list the same way', () => {
    const one = ['MINUTES OF THE 4th BOARD MEETING OF THE WEALD HEALTH AGENCY HELD ON 3 MAY 2016 Present: Sir Hal Grey Ivy Lund Kit Marsh Chair Chief Executive Director of Finance In attendance: Lou Penn Deputy Head of Governance Agenda Item 1: Welcome'];
    expect(people(one).slice(0, 3)).toEqual([
      ['present', 'Hal Grey', null],
      ['present', 'Ivy Lund', 'Chief Executive'],
      ['present', 'Kit Marsh', 'Director of Finance'],
    ]);
    expect(minutes(one).attendees[0]!.chair).toBe(true);
  });

  it('leaves a run alone where the words after the names read as no posts', () => {
    const odd = ['Minutes of the Board Meeting 9 May 2017 Hall Lane Centre Present: Ann Lowe Ben Carter Green Street Blue Lane', '', '1. Welcome'];
    expect(people(odd).map((p) => p[2])).not.toContain('Green Street');
  });
});

describe('a board page whose name and post cells stand on lines of their own, each post missing its closing bracket', () => {
  const lines = [
    'Westmoor health board meeting minutes 27 June 2024',
    '',
    'Present:',
    '',
    'Ms Ana Colley (Chairperson), Mr Ben Ruddock (Board Member).',
    '',
    'Office of the Board',
    '',
    'Mr Cal Penrose',
    '',
    '(Corporate Secretary',
    '',
    'Ms Dee Annick',
    '',
    '(Deputy Corporate Secretary',
    '',
    'In Attendance for Board Meeting:',
    '',
    'Mr Eli Varga',
    '',
    '(Chief Executive Officer (CEO)',
    '',
    '1. Governance and Administration',
    '',
    'No conflicts of interest were declared.',
  ];

  it('gives each name the post below it, and keeps reading the list past it', () => {
    expect(people(lines).slice(2)).toEqual([
      ['secretariat', 'Cal Penrose', 'Corporate Secretary'],
      ['secretariat', 'Dee Annick', 'Deputy Corporate Secretary'],
      ['in-attendance', 'Eli Varga', 'Chief Executive Officer (CEO)'],
    ]);
  });
});

describe("a community health centre society's directors' meeting", () => {
  const lines = [
    "2018 Directors' Meetings",
    '',
    'Wednesday November 28, 2018 – Health Centre Meeting Room',
    'Present: Dora Brand, Chas Conway, Hal Greer, Gina Hart',
    '1. Order: Chas called the meeting to order at 9:05am.',
    '2. Approval of Agenda: By general consent, the agenda was approved.',
    '3. Budget: The meeting discussed the draft budget. ACTION: Hal will bring a revised draft to the next Board meeting.',
  ];

  it('takes the one present whose given name called the meeting to order for the chair', () => {
    expect(minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Chas Conway']);
  });

  it('reads the task written after "ACTION: OWNER will", not the sentence before the label', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([['Hal will bring a revised draft to the next Board meeting.', ['Hal']]]);
  });
});

describe("a practice's patient group minutes on a meeting form, its fields naming people the list names again", () => {
  const lines = [
    'MEETING MINUTES',
    '',
    'Meeting Title:  RELAUNCH OF THE PATIENT GROUP AT BROOK LANE SURGERY',
    '',
    'Meeting Date:  9 August 2023',
    '',
    'Facilitator:',
    '',
    ' Dr Quill                  (RQ)',
    '',
    'Note-taker:',
    '',
    ' Tess Amble',
    '',
    'Present:',
    '',
    'Ms Tess Amble',
    '',
    'Mr Owen Park',
    '',
    'Dr Rhys Quill',
    '',
    'Apologies:',
    '',
    'Una Vale',
    '',
    '1',
    '',
    'INTRODUCTIONS',
  ];

  it('folds each field into the listed person, who keeps the chair and the initials', () => {
    const attendees = minutes(lines).attendees;
    expect(attendees.map((a) => [a.attendance, a.name, a.initials, a.chair])).toEqual([
      ['present', 'Tess Amble', null, false],
      ['present', 'Owen Park', null, false],
      ['present', 'Rhys Quill', 'RQ', true],
      ['apologies', 'Una Vale', null, false],
    ]);
  });
});

describe("a local health partnership's attendees, one 'Name – Organisation' a line", () => {
  const lines = [
    'Brookfield Health Partnership',
    'Minutes of Meeting held on 2 June 2010',
    'Attendees:',
    'Lena Parr – Brookfield Borough Council (Chairman)',
    'Omar Dent- Brookfield CVS',
    'Hana Moss –ACS – Older People',
    'Ivo Crane – Brook Police – Eastside',
    '- Apologies:',
    'Pia Lord – HCC, Roy Sands – Thrive Homes, Ula Webb – WHHT.',
    '- Minutes of last Meeting: – 25 March 2010',
    'The Minutes were confirmed.',
  ];

  it('parts a name from its organisation where the dash lost its space on one side', () => {
    expect(people(lines).slice(0, 4)).toEqual([
      ['present', 'Lena Parr', 'Brookfield Borough Council'],
      ['present', 'Omar Dent', 'Brookfield CVS'],
      ['present', 'Hana Moss', 'ACS – Older People'],
      ['present', 'Ivo Crane', 'Brook Police – Eastside'],
    ]);
  });

  it('ends the apologies at the standing item labelled after them', () => {
    expect(people(lines).slice(4)).toEqual([
      ['apologies', 'Pia Lord', 'HCC'],
      ['apologies', 'Roy Sands', 'Thrive Homes'],
      ['apologies', 'Ula Webb', 'WHHT'],
    ]);
  });
});

describe("a practice's web page listing its patient group's meetings above the current minutes", () => {
  const lines = [
    'Patient Group Minutes of Meeting',
    '',
    'Download Minutes from 2017 here',
    '',
    'Monday 6th March 2017',
    '',
    'Monday 24th April 2017',
    '',
    'Monday 5th June 2017',
    '',
    'Monday 4th September 2017',
    '',
    '          Elmside Medical Centre',
    '',
    '               Notes of a meeting of EPPG held on Monday 16th Oct 2017',
    '',
    'Dora (DL) - Chairman',
    '',
    'Minutes of the last meeting:',
    '',
    'Were accepted as being a true record.',
  ];

  it('dates the minutes by the line saying when the meeting was held, not by the list of dates above it', () => {
    expect(minutes(lines).date).toBe('2017-10-16');
  });
});

describe("a board's minutes whose form fields a PDF converter wrote one cell a line, the date below the lists", () => {
  const lines = [
    'Minutes of the Fernvale Blood Service Board',
    'Meeting held:',
    'By Video Conference',
    'In attendance:',
    'Mr Owen Tarrant (Chair)',
    'Dr Lia Bexley (Deputy Chair)',
    'Apologies:',
    'Mr Carl Voss (Director Finance)',
    'Date:',
    '14 May 2020',
    '9.30am',
    'BOARD ONLY TIME',
    'The board met alone first.',
  ];

  it('takes the date and the starting time from the "Date:" field', () => {
    expect([minutes(lines).date, minutes(lines).start]).toEqual(['2020-05-14', '09:30']);
  });
});

describe('a working group\'s notes whose export dropped the blank lines around its headings', () => {
  const lines = [
    'Minutes WG Meeting 13 September 2007',
    'Present: Ada Reyes, Ben Tolly, Cara Mund',
    'Apologies: Dan Ivers',
    'Ada welcomed everyone and introduced the new Group Manager.',
    'October Forum',
    'The WG engaged in discussion around the content, direction and format for the Forum.',
    'Ben to prepare Forum briefing notes.',
    'Policy Analyst Training',
    'Ben informed the WG that the date for this training is the 26th of September.',
  ];

  it('reads a short title-case line between two sentences as a topic heading', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['October Forum', 'Policy Analyst Training']);
  });
});

describe('minutes flattened into one paragraph, the lists first and then the items numbered from 1', () => {
  const tail = ' The discussion went on at length.';
  const members = ['Ann Lowe (Chair)', 'Ben Carter (Non-Executive Director)', 'Cy Dunn (Director of Finance)', 'Dot Ames (Medical Director)', 'Eve Frost (Director of Nursing)', 'Fay Gill (Non-Executive Director)', 'Gus Hale (Non-Executive Director)', 'Hal Ives (Director of Operations)'];
  const lines = [
    `Ashdown Community NHS Trust Minutes of the Board Meeting in Public Tuesday 9 May 2017 10:00 – 12:00 Hall Lane Centre, Ashdown Members: ${members.join(', ')} In Attendance: ${members.map((m) => m.replace(/^(\w+)/, 'Dr $1')).join(', ')} Public: ${members.join(', ')} Secretariat: Eli Stone Governance Coordinator ` +
      `1. Chair’s Welcome and Meeting Protocol 1.1. Ann Lowe opened the meeting.${tail} 2. Apologies for Absence 2.1. There were none.${tail} ` +
      `3. Declarations of Interest 3.1. There were no declarations.${tail} 4. Questions from the Public 4.1. No questions had been submitted.${tail}`,
  ];

  it('cuts the paragraph at each item number, though the lists take up its first part', () => {
    expect(minutes(lines).items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(minutes(lines).items[1]!.title).toMatch(/^Apologies for Absence/);
  });
});

describe("a partnership's minutes with the place on a line of its own under the title", () => {
  const lines = [
    'Item 4',
    'Brookfield Health Partnership',
    'Minutes of Meeting held on 2 June 2010',
    'Penn Chamber, Brookfield District Council, Brookfield House, Rickmansworth',
    'Attendees:',
    'Lena Parr – Brookfield Borough Council (Chairman)',
    'Omar Dent – Brookfield CVS',
  ];

  it('reads the room, building and town parted by commas as the venue, without the paper number above', () => {
    expect(minutes(lines).venue).toBe('Penn Chamber, Brookfield District Council, Brookfield House, Rickmansworth');
  });
});

describe('venues written after the date and times on the heading line', () => {
  it('reads the place after a flattened heading\'s date and times', () => {
    const lines = ['Ashdown Community NHS Foundation Trust Minutes of the Board Meeting in Public Tuesday 25 April 2017 10:15 – 12:30 The Oak Conference Centre, Fernlea Drive, Basingstoke, RG24 9NN Members: Ann Lowe Ben Carter Interim Chair Non-Executive Director', '', '1. Welcome', '', 'Ann Lowe opened the meeting.'];
    expect(minutes(lines).venue).toBe('The Oak Conference Centre, Fernlea Drive, Basingstoke, RG24 9NN');
  });

  it('reads a "Meeting Room" as a place', () => {
    const lines = ["2018 Directors' Meetings", '', 'Wednesday November 28, 2018 – Health Centre Meeting Room', 'Present: Dora Brand, Chas Conway', '1. Order: Chas called the meeting to order at 9:05am.'];
    expect(minutes(lines).venue).toBe('Health Centre Meeting Room');
  });
});

describe('a title in capitals whose next line says when the meeting was held', () => {
  const lines = ['MINUTES OF THE BOARD MEETING ', 'HELD ON WEDNESDAY 5 MARCH 2014 AT 1.00 PM ', ' ', 'Present', 'Rua Tamsin (Chair) ', ' ', 'Owen Pike  ', ' ', 'WELCOME ', 'The Chair welcomed those in attendance.'];

  it('joins the two lines into the title', () => {
    expect(minutes(lines).title).toBe('MINUTES OF THE BOARD MEETING HELD ON WEDNESDAY 5 MARCH 2014 AT 1.00 PM');
  });
});

describe("a patient group's list that lost a comma, two spaces left between two people", () => {
  const lines = [
    'Minutes of the meeting of Elm Road Medical Centre, Patient Participation Group',
    '',
    'Held on Monday 6th December 2021 at Elm Road Medical Centre',
    '',
    'Present: Nia Kerr (Practice Manager), Jo Hale (Deputy manager) Dr Mark  Jenny Dale (Chair) Gina Cole (Deputy Chair) Pat Fell, Lyn Dore.',
    '',
    'Apologies: Phil Kay, Mo Tidd',
  ];

  it('parts the two people at the gap', () => {
    expect(people(lines).slice(0, 4)).toEqual([
      ['present', 'Nia Kerr', 'Practice Manager'],
      ['present', 'Jo Hale', 'Deputy manager'],
      ['present', 'Mark', null],
      ['present', 'Jenny Dale', null],
    ]);
  });
});
