// Sport and leisure bodies' minutes: club and league committees, county associations, governing body boards, active
// partnerships (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.chair]);
const items = (lines: string[]) => minutes(lines).items.map((item) => [item.number, item.title]);

describe('a league committee whose minutes are numbered on through the year, the year last ("25.31"), under an unlabelled list', () => {
  const lines = [
    'Minutes of Committee Meeting',
    '',
    'MINUTES OF A COMMITTEE MEETING HELD ON TUESDAY 18th MARCH 2031 AT',
    '7.30 p.m. AT THE OLD PAVILION, MARSH LANE SPORTS GROUND',
    '',
    'T. Lowe (in the chair), The Rev\'d A.B. Marsh (Hon. Secretary), C. Penn, R. Dale, J. Birch & K. Moss.',
    '25.31 Apologies had been received from F. Lake, G. Hart',
    '26.31 Minutes of the previous meeting held on 20th January 2031 were approved and signed.',
    '27.31 Matters arising:',
    '     i. The fixtures list would be sent to all clubs.',
    '28.31 Finance: - All affiliation fees had been paid.',
  ];

  it('reads the minute numbers with their titles (the stop after an initial ends no sentence; a closing colon dropped)', () => {
    expect(items(lines)).toEqual([
      ['25.31', 'Apologies had been received from F. Lake, G. Hart'],
      ['26.31', 'Minutes of the previous meeting held on 20th January 2031 were approved and signed.'],
      ['27.31', 'Matters arising'],
      ['28.31', 'Finance'],
    ]);
  });

  it('reads the list under the title as those present, its last two joined by "&", and the apologies in the first minute', () => {
    expect(people(lines)).toEqual([
      ['present', null, 'T. Lowe', null, true],
      ['present', "The Rev'd", 'A.B. Marsh', 'Hon. Secretary', false],
      ['present', null, 'C. Penn', null, false],
      ['present', null, 'R. Dale', null, false],
      ['present', null, 'J. Birch', null, false],
      ['present', null, 'K. Moss', null, false],
      ['apologies', null, 'F. Lake', null, false],
      ['apologies', null, 'G. Hart', null, false],
    ]);
  });

  it('needs the year the numbers end with named above them', () => {
    const otherYear = lines.map((l) => l.replace(/2031/g, '2029'));
    expect(items(otherYear).map(([number]) => number)).not.toContain('25.31');
  });
});

describe('a paragraph numbering whose second part is no year stays the walk\'s', () => {
  it('does not read "1.10", "2.10" as minutes of a year', () => {
    const read = items([
      'Minutes of the Club Committee held on 4 May 2010',
      'Present: Ann Lee (Chair), Tom Finch, Sam Poe',
      '1. Apologies',
      '1.10 None were received.',
      '2. Finance',
      '2.10 The balance was noted.',
    ]);
    expect(read.map(([number]) => number)).toEqual(['1', '2']);
  });
});

describe('apologies a county association\'s minutes give as sentences', () => {
  const withApologies = (sentence: string) => [
    'Minutes of Executive Meeting – Monday 13th October 2031 at 7.30 pm',
    'Present:',
    'Ruth Lane (Chairman) (RL), Owen Pike (OP), Hal Dunn (HD) and Amy Ross (AR).',
    '1. Apologies:',
    sentence,
    '2. Minutes of the last meeting',
    'The minutes were approved.',
  ];
  const apologies = (sentence: string) => people(withApologies(sentence)).filter(([attendance]) => attendance === 'apologies').map(([, , name, role]) => [name, role]);

  it('reads "Name had offered his apologies." without the auxiliary', () => {
    expect(apologies('Ivor Mole had offered his apologies.')).toEqual([['Ivor Mole', null]]);
  });

  it('reads the names after "Apologies for absence were sent by"', () => {
    expect(apologies('1.1. Apologies for absence were sent by P Kemp (Fixtures Secretary), D Swale and T Orme.')).toEqual([
      ['P Kemp', 'Fixtures Secretary'],
      ['D Swale', null],
      ['T Orme', null],
    ]);
  });
});

