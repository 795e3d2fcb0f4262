// Justice bodies' minutes: community justice authorities, criminal justice partnerships, youth justice boards, joint
// policing committees, court users' groups, police consultative groups (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation, a.chair]);

describe('a government page whose attendance sub-headings lost their marks: plain captions over bulleted people', () => {
  const lines = [
    'Youth Diversion Stakeholder Group minutes: March 2031',
    '',
    'Minutes of the meeting of the group held on 12 March 2031.',
    '',
    'Attendees and apologies',
    '',
    'Larchshire Government',
    '',
    '  • Ada Finch (Chair)',
    '  • Tom Reed',
    '',
    'Practitioners',
    '',
    '  • Jo Lind – Northvale Youth Service',
    '  • Cy Moss - Elmford Council',
    '',
    'Probation Service',
    '',
    '  • Dee Vane',
    '',
    'Apologies',
    '',
    '  • Bo Hale – Larchshire Police',
    '',
    'Items and actions',
    '',
    'Welcome and introductions',
    '',
    'The Chair welcomed everyone to the meeting.',
  ];

  it('reads every group, each caption the organisation of the bullets under it that name none', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Larchshire Government', true],
      ['present', 'Tom Reed', 'Larchshire Government', false],
      ['present', 'Jo Lind', 'Northvale Youth Service', false],
      ['present', 'Cy Moss', 'Elmford Council', false],
      ['present', 'Dee Vane', 'Probation Service', false],
      ['apologies', 'Bo Hale', 'Larchshire Police', false],
    ]);
  });

  it('takes no caption for an item', () => {
    const titles = minutes(lines).items.map((i) => i.title);
    for (const caption of ['Larchshire Government', 'Practitioners', 'Probation Service']) expect(titles).not.toContain(caption);
  });
});

describe('a community justice authority listing its people under the bodies they come from', () => {
  const lines = [
    'NORTHSHIRE COMMUNITY JUSTICE AUTHORITY',
    'Minutes of meeting held in Committee Room 3, Civic Centre, Newtown on 4 March 2031',
    '',
    'Chair:',
    'Councillor A Brodie, Northshire Council',
    '',
    'Councillors Present:',
    'Northshire Council',
    'C Drummond (Depute), E Fraser',
    'Southshire Council',
    'G Hendry',
    '',
    'Councillor’s Apology:',
    'Southshire Council',
    'I Jardine',
    '',
    'Attending:',
    'Northshire Police',
    'K Lennox, Divisional Commander',
    'Northshire Community Justice Authority (NCJA)',
    'M Nairn, Chief Officer; P Orr, Finance Adviser',
    '',
    '1 Declaration of Interests',
    '   No interests were declared.',
  ];

  it('reads the members present, the members who sent apologies and the officers attending, each with their body', () => {
    expect(people(lines)).toEqual([
      ['present', 'A Brodie', 'Northshire Council', true],
      ['present', 'C Drummond', 'Depute', false],
      ['present', 'E Fraser', 'Northshire Council', false],
      ['present', 'G Hendry', 'Southshire Council', false],
      ['apologies', 'I Jardine', 'Southshire Council', false],
      ['in-attendance', 'K Lennox', 'Northshire Police', false],
      ['in-attendance', 'M Nairn', 'Northshire Community Justice Authority (NCJA)', false],
      ['in-attendance', 'P Orr', 'Northshire Community Justice Authority (NCJA)', false],
    ]);
  });

  it('keeps each post with its holder on a line of two', () => {
    expect(minutes(lines).attendees.slice(-2).map((a) => a.role)).toEqual(['Chief Officer', 'Finance Adviser']);
  });
});

describe('a joint committee whose officers are listed under "Attending:" after the councillors "Present:"', () => {
  const lines = [
    'WESTSHIRE AND ELMVALE CRIMINAL JUSTICE PARTNERSHIP JOINT COMMITTEE',
    '',
    'At a meeting of the Joint Committee held in Committee Room 2, Town Hall, Elmvale on Thursday, 6 March 2031 at 2.00 p.m.',
    '',
    'Present: Councillors Ada Finch (Westshire Council) and Tom Reed (Elmvale Council).',
    '',
    'Attending: Jo Lind, Criminal Justice Partnership Manager; Cy Moss, Accountant.',
    '',
    'Councillor Ada Finch in the Chair',
    '',
    'NOTE OF PREVIOUS MEETING',
    '',
    'The note of the meeting held on 4 December 2030 was noted.',
  ];

  it('reads those attending as in attendance, not as members present', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Tom Reed'],
      ['in-attendance', 'Jo Lind'],
      ['in-attendance', 'Cy Moss'],
    ]);
  });

  it('still reads "Attending:" alone as those present', () => {
    const alone = lines.filter((l) => !l.startsWith('Present:'));
    expect(minutes(alone).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Jo Lind'],
      ['present', 'Cy Moss'],
    ]);
  });
});

