// Health and care boards' minutes: health and wellbeing boards, NHS trust and health agency boards, local medical
// committees, health partnerships (session 25). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a medical committee dates its meeting over a range of clocks', () => {
  // A Word table saved as text: the list labels lost, each row "Name (XX) / Post", the items "1. /" with no titles.
  const lines = [
    'Eastmoor Local Medical Committee – Public Meeting Minutes',
    '',
    'Tuesday 12th March 2019, 6.30-8.45pm',
    '',
    'The Postgraduate Centre, Eastmoor General Hospital',
    '',
    '',
    'Dr Ann Hale (AH) / Chair',
    'Dr Bo Lim (BL) / Treasurer',
    '',
    '',
    'Dr Cy Moss (CM) / LMC Member',
    'Item / Discussion / Action',
    '1. /',
    'Apologies were noted as above.',
    '2. /',
    'The minutes were agreed.',
  ];

  it('reads the date, start and end from "Tuesday 12th March 2019, 6.30-8.45pm" under the title', () => {
    const m = minutes(lines);
    expect([m.date, m.start, m.end]).toEqual(['2019-03-12', '18:30', '20:45']);
  });

  it('takes the date line for no topic of the meeting', () => {
    expect(minutes(lines).items.map((i) => i.title)).not.toContain('Tuesday 12th March 2019, 6.30-8.45pm');
  });
});

describe('a national health board lost the label of its members list', () => {
  const lines = [
    'Board meeting minutes 14 March 2022',
    '',
    'A meeting of the Board of the Regional Health Authority was held on Monday 14 March 2022 at 10:00am via video conference.',
    '',
    '',
    'Ms Orla Brennan (Chairperson), Mr Ciaran Voss, Dr Ruth Kealy, Prof Liam Ashe and Ms Maeve Dunphy Apologies: Mr Tadhg Ronan, Dr Sile Markey.',
    '',
    'In Attendance for Board Meeting:',
    '',
    'Mr Donal Fenn (CEO), Ms Aine Quirke (Corporate Secretary).',
    '',
    '1. Governance and Administration',
  ];

  it('reads those after the run-on "Apologies:" as the apologies, those before it as present', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ms', 'Orla Brennan'],
      ['present', 'Mr', 'Ciaran Voss'],
      ['present', 'Dr', 'Ruth Kealy'],
      ['present', 'Prof', 'Liam Ashe'],
      ['present', 'Ms', 'Maeve Dunphy'],
      ['apologies', 'Mr', 'Tadhg Ronan'],
      ['apologies', 'Dr', 'Sile Markey'],
      ['in-attendance', 'Mr', 'Donal Fenn'],
      ['in-attendance', 'Ms', 'Aine Quirke'],
    ]);
  });
});

describe('a health and wellbeing board records who stood in for absent members in sentences', () => {
  const page = (record: string[]) => [
    'Agenda and minutes',
    '',
    'Health and Wellbeing Board - Wednesday, 9th June, 2021 2.00 pm',
    '',
    'Venue: Council Chamber, County Hall',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'Apologies',
    '',
    'To receive any apologies for absence.',
    '',
    'Minutes:',
    '',
    ...record,
    '',
    '2.',
    '',
    'Declarations of Interest',
    '',
    'Minutes:',
    '',
    'There were none.',
  ];

  it('reads "Bo Hale attended in her absence." after the one apology as her stand-in, present', () => {
    const m = minutes(page(['Apologies for absence were received from Ann Lees.  Bo Hale attended in her absence.']));
    expect(m.attendees.map((a) => [a.attendance, a.name, a.substituteFor])).toEqual([
      ['apologies', 'Ann Lees', null],
      ['present', 'Bo Hale', 'Ann Lees'],
    ]);
  });

  it('reads "X was attending as Y’s substitute" for each stand-in, with the post after a name', () => {
    const m = minutes(
      page([
        'Apologies for absence were received from Cy Moss and Di Fay.',
        '',
        'The Board was advised that Supt Ed Roe was attending as Cy Moss’s substitute and Flo Kay, Director of Adult Care, was attending this meeting as Di Fay’s substitute.',
      ]),
    );
    expect(m.attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.substituteFor])).toEqual([
      ['apologies', null, 'Cy Moss', null, null],
      ['apologies', null, 'Di Fay', null, null],
      ['present', 'Supt', 'Ed Roe', null, 'Cy Moss'],
      ['present', null, 'Flo Kay', 'Director of Adult Care', 'Di Fay'],
    ]);
  });

  it('leaves "in their absence" alone where the paragraph gives apologies for two members', () => {
    const m = minutes(page(['Apologies for absence were received from Ann Lees and Cy Moss.  Bo Hale attended in their absence.']));
    expect(m.attendees.map((a) => a.name)).toEqual(['Ann Lees', 'Cy Moss']);
  });
});

describe('a medical committee keeps its actions in a Word table saved as text', () => {
  const lines = [
    'Eastmoor Local Medical Committee – Public Meeting Minutes',
    '',
    'Present: Dr Ann Hale (AH) Chair, Dr Bo Lim (BL) Treasurer, Mrs Cy Moss Lay Secretary',
    '',
    'Item / Discussion / Action',
    '1. Matters arising',
    'The group could not agree how to share the minutes with practices.',
    'Action: Table a list of options at the next meeting. / CM',
    'Action: Compare the costs of plan A / B',
  ];

  it('reads the initials in the last cell after " / " as the owners, and leaves them out of the text', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toContainEqual(['Table a list of options at the next meeting.', ['CM']]);
  });

  it('leaves a slash inside the task ("plan A / B") in its text', () => {
    expect(minutes(lines).actions.map((a) => a.text)).toContain('Compare the costs of plan A / B');
  });
});

describe('a hospital friends committee numbers its items with no stop after the number', () => {
  const lines = [
    'Minutes of the Meeting of the Executive Committee',
    '',
    'Monday 5th March 2018',
    '',
    '1 Apologies for Absence :  Ann Lees, Bo Hale.',
    '2 Present : Cy Moss, Chairperson.  Di Fay, Treasurer.  Ed Roe.',
    '3 Chairperson’s opening remarks :  Cy welcomed everyone.',
    '4 The Minutes of the meeting held on 15th January 2018 were APPROVED.',
    '5 Matters arising : None.',
    '6 Hospital :  The ward may ask for a new hoist.',
    '7 Finance :  Di presented the accounts.',
  ];

  it('reads on past a numbered sentence ("4 The Minutes ... were APPROVED.") to the items after it', () => {
    expect(items(lines).map(([n]) => n)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(items(lines).slice(4)).toEqual([
      ['5', 'Matters arising'],
      ['6', 'Hospital'],
      ['7', 'Finance'],
    ]);
  });
});