describe('a list of apologies of two, the second written with her title', () => {
  it('reads "Paul Whitby, Dr. Sara Shaw" as two people, not a name and a body', () => {
    const read = people([
      'Minutes of meeting held at Larch RUFC on March 3rd. 2031',
      'Those attending',
      'Peter Rook, Fred Swan, John Pole, Reg Lyme.',
      'Apologies',
      'Paul Whitby, Dr. Sara Shaw',
      'Finance',
      'Reg Lyme presented the accounts.',
    ]);
    expect(read.filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', null, 'Paul Whitby', null, false],
      ['apologies', 'Dr', 'Sara Shaw', null, false],
    ]);
  });

  it('still reads "Paul Whitby, Deputy Chief Executive" as one person and his post', () => {
    const read = people(['Minutes of the Club Committee held on 4 May 2031', 'Present', 'Ann Lee, Tom Finch, Sam Poe', 'Apologies', 'Paul Whitby, Deputy Chief Executive', '1. Minutes']);
    expect(read.filter(([attendance]) => attendance === 'apologies')).toEqual([['apologies', null, 'Paul Whitby', 'Deputy Chief Executive', false]]);
  });
});

describe('a governing body\'s board whose minutes say who opened the meeting in a sentence', () => {
  const chair = (lines: string[]) => minutes(lines).attendees.filter((a) => a.chair).map((a) => a.name);

  it('reads the one who "opened the meeting at" a time as the chair', () => {
    expect(chair([
      'USAF Board of Directors',
      'October 9, 2031',
      'Attendance: Stella Hart, Jack Wilde, Dr. Eve Dunn, Jeff Dorman',
      'Quorum was present. Stella Hart opened the meeting at 12:15pm (EST).',
      'APPROVAL OF MINUTES',
    ])).toEqual(['Stella Hart']);
  });

  it('reads the one who "called to order the meeting" as the chair', () => {
    expect(chair([
      'Northvale Soccer Association Meeting Minutes',
      'Monday, August 18, 2031',
      'Present: Holly Shore, Nate Addis, Simon Tyne',
      'Holly Shore called to order the meeting of the Northvale Soccer Association at 7:05 p.m.',
      'New Business',
    ])).toEqual(['Holly Shore']);
  });

  it('reads the chair named after a post and a comma in "called to order ... by Chairman of the Board, Name", and ends the lists at that sentence', () => {
    const read = minutes([
      'A meeting of the Board of Directors of Track Sport, Inc. was held on Sunday, June 29, 2031 at 8:30 am.',
      'Present: Steve Mills (Chairman of the Board), Ken Tate (Treasurer), Curt Cole.',
      'Others Present – Guests: Anne Pike, Will Hicks.',
      'The Meeting was called to order at 8:30 am by Chairman of the Board, Steve Mills.',
      'Steve Mills, as chair of the Investment Committee, discussed the make-up of the committee.',
    ]);
    expect(read.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Steve Mills']);
    expect(read.attendees.map((a) => a.name)).toEqual(['Steve Mills', 'Ken Tate', 'Curt Cole', 'Anne Pike', 'Will Hicks']);
  });
});

describe('an active partnership board whose table of those present lost the break between each group and its names', () => {
  const lines = [
    'Board Meeting',
    '',
    'Date: 25th April 2031',
    '',
    'Present:MembersPaul Reed,Linda Tull, Andrew Watts, Merran Mace',
    '',
    'OfficersNigel Harris, Gemma Arden, Vicky Jowl,',
    '',
    'GuestJulie Hann (Sport Northshire)',
    '',
    'Apologies: Anthony Rowe',
    '',
    'Minutes',
    '1 / Welcome and apologies',
    'Paul welcomed everyone.',
  ];

  it('cuts each group\'s label from the first name and reads the list each one heads', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation])).toEqual([
      ['present', 'Paul Reed', null],
      ['present', 'Linda Tull', null],
      ['present', 'Andrew Watts', null],
      ['present', 'Merran Mace', null],
      ['secretariat', 'Nigel Harris', null],
      ['secretariat', 'Gemma Arden', null],
      ['secretariat', 'Vicky Jowl', null],
      ['in-attendance', 'Julie Hann', 'Sport Northshire'],
      ['apologies', 'Anthony Rowe', null],
    ]);
  });

  it('leaves a word that only starts with a group\'s name whole ("Staffordshire")', () => {
    const read = minutes(['Board Meeting', 'Date: 25th April 2031', 'Present: Paul Reed, Linda Tull', 'StaffordshireCounty Sport attended.', '1. Welcome']);
    expect(read.attendees.map((a) => a.name)).not.toContain('Staff');
  });
});