describe('two people on one line, each with a post after a comma, parted by a semicolon', () => {
  const lines = ['Minutes of the Court Users Group', '', 'Present: Ada Finch, Court Manager; Tom Reed, Legal Adviser', '', '1. Minutes', 'Agreed.'];

  it('reads two people, not one with a long post', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ada Finch', 'Court Manager'],
      ['Tom Reed', 'Legal Adviser'],
    ]);
  });
});

describe('a commission page whose Roman items after the first are indented, the roll call under one of them', () => {
  const lines = [
    'July 20, 2031 Commission Meeting Minutes',
    '',
    'I. Call to Order:',
    '',
    'The meeting was called to order at 10:10AM.',
    '',
    '     II. Roll Call:',
    '',
    'Chairman Ada Finch, Commissioners Tom Reed, Jo Lind,   Cy Moss, Dee Vane.',
    '',
    'Guests: Bo Hale. Staff Present: Al Reed.',
    '',
    '     III. Approval of Minutes:',
    '',
    'Commissioner Reed made a motion to approve the minutes.',
    '',
    '     IV. Budget Update:',
    '',
    'The budget was discussed.',
  ];

  it('reads every Roman item, indented or not', () => {
    expect(minutes(lines).items.map((i) => `${i.number} ${i.title}`)).toEqual(['I Call to Order', 'II Roll Call', 'III Approval of Minutes', 'IV Budget Update']);
  });

  it('reads the roll as those present, a wide gap after a comma parting no columns', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['Ada Finch', 'Tom Reed', 'Jo Lind', 'Cy Moss', 'Dee Vane']);
  });
});

describe('a police authority committee listing its co-opted members apart', () => {
  const lines = [
    'Minutes of the Consultation Committee of the Larchshire Police Authority held on 24 April 2031 at 10 Elm Street.',
    '',
    'Present:',
    '',
    '  • Ada Finch (Chair)',
    '  • Tom Reed',
    '',
    'Authority Officers:',
    '',
    '  • Jo Lind (Clerk)',
    '',
    'Co-opted members: Cy Moss (youth representative) and Dee Vane (Larchshire Civic Forum)',
    '',
    '52. Apologies for absence',
    '',
    'Apologies were received from Bo Hale.',
  ];

  it('reads the co-opted members as members present, not as officers', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Tom Reed'],
      ['secretariat', 'Jo Lind'],
      ['present', 'Cy Moss'],
      ['present', 'Dee Vane'],
      ['apologies', 'Bo Hale'],
    ]);
  });
});

describe('a youth justice board listing those present by their initials, one pair written with a space', () => {
  const lines = ['Larchford Youth Justice Board Meeting', '', 'Monday 10 December 2031', '', 'Present', '', 'KT (Chair), CJ, P B, MA, STH (minutes), SK', '', 'Apologies', '', 'MV, ST', '', '1. Introductions', '', 'KT welcomed PB to the board.'];

  it('reads every member by their initials, the spaced pair as one', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.initials])).toEqual([
      ['present', 'KT', 'KT'],
      ['present', 'CJ', 'CJ'],
      ['present', 'P B', 'PB'],
      ['present', 'MA', 'MA'],
      ['secretariat', 'STH', 'STH'],
      ['present', 'SK', 'SK'],
      ['apologies', 'MV', 'MV'],
      ['apologies', 'ST', 'ST'],
    ]);
  });
});

describe('minutes whose only heading is the board\'s name over the date', () => {
  const lines = ['YOUTH OFFENDING MANAGEMENT BOARD', '28th April 2031', 'Present:', 'Ada Finch Head of Community Safety (Chair)', 'Tom Reed Youth Offending Service Manager', '1. Minutes & Matters Arising', 'Agreed.'];

  it('takes the name as the title as well as the body', () => {
    const m = minutes(lines);
    expect([m.title, m.body, m.date]).toEqual(['YOUTH OFFENDING MANAGEMENT BOARD', 'YOUTH OFFENDING MANAGEMENT BOARD', '2031-04-28']);
  });

  it('takes no row of a table or person with a post for the title', () => {
    expect(minutes(['Ada Finch (Larchford Youth Council Chair)', '28th April 2031', 'Present:', 'Tom Reed', '1. Minutes', 'Agreed.']).title).toBeNull();
  });
});

describe('a government page whose list bullets stand alone on their lines, each entry on the line below', () => {
  const lines = [
    'Youth Diversion Taskforce minutes: June 2031',
    'Minutes from the meeting of the group held on 6 June 2031.',
    'Attendees and apologies',
    'Attendees',
    '-',
    'Ada Finch, Chair, Larchshire Government',
    '-',
    'Tom Reed, Larchshire Police',
    '-',
    'Jo Lind, Northvale University',
    'Apologies',
    '-',
    'Cy Moss, Elmford Council',
    'Items and actions',
    'Welcome',
    'The Chair welcomed everyone.',
  ];

  it('reads every entry under its list, the marks parting them', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation])).toEqual([
      ['present', 'Ada Finch', 'Larchshire Government'],
      ['present', 'Tom Reed', 'Larchshire Police'],
      ['present', 'Jo Lind', 'Northvale University'],
      ['apologies', 'Cy Moss', 'Elmford Council'],
    ]);
  });
});
