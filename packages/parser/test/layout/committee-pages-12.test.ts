// Local authorities' committee pages (modern.gov, CMIS) saved or copied as text (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const titles = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.substituteFor]);

describe('a committee page\'s "No. | Item |" table flattened to pipe rows', () => {
  const lines = [
    'Venue: Council Chamber, Town Hall, Brookfield BF1 2AA. View directions',
    'Contact: Ann Lee Democratic Services Officer',
    'No. | Item |',
    '---|---|',
    'PROCEDURAL MATTERS |',
    '|',
    'Apologies for Absence Minutes: Apologies for absence were received from Councillors Tom Hale and Rita Moss. |',
    '|',
    'Declarations of Interest Members are reminded to declare any interests. Minutes: There were none. |',
    '|',
    'Questions from Members of the Public To receive any questions. Minutes: No questions had been received. |',
    '|',
    'Minutes of the Previous Meeting PDF 120 KB To confirm the minutes of the meeting held on 3 March 2021. Additional documents: Minutes: RESOLVED that the minutes be confirmed. |',
    '|',
    'Budget Monitoring The draft report is attached.',
    'Minutes: The Treasurer presented the report. |',
    '|',
    'Term of Office of Co-opted Members Oral item. Minutes: The terms were extended. |',
  ];

  it('reads each row\'s title, up to the agenda\'s note, the document\'s size or the record\'s label', () => {
    expect(titles(lines)).toEqual([
      [null, 'Apologies for Absence'],
      [null, 'Declarations of Interest'],
      [null, 'Questions from Members of the Public'],
      [null, 'Minutes of the Previous Meeting'],
      [null, 'Budget Monitoring'],
      [null, 'Term of Office of Co-opted Members'],
    ]);
  });

  it('reads the apologies the first row records', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Tom Hale', null],
      ['apologies', 'Rita Moss', null],
    ]);
  });

  it('keeps the record as the item\'s text', () => {
    expect(minutes(lines).items[4]!.paragraphs.map((p) => p.text).join(' ')).toContain('The Treasurer presented the report.');
  });
});

describe('a committee page\'s item table whose rows lost their pipes and the blank rows between them', () => {
  const lines = [
    'Venue: Via Teams',
    'No.\tItem',
    'Apologies To receive any apologies for absence. Minutes: Apologies were received from Councillor J. Dale.',
    'Declarations of Interest To receive any declarations. Minutes: None were reported.',
    'To consider the decisions of the last meeting. Minutes: The decisions were received.',
    'RESOLVED that the decisions be received as a true record.',
    'Litter Bin Policy To consider the report of the Corporate',
    'Director Environment. Additional documents:',
    'Minutes: Consideration was given to the report.',
  ];

  it('opens an item only at a line that starts with a title; a row whose title was lost goes on the item above', () => {
    expect(titles(lines)).toEqual([
      [null, 'Apologies'],
      [null, 'Declarations of Interest'],
      [null, 'Litter Bin Policy'],
    ]);
  });
});

describe('apologies listed a member to a line, "for whom Councillor X was substitute"', () => {
  it('reads the substitute as present in the absent member\'s place', () => {
    const lines = ['1.', '', 'APOLOGIES FOR ABSENCE', '', 'Minutes:', '', 'Apologies for absence were received from:', '', 'Councillor Ann Vale, for whom Councillor Ben Roe was substitute;', '', 'Councillor Cy Dunn, for whom Councillor Dan Kerr was substitute.', '', '2.', '', 'MINUTES', '', 'Minutes:', '', 'Agreed.'];
    expect(people(lines)).toEqual([
      ['apologies', 'Ann Vale', null],
      ['present', 'Ben Roe', 'Ann Vale'],
      ['apologies', 'Cy Dunn', null],
      ['present', 'Dan Kerr', 'Cy Dunn'],
    ]);
  });
});

