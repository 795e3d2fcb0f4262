// Minutes of government-convened groups published as web pages: one heading over those
// present and the apologies, bracketed marks of how people attended or that they took the
// minutes, page fields listed as bullets with the label above its value, a letterhead's
// street address, and list headings closed by a dash or qualified in brackets.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a group page with "Attendees and apologies"', () => {
  const { minutes } = parseLines([
    'Northbridge Welcome Group minutes: March 2024',
    '- Published',
    '- 4 July 2024',
    '- Date of meeting',
    '- 12 March 2024',
    '- Location',
    '- Harbour House, Northbridge',
    '',
    'Attendees and apologies',
    '',
    '  • Ada Quill, University of Northbridge (Chair) (AQ)',
    '  • Ben Rook, Northbridge Council (online)',
    '  • Cal Dunn, Harbour Trust (guest) (dialling in)',
    '  • Dee Marsh, Northbridge Council (online; minutes)',
    '',
    'Apologies',
    '',
    '  • Eve Lark, Harbour Trust',
    '',
    'Items and actions',
    '',
    'Welcome',
    '',
    'AQ welcomed everyone.',
    '',
    'Minutes of the last meeting',
    '',
    'The minutes were agreed.',
    '',
    'Housing update',
    '',
    'BR gave an update.',
  ]);

  it('names the body before "minutes:" and takes the date labelled as the meeting\'s, not the publication date', () => {
    expect(minutes.body).toBe('Northbridge Welcome Group');
    expect(minutes.date).toBe('2024-03-12');
    expect(minutes.venue).toBe('Harbour House, Northbridge');
  });

  it('reads the list under the combined heading as those present, without the marks of how they attended', () => {
    expect(people(minutes)).toEqual([
      person('Ada Quill', 'present', 'Attendees and apologies', { initials: 'AQ', organisation: 'University of Northbridge', chair: true }),
      // "BR gave an update": the minutes call him so.
      person('Ben Rook', 'present', 'Attendees and apologies', { initials: 'BR', organisation: 'Northbridge Council' }),
      person('Cal Dunn', 'present', 'Attendees and apologies', { organisation: 'Harbour Trust (guest)' }),
      person('Dee Marsh', 'secretariat', 'Attendees and apologies', { organisation: 'Northbridge Council' }),
      person('Eve Lark', 'apologies', 'Apologies', { organisation: 'Harbour Trust' }),
    ]);
  });

  it('does not take "Items and actions" for an item', () => {
    expect(minutes.items.map((item) => item.title)).toEqual(['Welcome', 'Minutes of the last meeting', 'Housing update']);
  });
});

describe('a committee page under a letterhead with a street address', () => {
  const { minutes } = parseLines([
    'Northbridge Advisory Committee minutes, 19 August 2022',
    '',
    'Northbridge Advisory Committee',
    '2nd Floor, Quay Building',
    '2 Harbour Street',
    'Northbridge',
    '',
    'Attending',
    '',
    '  • Professor Ada Quill',
    '  • Ben Rook',
    '',
    'Agenda Item 1 – Welcome and introductions',
    '',
    '1. Ada Quill opened the meeting and welcomed the attendees.',
    '',
    'Agenda Item 2 – Updates',
    '',
    '2. Ben Rook updated the committee on recruitment to the secretariat and on the data audit.',
    '',
    'Agenda item 3 – SOL: ONS data issues and commission update',
    '',
    '3. The secretariat presented an outline of the data issues with some datasets.',
  ]);

  it('reads the street address as part of the letterhead, and the labelled agenda items', () => {
    expect(minutes.body).toBe('Northbridge Advisory Committee');
    expect(minutes.attendees.map((a) => [a.honorific, a.name])).toEqual([['Professor', 'Ada Quill'], [null, 'Ben Rook']]);
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Welcome and introductions'],
      ['2', 'Updates'],
      ['3', 'SOL: ONS data issues and commission update'],
    ]);
  });
});

describe('list headings closed by a dash, and a list phrase qualified in brackets', () => {
  it('reads "Present—" as those present and "In attendance (Acme Secretariat)—" as the secretariat', () => {
    const { minutes } = parseLines([
      'Northbridge Charter Sub-Committee Meeting',
      'Date: 11 February 2025',
      'Present—',
      '- Dr Ada Quill (Chair)',
      '- Ben Rook (Member)',
      'Apologies: None',
      'In attendance (Northbridge Secretariat)—',
      '- Cal Dunn, Head of Policy',
      '1. Welcome',
      'The Chair welcomed the attendees.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Ada Quill', 'present', true],
      ['Ben Rook', 'present', false],
      ['Cal Dunn', 'secretariat', false],
    ]);
  });

  it('reads "Parliamentarians in attendance" as those present', () => {
    const { minutes } = parseLines(['Northbridge Group – General Meeting', 'Monday 17 January 2022', 'Parliamentarians in attendance:', '- Ada Quill MP', '- Baroness Ben Rook', 'Apologies', '- Cal Dunn MP', '', '1. Election of officers', 'Officers were elected.']);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Quill', 'present'],
      ['Ben Rook', 'present'],
      ['Cal Dunn', 'apologies'],
    ]);
  });
});

