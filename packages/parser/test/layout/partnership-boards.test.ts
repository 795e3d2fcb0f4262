// Partnership boards' minutes published as web pages and from Word: lists under headings
// such as "Board and advisors" or "Officials in attendance", initials run into the name with
// one space, posts written with dashes or with no comma before the organisation.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a web page of board minutes', () => {
  const { minutes } = parseLines([
    'Northbridge Safety Board meeting minutes - 3 May 2022',
    '',
    'Board and advisors',
    '',
    'Jo Finch, Mayor of Northbridge, Chair',
    '',
    'Rob Tate, Chief Crown Prosecutor, NCPS',
    '',
    'Lee Moss, Director General, OFT',
    '',
    'Officials in attendance',
    '',
    'Amy Shore (AS), Senior Advisor, Northbridge Councils',
    '',
    '1. Agreement of minutes',
    '',
    'The minutes of 2 February 2022 were agreed.',
  ]);

  it('takes the body from a title that names it before "meeting minutes"', () => {
    expect(minutes.body).toBe('Northbridge Safety Board');
  });

  it('reads the members under "Board and advisors" and the officials as the secretariat', () => {
    expect(people(minutes)).toEqual([
      // A chair word closing the description marks the chair.
      person('Jo Finch', 'present', 'Board and advisors', { role: 'Mayor of Northbridge', chair: true }),
      person('Rob Tate', 'present', 'Board and advisors', { role: 'Chief Crown Prosecutor', organisation: 'NCPS' }),
      person('Lee Moss', 'present', 'Board and advisors', { role: 'Director General', organisation: 'OFT' }),
      person('Amy Shore', 'secretariat', 'Officials in attendance', { initials: 'AS', role: 'Senior Advisor', organisation: 'Northbridge Councils' }),
    ]);
  });
});

describe('lists named by the staff of a body or by other stakeholders', () => {
  it('reads "<Body> officials present" as the secretariat and "Other stakeholders present" as in attendance', () => {
    const { minutes } = parseLines([
      'Summary of the board meeting held on 4 June 2025',
      '',
      'Board members present',
      '',
      '  • Mina Cole (Chair)',
      '  • Ravi Dunn (CEO)',
      '',
      'Northbridge Trust officials present',
      '',
      '  • Pia Long, Deputy Director Corporate Governance and Performance',
      '  • Ned Hart, Head of Insight (items 6-7 only)',
      '',
      'Other stakeholders present',
      '',
      '  • Oona Vale, Chief Executive NBTA (item 4 only)',
      '',
      'Item 1: welcome and introductions',
      '',
      'Mina Cole welcomed members.',
    ]);
    // "Summary of the board meeting": the kind of record and a generic noun name no body.
    expect(minutes.body).toBeNull();
    expect(people(minutes)).toEqual([
      person('Mina Cole', 'present', 'Board members present', { chair: true }),
      // Capitals in brackets that spell a post and not the name are the post, not initials.
      person('Ravi Dunn', 'present', 'Board members present', { role: 'CEO' }),
      // A post run on into its area with no comma is all role.
      person('Pia Long', 'secretariat', 'Northbridge Trust officials present', { role: 'Deputy Director Corporate Governance and Performance' }),
      // "(items 6-7 only)" says when the person was there, not where they come from.
      person('Ned Hart', 'secretariat', 'Northbridge Trust officials present', { role: 'Head of Insight', partial: true }),
      // A post run on into an acronym: the acronym is the organisation.
      person('Oona Vale', 'in-attendance', 'Other stakeholders present', { role: 'Chief Executive', organisation: 'NBTA', partial: true }),
    ]);
  });
});