describe('a committee system\'s meeting summary: date and clock, tabs, then the agenda', () => {
  const lines = [
    'Meeting Summary',
    'Brookfield Licensing Panel',
    '9 Mar 2022 - 18:30',
    '  • Documents',
    '  • Attendance',
    '  • Visitors',
    '',
    'Agenda',
    '1 Welcome and Announcements',
    'The Chair welcomed those present.',
    '2 Minutes of Previous Meeting',
    'The minutes were agreed as a true record.',
    '3 Licence Review',
    'The Panel considered the report.',
    '10 Hollow Lane',
    'The Panel agreed to grant the licence.',
  ];

  it('reads the clock that ends the date line as the start', () => {
    expect(minutes(lines)).toMatchObject({ date: '2022-03-09', start: '18:30' });
  });

  it('does not take the tabs for a list of those attending, nor the day of the date for the first item\'s number', () => {
    expect(titles(lines)).toEqual([
      ['1', 'Welcome and Announcements'],
      ['2', 'Minutes of Previous Meeting'],
      ['3', 'Licence Review'],
    ]);
    expect(minutes(lines).attendees).toEqual([]);
  });

  it('still reads a bulleted label over bulleted names as the list', () => {
    const listed = ['Minutes of the Brookfield Panel', '', '• Attendance', '• Cllr Ann Vale', '• Cllr Ben Roe', '', '1. Welcome', 'Text.', '2. Close', 'Text.'];
    expect(people(listed)).toEqual([
      ['present', 'Ann Vale', null],
      ['present', 'Ben Roe', null],
    ]);
  });
});

describe('a committee page saved with the site\'s navigation above its heading', () => {
  it('reads the body from the heading "Council - Monday 7 July 2025 6.00 pm" under the navigation', () => {
    const lines = ['Skip to content', 'Home', 'The council and democracy', 'Democracy portal', 'Agenda and minutes', '', 'Council - Monday 7 July 2025 6.00 pm', '', '  • Attendance details', '  • Agenda frontsheet PDF 120 KB', '', 'Venue: Main Hall, Civic Centre, Brookfield. View directions', '', 'Items', 'No. Item', '', '1.', '', 'Apologies for Absence', '', 'Minutes:', '', 'Apologies were received from Councillor Ann Vale.', '', '2.', '', 'Minutes', '', 'Minutes:', '', 'Agreed.'];
    expect(minutes(lines)).toMatchObject({ body: 'Council', date: '2025-07-07', start: '18:00', venue: 'Main Hall, Civic Centre, Brookfield' });
  });

  it('reads the body from the committee\'s line above the date line', () => {
    const lines = ['Agenda and minutes', '', 'Brookfield and Vale Fire and Rescue Authority - Finance and Resources', 'Friday, 6th May, 2016 10.00 am', '', 'Venue: Fire Headquarters, Brookfield', '', 'Items', 'No. Item', '', '1.', '', 'APOLOGIES', '', 'Minutes:', '', 'Apologies were received from Councillor Ann Vale.', '', '2.', '', 'MINUTES', '', 'Minutes:', '', 'Agreed.'];
    expect(minutes(lines)).toMatchObject({ body: 'Brookfield and Vale Fire and Rescue Authority - Finance and Resources', date: '2016-05-06', start: '10:00' });
  });
});

describe('a committee website\'s history of one issue ("Issue - meetings")', () => {
  const lines = [
    'Issue - meetings',
    '',
    'Minutes of the last meeting',
    '',
    'Meeting: 14/06/2023 - Brookfield Licensing Panel (Item 41)',
    '',
    '41 Minutes of the meeting held on 3 May 2023 pdf icon PDF 90 KB',
    '',
    'Minutes:',
    '',
    'RESOLVED that the minutes be approved as a correct record.',
    '',
    'Meeting: 24/05/2023 - Brookfield Licensing Panel (Item 5.)',
    '',
    '5. Minutes of the meeting held on 3 May 2023 pdf icon PDF 90 KB',
  ];

  it('reads the item each meeting took the issue as, with its number there', () => {
    expect(titles(lines)).toEqual([
      ['41', 'Minutes of the meeting held on 3 May 2023'],
      ['5', 'Minutes of the meeting held on 3 May 2023'],
    ]);
  });

  it('reads the body and date of the first meeting line', () => {
    expect(minutes(lines)).toMatchObject({ body: 'Brookfield Licensing Panel', date: '2023-06-14' });
  });
});

describe('a committee page\'s record with no list of those present', () => {
  const lines = [
    'Brookfield Scrutiny Panel - Tuesday, 4 May 2021 10.30 am',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'APOLOGIES FOR ABSENCE',
    '',
    'Minutes:',
    '',
    'Apologies were received from Councillor Ann Vale.',
    '',
    'Councillor Ben Roe joined the meeting at 11.15am.',
    '',
    '2.',
    '',
    'MINUTES',
    '',
    'Minutes:',
    '',
    'The minutes were agreed. Councillor Cy Dunn would be late attending the meeting.',
    '',
    '3.',
    '',
    'DECLARATIONS OF INTEREST',
    '',
    'Minutes:',
    '',
    'Councillor Dan Kerr declared a personal interest in item 5 as a member of the Brookfield Trust.',
  ];

  it('reads those said to have joined the meeting, to be late or to declare an interest as present', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Ann Vale', null],
      ['present', 'Ben Roe', null],
      ['present', 'Cy Dunn', null],
      ['present', 'Dan Kerr', null],
    ]);
  });

  it('adds no one where a list names those present', () => {
    const listed = ['Minutes of the Brookfield Panel', '', 'Present: Councillor Ann Vale, Councillor Ben Roe', '', '1. Apologies', '', 'Councillor Roe joined the meeting at 11.15am.', '', '2. Minutes', '', 'Agreed.'];
    expect(people(listed)).toEqual([
      ['present', 'Ann Vale', null],
      ['present', 'Ben Roe', null],
    ]);
  });
});