describe('a task group note converted from a table', () => {
  const { minutes } = parseLines([
    'Northbridge Asylum Task Group',
    'Notes of Decisions Taken and Actions Required',
    '5June 2009, Harbour House',
    'Present:',
    'Chair: / Cllr Ada QuillMembers: / Cllr Ben Rook (Northbridge Council), Cllr Cal Dunn (Harbour Council); Cllr Dee Marsh (Quay Council)',
    'Officers: / Eve Lark (Harbour Trust), Fay Moss (Northbridge Council)',
    'Apologies: / Gus Pike, Quay Council (covering for Hal Reed)',
    '- Matters arising',
    '- The minutes were agreed.',
  ]);

  it('reads a date whose day runs into its month', () => {
    expect(minutes.date).toBe('2009-06-05');
  });

  it('parts a list label run into the name before it, and people parted by commas and a semicolon', () => {
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.organisation, a.attendance, a.chair])).toEqual([
      ['Cllr', 'Ada Quill', null, 'present', true],
      ['Cllr', 'Ben Rook', 'Northbridge Council', 'present', false],
      ['Cllr', 'Cal Dunn', 'Harbour Council', 'present', false],
      ['Cllr', 'Dee Marsh', 'Quay Council', 'present', false],
      [null, 'Eve Lark', 'Harbour Trust', 'secretariat', false],
      [null, 'Fay Moss', 'Northbridge Council', 'secretariat', false],
      [null, 'Gus Pike', 'Quay Council', 'apologies', false],
    ]);
  });
});

describe('a member covering for another', () => {
  it('reads "(covering for X)" as standing in for X', () => {
    const { minutes } = parseLines(['Northbridge Welcome Group minutes: May 2024', '', 'Attendees and apologies', '', 'Ada Quill, Harbour Trust (Chair)', 'Ben Rook, Northbridge Police (covering for Cal Dunn)', '', 'Items and actions', '', 'Welcome', '', 'AQ welcomed everyone.']);
    expect(minutes.attendees[1]).toMatchObject({ name: 'Ben Rook', organisation: 'Northbridge Police', substituteFor: 'Cal Dunn', attendance: 'present' });
  });
});

describe('a council list of its members that marks the absent', () => {
  const { minutes } = parseLines([
    'The Council',
    '',
    'NC09-M5',
    '',
    'Minutes of the meeting of the Northbridge College Council held on Friday 9 October 2009.',
    '',
    'Members:',
    '',
    'Sir Ada Quill (Chair); Dr Ben Rook (ab); Cal Dunn; Dee Marsh (ab).',
    '',
    'In attendance:',
    '',
    'Professor Eve Lark; Fay Moss',
    '',
    'Apologies for absence were received from:',
    '',
    'Dr Ben Rook',
  ]);

  it('keeps the title and the lines above it as the header', () => {
    expect(minutes.date).toBe('2009-10-09');
    expect(minutes.body).toBe('Northbridge College Council');
    expect(minutes.items).toEqual([]);
  });

  it('puts those marked absent with the apologies, once each', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Quill', 'present'],
      ['Cal Dunn', 'present'],
      ['Dee Marsh', 'apologies'],
      ['Eve Lark', 'in-attendance'],
      ['Fay Moss', 'in-attendance'],
      ['Ben Rook', 'apologies'],
    ]);
  });
});