describe('descriptions written with dashes', () => {
  it('splits the post from the organisation at a spaced dash and reads a co-chair', () => {
    const { minutes } = parseLines([
      'Northbridge VAWG Board meeting minutes - 7 June 2021',
      '',
      'Present',
      '',
      'Kim Dale - Vice-Chair – Northbridge Trust',
      '',
      'Sam Hill - Co-Chair',
      '',
      'Tom Ray,  – Director of Communications',
      '',
      '1. Welcome and apologies',
      '',
      'The Board was welcomed to the meeting.',
    ]);
    expect(people(minutes)).toEqual([
      person('Kim Dale', 'present', 'Present', { role: 'Vice-Chair', organisation: 'Northbridge Trust' }),
      person('Sam Hill', 'present', 'Present', { chair: true }),
      // The dash left after the name's comma is no part of the post.
      person('Tom Ray', 'present', 'Present', { role: 'Director of Communications' }),
    ]);
  });
});

describe('initials run into the name with one space', () => {
  it('reads a list with no heading whose lines open with the initials of their names', () => {
    const { minutes } = parseLines([
      'Safer Northbridge Partnership meeting minutes 24 January 2023',
      '',
      'Tuesday 24 January 2023 – 2.00pm',
      '',
      'NF Cllr. Nia Ford (Chair)',
      'GB Gail Birch (Northbridge DC)',
      'NB Noel Bright (Northbridge Police)',
      'AO Ada O’Neill (NBCC)',
      '',
      'Apologies received:',
      '',
      'Dev Sharma (Probation Service)',
      '',
      'Agenda item 1',
      '',
      'NF welcomed everyone to the meeting.',
    ]);
    expect(minutes.body).toBe('Safer Northbridge Partnership');
    expect(people(minutes)).toEqual([
      person('Nia Ford', 'present', null, { initials: 'NF', honorific: 'Cllr', chair: true }),
      person('Gail Birch', 'present', null, { initials: 'GB', organisation: 'Northbridge DC' }),
      // "NB" before a name whose initials it is: initials, not "nota bene".
      person('Noel Bright', 'present', null, { initials: 'NB', organisation: 'Northbridge Police' }),
      // Capitals in brackets after such a name are its organisation.
      person('Ada O’Neill', 'present', null, { initials: 'AO', organisation: 'NBCC' }),
      person('Dev Sharma', 'apologies', 'Apologies received', { organisation: 'Probation Service' }),
    ]);
  });

  it('leaves a rank before the name as the honorific', () => {
    const { minutes } = parseLines([
      'Minutes of the Northbridge Partnership meeting',
      '',
      '14 March 2023',
      '',
      'Present:',
      '',
      'PC Paul Carter (Northbridge Police)',
      '',
      '1. Welcome',
      '',
      'The Chair welcomed members.',
    ]);
    expect(people(minutes)).toEqual([person('Paul Carter', 'present', 'Present', { honorific: 'PC', organisation: 'Northbridge Police' })]);
  });
});

describe('the chair named in a sentence above the list', () => {
  it('marks the listed member "was in the chair" names, and reads "Mayor" as a title', () => {
    const { minutes } = parseLines([
      'Minutes of the meeting of the Executive',
      'Monday 23 June 2008',
      'Cllr Mo Finch was in the chair',
      'Present',
      'Cllr Mo Finch',
      'Mayor Sir Ivo Lane',
      'Cllr Ada Pryce',
      '1. Declarations of interest',
      'No interests were declared.',
    ]);
    expect(people(minutes)).toEqual([
      person('Mo Finch', 'present', 'Present', { honorific: 'Cllr', chair: true }),
      person('Ivo Lane', 'present', 'Present', { honorific: 'Mayor Sir' }),
      person('Ada Pryce', 'present', 'Present', { honorific: 'Cllr' }),
    ]);
  });
});