describe('a rugby leagues committee whose headings stand a line apart with no blank lines, one item answered "None"', () => {
  it('reads the heading after "None" as the next item', () => {
    expect(items([
      'Minutes of meeting held at Larch RUFC on March 3rd. 2031',
      'Those attending',
      'Peter Rook, Fred Swan, John Pole, Reg Lyme.',
      'Apologies',
      'Paul Whitby, Dr. Sara Shaw',
      'Matters Arising',
      'None',
      'Finance',
      'Greg Kemp presented up to date accounts which showed a healthy balance.',
      'Fixtures',
      'John Pole reported that every postponed game had already been re-arranged.',
    ])).toEqual([
      [null, 'Matters Arising'],
      [null, 'Finance'],
      [null, 'Fixtures'],
    ]);
  });
});

describe('a county clubs\' committee whose posts hold abbreviations with stops', () => {
  it('keeps a person whose bracketed post has "Ches. County" in it, a stop inside a bracket ending no sentence', () => {
    const read = people([
      'Minutes of the Executive Committee Meeting held on 13th May 2031',
      'Present : D.Hume (in the Chair), J.L.Pitch (Acting Secretary / Ches. County C. C. Rep.), S.Anders (Treasurer), P.Davy (Youth Cricket)',
      '1. WELCOME',
      'The Chairman welcomed everyone.',
    ]);
    expect(read.map(([, , name, role]) => [name, role])).toEqual([
      ['D.Hume', null],
      ['J.L.Pitch', 'Acting Secretary / Ches. County C. C. Rep'],
      ['S.Anders', 'Treasurer'],
      ['P.Davy', null],
    ]);
  });

  it('still parts two sentences of a list outside brackets ("... C. Finch. Dee Hale was absent.")', () => {
    const read = people(['Minutes of the Club Committee held on 13th May 2031', 'Present: Ann Lee (Chair), Tom Finch, Sam Poe. Dee Hale was absent.', '1. Welcome', 'Hello.']);
    expect(read.map(([attendance, , name]) => [attendance, name])).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Tom Finch'],
      ['present', 'Sam Poe'],
      ['apologies', 'Dee Hale'],
    ]);
  });
});

describe('lists of those present and apologies each closed by the count of those listed (": Total : 3")', () => {
  it('leaves the count out of the last person\'s description', () => {
    const lines = [
      'CHESHOLM CLUBS CRICKET COMMITTEE Minutes of the Executive Committee Meeting held on 13th May 2031 At Oulton Park Cricket Club Present : D.Hume (in the Chair), S.Anders (Treasurer) and P. Hays (Competitions Secretary) : Total : 3 Apologies : B.Birt ( Hon. Secretary), B.Bish (Website Co-ordinator) Total : 2',
      '',
      ' 1. WELCOME The Chairman welcomed everyone. ',
      '',
    ];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.organisation])).toEqual([
      ['present', 'D.Hume', null, null],
      ['present', 'S.Anders', 'Treasurer', null],
      ['present', 'P. Hays', 'Competitions Secretary', null],
      ['apologies', 'B.Birt', 'Hon. Secretary', null],
      ['apologies', 'B.Bish', 'Website Co-ordinator', null],
    ]);
  });
});