describe('a devolved cabinet and committee: members by the body they sit in, externals, witnesses and staff', () => {
  it('reads "Rt. Hon." as an honorific and "MS" as a post-nominal, and "Externals" as in attendance', () => {
    const { minutes } = parseLines([
      'Present',
      '',
      '  • Rt. Hon. Ada Quill MS',
      '  • Ben Rook MS',
      '',
      'Externals',
      '',
      '  • Cal Dunn, Chief Executive Northbridge Voluntary Action (item 1)',
      '',
      'Officials',
      '',
      '  • Dee Marsh, Permanent Secretary',
      '',
      'Item 1: Housing',
      '',
      '1.1 The First Minister introduced the item.',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.attendance])).toEqual([
      ['Rt. Hon', 'Ada Quill', 'present'],
      [null, 'Ben Rook', 'present'],
      [null, 'Cal Dunn', 'in-attendance'],
      [null, 'Dee Marsh', 'secretariat'],
    ]);
  });

  it('reads "Members of the Senedd:", "Witnesses:" and "Committee Staff:"', () => {
    const { minutes } = parseLines([
      'Concise Minutes - Northbridge Accounts Committee',
      '',
      'Meeting date: Thursday, 27 November 2025',
      '',
      'Members of the Senedd:',
      '',
      'Ada Quill MS (Chair)',
      '',
      'Witnesses:',
      '',
      'Ben Rook, Northbridge Voluntary Action',
      '',
      'Committee Staff:',
      '',
      'Cal Dunn (Clerk)',
      '',
      '1       Introductions and apologies',
      '',
      '1.1        The Chair welcomed Members to the meeting.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Ada Quill', 'present', true],
      ['Ben Rook', 'speaker', false],
      ['Cal Dunn', 'secretariat', false],
    ]);
  });

  it('reads initials in their own bracket after the chair mark', () => {
    const { minutes } = parseLines(['Attendees', '', '  • Ada Quill (Chair) (AQ),Northbridge University', '  • Ben Rook (BR), Northbridge Trust', '', 'Welcome and apologies', '', 'AQ welcomed attendees.']);
    expect(minutes.attendees[0]).toMatchObject({ name: 'Ada Quill', initials: 'AQ', organisation: 'Northbridge University', chair: true });
  });
});

describe('a board list whose heading was lost, above "In Attendance"', () => {
  const { minutes } = parseLines([
    'Northbridge Healthwatch Board',
    '',
    'Part I Minutes of the Meeting held on Wednesday, 23rd March, 2016 at 10.00 am at Harbour House, Northbridge',
    '',
    '',
    'Ada Quill (Chairman)',
    'Ben Rook',
    'Cal Dunn / Dee Marsh',
    'Eve Lark',
    '',
    'In Attendance',
    '',
    'Fay Moss, Chief Executive, Northbridge Healthwatch',
    'Gus Pike',
    'Neil Hale, MP',
    '',
    '1. / Welcome and Apologies',
    'The Chair welcomed all to the meeting.',
  ]);

  it('reads the block of names under the title as those present, two names sharing a seat as two people', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Ada Quill', 'present', true],
      ['Ben Rook', 'present', false],
      ['Cal Dunn', 'present', false],
      ['Dee Marsh', 'present', false],
      ['Eve Lark', 'present', false],
      ['Fay Moss', 'in-attendance', false],
      ['Gus Pike', 'in-attendance', false],
      ['Neil Hale', 'in-attendance', false],
    ]);
  });

  it('reads "Name, Post, Organisation" as one person, and letters after a name as no description', () => {
    expect(minutes.attendees[5]).toMatchObject({ role: 'Chief Executive', organisation: 'Northbridge Healthwatch' });
    expect(minutes.attendees[7]).toMatchObject({ role: null, organisation: null });
  });
});

describe('a committee page numbering its minutes on from earlier meetings', () => {
  const { minutes } = parseLines([
    'Agenda and minutes',
    '',
    'Northbridge Safety Partnership',
    'Tuesday, 26th June, 2012 4.00 pm',
    '',
    'Items',
    'No. Item',
    '',
    '14.',
    '',
    'Apologies',
    '',
    'To receive any apologies for absence.',
    '',
    'Minutes:',
    '',
    'Apologies for absence were received from the following:',
    '',
    'Ada Quill              - Ben Rook substituted',
    '',
    'Cal Dunn',
    '',
    '15.',
    '',
    'Urgent Business',
    '',
    'Minutes:',
    '',
    'There were no items of urgent business.',
  ]);

  it('takes the first number alone on its line as the first item\'s', () => {
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([['14', 'Apologies'], ['15', 'Urgent Business']]);
  });

  it('reads the names listed after "received from the following:" as apologies, with the stand-in present', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.substituteFor])).toEqual([
      ['Ada Quill', 'apologies', null],
      ['Ben Rook', 'present', 'Ada Quill'],
      ['Cal Dunn', 'apologies', null],
    ]);
  });
});

describe('people counted among the named', () => {
  it('reads the names after "- 8 representatives with lived experience"', () => {
    const { minutes } = parseLines([
      'Northbridge Welcome Group Minutes: December 2024',
      '- Date of meeting',
      '- 5 December 2024',
      'Attendees and apologies',
      '- Ada Quill, Harbour Trust (Chair)',
      '- Ben Rook, Northbridge Council',
      '- 8 representatives with Lived Experience',
      '- Cal Dunn, Quay Trust (Secretariat)',
      'Apologies',
      '- Dee Marsh, Quay Trust',
      'Items and actions',
      'Welcome and introductions',
      '- AQ welcomed members to the first meeting under the new arrangements.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Quill', 'present'],
      ['Ben Rook', 'present'],
      ['Cal Dunn', 'secretariat'],
      ['Dee Marsh', 'apologies'],
    ]);
  });
});