describe('item headings', () => {
  it('reads "Item N:" headings with a title in lower case, and not the numbered points under them', () => {
    const { minutes } = parseLines([
      'Summary of the board meeting held on 4 June 2025',
      '',
      'Board members present',
      '',
      '  • Mina Cole (Chair)',
      '',
      'Item 1: welcome and introductions',
      '',
      '1. Mina Cole welcomed members.',
      '',
      '2. The Chair asked about interests.',
      '',
      'Item 2: minutes and actions from the last meeting',
      '',
      '1. Members approved the minutes.',
    ]);
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'welcome and introductions'],
      ['2', 'minutes and actions from the last meeting'],
    ]);
  });

  it('reads a heading without a number as the item its "N.0" paragraph numbers', () => {
    const { minutes } = parseLines([
      'Board meeting minutes 26 July 2019',
      '',
      'Attendees',
      '',
      'Dame Mina Cole (Chair)',
      'Ravi Dunn',
      '',
      'Introductions',
      '',
      '1.0 The Chair, Dame Mina Cole, opened the meeting and noted the apologies received.',
      '',
      '1.1 The Secretariat gave an update on events.',
      '',
      'Strategy day',
      '',
      '2.0 A draft strategy was circulated.',
    ]);
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1.0', 'Introductions'],
      ['2.0', 'Strategy day'],
    ]);
  });
});

describe('a name, a semicolon, the organisation and the initials in brackets', () => {
  it('reads the initials closing the line as the name’s, and a comma left after a title', () => {
    const { minutes } = parseLines([
      'Executive Meeting: Committee Room 2, Civic Centre, Northbridge, Tuesday 30th September 2008',
      '',
      'Members Present',
      '',
      'Cllr, Gwen Lane; Chair NBSP (GL)',
      'Sel Moss; NBSP (SM)',
      'Bret Pugh; Education officer, NBC (BP)',
      'Tom Pike, Northbridge Refugee Council (TP)',
      '',
      '1. Welcomes & Apologies. / Introductions were given and apologies listed.',
      '',
      'GL: The Chair thanked members.',
    ]);
    expect(people(minutes)).toEqual([
      person('Gwen Lane', 'present', 'Members Present', { honorific: 'Cllr', initials: 'GL', role: 'Chair', organisation: 'NBSP' }),
      person('Sel Moss', 'present', 'Members Present', { initials: 'SM', organisation: 'NBSP' }),
      person('Bret Pugh', 'present', 'Members Present', { initials: 'BP', role: 'Education officer', organisation: 'NBC' }),
      person('Tom Pike', 'present', 'Members Present', { initials: 'TP', organisation: 'Northbridge Refugee Council' }),
    ]);
    // "&" joins the title's words: "Apologies." is no one-word sentence after it; " / " after the stop is a cell break.
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([['1', 'Welcomes & Apologies']]);
  });
});

describe('a council web page that lists apologies and substitutes in a sentence', () => {
  const { minutes } = parseLines([
    'Agenda and draft minutes',
    '',
    'Northbridge Health and Wellbeing Board',
    'Thursday, 18th April, 2019 10.00 am',
    '',
    'Venue: Council Chamber - County Offices, Northbridge, NB1 4RQ. View directions',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'Apologies for Absence',
    '',
    'Minutes:',
    '',
    'Apologies for absence were received from Mr D Bell (Ms H Horn attended as substitute), Mr A Cole (Mr D Webb, Medical Director attended in his absence), Mr I Jones and Ms B Reid, NHS Northbridge.',
    '',
    '2.',
    '',
    'Disclosures of Interest',
    '',
    'There were none.',
  ]);

  it('reads the members who sent apologies, those who stood in for them, and an organisation after a name', () => {
    expect(people(minutes)).toEqual([
      person('D Bell', 'apologies', 'Apologies', { honorific: 'Mr' }),
      person('H Horn', 'present', null, { honorific: 'Ms', substituteFor: 'D Bell' }),
      person('A Cole', 'apologies', 'Apologies', { honorific: 'Mr' }),
      person('D Webb', 'present', null, { honorific: 'Mr', role: 'Medical Director', substituteFor: 'A Cole' }),
      person('I Jones', 'apologies', 'Apologies', { honorific: 'Mr' }),
      person('B Reid', 'apologies', 'Apologies', { honorific: 'Ms', organisation: 'NHS Northbridge' }),
    ]);
  });

  it('leaves the "View directions" link out of the venue', () => {
    expect(minutes.venue).toBe('Council Chamber - County Offices, Northbridge, NB1 4RQ');
  });
});