describe('an older committee page whose items have neither numbers nor "Minutes:" labels', () => {
  const lines = [
    'Agenda and minutes',
    '',
    'Venue: Council Chamber - Civic Suite',
    '',
    'Contact: Ann Lee 0208 000000',
    '',
    '',
    'No. Item',
    '',
    '',
    'Declaration of Interests pdf icon PDF 205 KB',
    '',
    '',
    'Councillor Ben Roe declared a personal interest in Item 3.',
    '',
    '',
    'Minutes pdf icon PDF 25 KB',
    '',
    '',
    'RESOLVED that the minutes of the meeting held on 2 October 2019 be confirmed.',
    '',
    '',
    'Petitions pdf icon PDF 128 KB',
    '',
    '',
    'Councillor Cy Dunn presented a petition from residents.',
  ];

  it('reads an item titled "Minutes" where its document\'s link follows the title, and not the contact line', () => {
    expect(titles(lines)).toEqual([
      [null, 'Declaration of Interests'],
      [null, 'Minutes'],
      [null, 'Petitions'],
    ]);
  });
});

describe('a committee page whose items start far into the year\'s running count', () => {
  it('takes the first number under the "No. Item" caption as the first item, though no second follows', () => {
    const lines = ['Agenda and minutes', '', 'Brookfield Planning Committee - Wednesday, 10th February, 2021 7.30 pm', '', 'Venue: Council Chamber, Town Hall', '', 'Items', 'No. Item', '', '87.', '', 'WELCOME', '', 'Members are asked to note the protocol.', '', 'Decision:', '', 'The Chair welcomed everyone.'];
    expect(titles(lines)).toEqual([['87', 'WELCOME']]);
    expect(minutes(lines)).toMatchObject({ body: 'Brookfield Planning Committee', date: '2021-02-10', start: '19:30', venue: 'Council Chamber, Town Hall' });
  });
});

describe('a committee website\'s page for one item of a meeting ("Agenda item")', () => {
  it('reads the title under the caption as the page\'s item, and the apologies of each sentence of its record', () => {
    const lines = ['Agenda item', '', 'Apologies', '', 'Minutes:', '', 'Apologies for absence were received from Councillors Ann Vale and Ben Roe.  Apologies for absence were also received from Councillor Cy Dunn, who was unwell.'];
    expect(titles(lines)).toEqual([[null, 'Apologies']]);
    expect(people(lines)).toEqual([
      ['apologies', 'Ann Vale', null],
      ['apologies', 'Ben Roe', null],
      ['apologies', 'Cy Dunn', null],
    ]);
  });

  it('reads the item where its record has no label', () => {
    const lines = ['Agenda item', '', 'Strategy development - update (Oral report)', '', '', 'The item was introduced by the Head of Service.', '', '', 'RESOLVED that the report be noted.'];
    expect(titles(lines)).toEqual([[null, 'Strategy development - update (Oral report)']]);
  });
});

describe('a committee page\'s record that names who presented an item, with no list of those present', () => {
  it('reads the presenter, with their post, as in attendance', () => {
    const lines = ['Agenda item', '', 'Annual Report', '', 'Minutes:', '', 'Jo Finch, Brookshire Police and Crime Commissioner presented the report to the Panel.', '', 'RESOLVED that the report be noted.'];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role])).toEqual([['in-attendance', 'Jo Finch', 'Brookshire Police and Crime Commissioner']]);
  });

  it('reads the presenter named after "was introduced by", up to the clause about them', () => {
    const lines = ['Agenda item', '', 'Strategy update (Oral report)', '', '', 'The item was introduced by Ray Moss, Head of Commissioning, who gave an update on progress.', '', 'RESOLVED that the update be noted.'];
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role])).toEqual([['in-attendance', 'Ray Moss', 'Head of Commissioning']]);
  });
});