describe('a web page of notes: table cells flattened with slashes, items as an indented list', () => {
  const { minutes } = parseLines([
    'Notes of Decisions Taken and Actions Required',
    '',
    'Northbridge Asylum and Refugee Task Group',
    '',
    '20 November 2008, Northbridge House',
    '',
    'Chair: / Cllr Rae Lowe',
    'Members: / Cllr Ken Amis (East), Cllr Mo Cook (North)',
    'Apologies: / Cllr Bea Curl (West)',
    '  1. Matters arising from the last minutes',
    '  • Pip Tyne stated that the attendance was not recorded.',
    '',
    'Action: Ian Beal to amend the minutes accordingly.',
    '',
    '  2. Update on funding',
    '  • The agreement was noted.',
  ]);

  it('takes the body from the line that names one when the title names none', () => {
    expect(minutes.body).toBe('Northbridge Asylum and Refugee Task Group');
  });

  it('reads the people after the slashes', () => {
    expect(people(minutes)).toEqual([
      person('Rae Lowe', 'present', 'Chair', { honorific: 'Cllr', chair: true }),
      person('Ken Amis', 'present', 'Members', { honorific: 'Cllr', organisation: 'East' }),
      person('Mo Cook', 'present', 'Members', { honorific: 'Cllr', organisation: 'North' }),
      person('Bea Curl', 'apologies', 'Apologies', { honorific: 'Cllr', organisation: 'West' }),
    ]);
  });

  it('reads the indented numbered list as the items when nothing at the margin is one', () => {
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Matters arising from the last minutes'],
      ['2', 'Update on funding'],
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([['Ian Beal to amend the minutes accordingly.', ['Ian Beal']]]);
  });
});

describe('a memo header and lists whose label stands a column of spaces before the names', () => {
  const { minutes } = parseLines([
    'Date                        8 January 2008',
    'Subject                     Northbridge Skills Board',
    'Location                    The Council Room, One Birdcage Walk',
    'Time                        8:00am – 10:00am',
    '',
    'Present                     Hal Mercer – Vice Chair',
    '',
    'Apologies                   Kit Lomax – Chair',
    '',
    'In attendance               Mara Abel                  Director, NSB Secretariat',
    '',
    '1. Welcome',
    '',
    'The Vice Chair welcomed members.',
  ]);

  it('takes the body from the subject field', () => {
    expect(minutes.body).toBe('Northbridge Skills Board');
    expect(minutes.date).toBe('2008-01-08');
  });

  it('reads the entry after the label’s column of spaces', () => {
    expect(people(minutes)).toEqual([
      person('Hal Mercer', 'present', 'Present', { role: 'Vice Chair' }),
      person('Kit Lomax', 'apologies', 'Apologies', { role: 'Chair' }),
      person('Mara Abel', 'in-attendance', 'In attendance', { role: 'Director', organisation: 'NSB Secretariat' }),
    ]);
  });
});

describe('"Agenda item N" alone on a line', () => {
  it('takes the title from the line after it', () => {
    const { minutes } = parseLines([
      'Safer Northbridge Partnership meeting minutes 24 January 2023',
      '',
      'Present:',
      '',
      'Nia Ford (Chair)',
      '',
      'Agenda item 1',
      '',
      'Declarations of interest',
      '',
      'None were made.',
      '',
      'Agenda item 2',
      '',
      'Strategic priorities and partnership plan',
      '',
      'The plan was agreed.',
    ]);
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Declarations of interest'],
      ['2', 'Strategic priorities and partnership plan'],
    ]);
  });
});

describe('items lettered A, B, C', () => {
  const lines = [
    'NORTHBRIDGE COMMUNITY PARTNERSHIP',
    'Minutes of the meeting held on 4 March 2020',
    '',
    'Present: Maria Okafor (Chair), Tomasz Pawlak (Harbour Trust)',
    '',
    'A. WELCOME AND INTRODUCTIONS',
    'The Chair welcomed members.',
    '',
    'B. HARBOUR UPDATE',
    'TP reported on the moorings.',
    'Action: TP to share the figures.',
    '',
    'C. ANY OTHER BUSINESS',
    'None.',
  ];

  it('reads capitals headings lettered in order as the items, with their text and actions', () => {
    const { minutes } = parseLines(lines);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'WELCOME AND INTRODUCTIONS'],
      ['B', 'HARBOUR UPDATE'],
      ['C', 'ANY OTHER BUSINESS'],
    ]);
    expect(minutes.actions.map((a) => [a.itemNumber, a.text, a.owners])).toEqual([['B', 'TP to share the figures.', ['TP']]]);
  });

  it('reads bold headings lettered in order in any case', () => {
    const bold = lines.map((l) => (/^[A-C]\. /.test(l) ? `**${l.slice(0, 3)}${l.slice(3, 4)}${l.slice(4).toLowerCase()}**` : l));
    expect(parseLines(bold).minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['A', 'Welcome and introductions'],
      ['B', 'Harbour update'],
      ['C', 'Any other business'],
    ]);
  });

  it('takes no initial before a name, nor a letter out of order, for an item', () => {
    const { minutes } = parseLines(['Minutes of the Northbridge Community Partnership, 4 March 2020', '', 'Present:', 'A. OKAFOR (Chair)', 'T. Pawlak', '', '1. Welcome', 'B. SMITH SENT APOLOGIES']);
    expect(minutes.items.map((i) => i.number)).toEqual(['1']);
    expect(minutes.attendees.slice(0, 2).map((a) => a.name)).toEqual(['A. OKAFOR', 'T. Pawlak']);
  });
});

describe('unnumbered bold headings of a Word export', () => {
  it('keep "Any other business" and "AOB" as items, as numbered minutes do', () => {
    for (const aob of ['Any other business', 'AOB']) {
      const { minutes } = parseLines([
        '**Northbridge Community Partnership**',
        '',
        '**Minutes of the meeting held on 4 March 2020**',
        '',
        '**Present:** Maria Okafor (Chair), Tomasz Pawlak (Harbour Trust)',
        '',
        '**Welcome and introductions**',
        '',
        'The Chair welcomed members.',
        '',
        '**Harbour update**',
        '',
        'TP reported on the moorings.',
        '',
        `**${aob}**`,
        '',
        'None.',
      ]);
      expect(minutes.items.map((i) => i.title)).toEqual(['Welcome and introductions', 'Harbour update', aob]);
    }
  });
});

describe('a committee\'s "Meeting Location" field', () => {
  const venue = (fields: string[]) =>
    parseLines(['Minutes of Proceedings', '', 'Audit Office Committee', '', 'Committee for the Audit Office', '', 'Wednesday 8th December 2021', '', ...fields, '', 'Present:', 'Ms Ada Finch (Chairperson)', 'Mr Tom Reed MLA', '', '1. Apologies', '', 'None.']).minutes.venue;

  it('reads the place on the line below the label', () => {
    expect(venue(['Meeting Location:', 'Room 21, Parliament Buildings'])).toBe('Room 21, Parliament Buildings');
  });

  it('reads the place after the label on its line', () => {
    expect(venue(['Meeting Venue: Senate Chamber, Parliament Buildings'])).toBe('Senate Chamber, Parliament Buildings');
  });
});

describe('the place in a title that gives the time first', () => {
  it('reads the place after the time and the date, not the time', () => {
    const { minutes } = parseLines(['Confirmed minutes of a meeting of the Northbridge College Court held at 2.15 pm on 18 December 2024 in the Large Boardroom, Northbridge College.', '', 'Present: Ada Finch (Chair), Bernard Oakes']);
    expect([minutes.venue, minutes.start]).toEqual(['the Large Boardroom, Northbridge College', '14:15']);
  });

  it('ends the place before "on the" and a date', () => {
    const { minutes } = parseLines(['Minutes of the Annual Parish Meeting', '', 'The Annual Parish Meeting was held at the Brindley Village Hall on the 15th May 2023. The meeting commenced at 7.00pm.', '', 'Present: Cllr A Hale (Chair), Cllr B Rowe']);
    expect(minutes.venue).toBe('the Brindley Village Hall');
  });
});
