// Minutes of clubs, unions, church councils and patient groups published as web pages or
// converted Word files. Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

describe('the roster under a numbered part of the first item', () => {
  const { minutes } = parseLines([
    '9th Rowan Union Exec Meeting – 02/05/19',
    '',
    '1. Business',
    '',
    '1.1 Attendees',
    '',
    'Ada Finch (AF)',
    '',
    'Bo Lind (BL)',
    '',
    '1.2 Apologies',
    '',
    'Cy Moss (CM)',
    '',
    'Eve Kerr (EK)',
    '',
    '2. Elections',
    '',
    'The dates were agreed.',
  ]);

  it('reads the lists the parts head', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance])).toEqual([
      ['Ada Finch', 'AF', 'present'],
      ['Bo Lind', 'BL', 'present'],
      ['Cy Moss', 'CM', 'apologies'],
      ['Eve Kerr', 'EK', 'apologies'],
    ]);
  });

  it('keeps the item the parts belong to', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Business'],
      ['2', 'Elections'],
    ]);
  });
});

describe('a list of given names with initials whose heading was lost', () => {
  it('reads the block under the title as those present, up to the wider gap', () => {
    const { minutes } = parseLines([
      'Notes of a meeting of the Alder Patient Group held on Monday 6th May 2019',
      '',
      'Hugo (HW) - Chairman',
      '',
      'Mrs Petra Quill (PQ) – Practice Manager',
      '',
      'Ines (IB),',
      '',
      'Olaf (OT),',
      '',
      '',
      'Rhea (RK), Sven (SM)',
      '',
      'Minutes of the last meeting:',
      '',
      'Accepted as a true record.',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.initials, a.role, a.attendance, a.chair])).toEqual([
      [null, 'Hugo', 'HW', null, 'present', true],
      ['Mrs', 'Petra Quill', 'PQ', 'Practice Manager', 'present', false],
      [null, 'Ines', 'IB', null, 'present', false],
      [null, 'Olaf', 'OT', null, 'present', false],
    ]);
  });

  it('reads a block without blank lines between its entries', () => {
    const { minutes } = parseLines([
      'Alder Patient Group',
      '',
      'Notes of a meeting held on Monday 6th May 2019',
      '',
      'Hugo (HW) - Chairman',
      'Ines (IB)',
      'Olaf (OT) – Surgery staff',
      '',
      '',
      '',
      'Rhea (RK)',
      '',
      'Minutes of the last meeting:',
      '',
      'Accepted as a true record.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance])).toEqual([
      ['Hugo', 'HW', 'present'],
      ['Ines', 'IB', 'present'],
      ['Olaf', 'OT', 'present'],
    ]);
  });

  it('takes no capitalised word with initials of other letters for a name', () => {
    const { minutes } = parseLines([
      'Notes of a meeting of the Alder Patient Group held on Monday 6th May 2019',
      '',
      'Finance (HW)',
      '',
      'Estates (PQ)',
      '',
      'Staffing (IB)',
      '',
      'Minutes of the last meeting:',
      '',
      'Accepted as a true record.',
    ]);
    expect(minutes.attendees).toEqual([]);
  });
});

describe('owners of a lost side column at the end of a paragraph', () => {
  const { minutes } = parseLines([
    'Minutes of Committee Meeting',
    'Date: Monday 3rd March 2014',
    'Present: Ada Finch (AF) – Chair Bo Lind (BL)',
    'Cy Moss (CM) Eve Kerr (EK)',
    '1 Open day',
    '1.1 Stalls will be set out from noon. Tables are in the hall store and',
    'the chairs in the shed. AF to book the van for the morning. AF',
    '1.2 Leaflets are printed, and CM to hand them out at the gate. CM/EK',
    '2 Accounts',
    '2.1 The balance was read out and approved by the members present. EK',
    'reported that the grant had arrived.',
  ]);

  it('reads the sentence that has them do something as their action', () => {
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['AF to book the van for the morning.', ['AF']],
      ['CM to hand them out at the gate.', ['CM', 'EK']],
    ]);
  });
});

describe('list labels run into the names after them', () => {
  const { minutes } = parseLines([
    'Minutes of the meeting held on 2nd June 2015',
    '',
    'PresentIvo Grant (President),Lena Ross (Sports Officer)',
    '',
    'ApologiesOwen Pike (Treasurer)',
    '',
    'In Attendance-Rita Vale (Coordinator and minute taker)Tom Lowe, Una Cole',
    '',
    '1. Approval of minutes',
  ]);

  it('reads each label as its list', () => {
    expect(minutes.attendees.map((a) => [a.name, a.role, a.attendance])).toEqual([
      ['Ivo Grant', 'President', 'present'],
      ['Lena Ross', 'Sports Officer', 'present'],
      ['Owen Pike', 'Treasurer', 'apologies'],
      ['Rita Vale', 'Coordinator and minute taker', 'in-attendance'],
      ['Tom Lowe', null, 'in-attendance'],
      ['Una Cole', null, 'in-attendance'],
    ]);
  });
});

describe('a semicolon after the list label, with a space before it', () => {
  it('reads the names after it', () => {
    const { minutes } = parseLines([
      'MINUTES OF THE EXECUTIVE MEETING HELD ON MONDAY 5th of MAY 2014.',
      '',
      'Present ; P. Lowe, T. Marsh (part) & E. Nye.',
      'Apologies ; G. Holt.',
      '',
      '1. MINUTES OF LAST MEETING.',
      'a) Approved.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['P. Lowe', 'present'],
      ['T. Marsh', 'present'],
      ['E. Nye', 'present'],
      ['G. Holt', 'apologies'],
    ]);
  });

  it('reads "Attending;" as "Attending:"', () => {
    const { minutes } = parseLines(['Draft minutes for the AGM 9th March 2014', 'Attending; Ann Bell, Carl Dunn and Eve Ford.', '', 'The rent was agreed.']);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ann Bell', 'Carl Dunn', 'Eve Ford']);
  });
});

describe('owners beside a list whose bullets were lost', () => {
  it('reads the line they stand beside, with its wrapped end, as the action', () => {
    const { minutes } = parseLines([
      '                                Minutes of Parents Committee',
      '                                 Tuesday 4th June 2013',
      '',
      'Present:       Nora Hale (NH), Omar Bell (OB), Pia Lund (PL)',
      '',
      '    1. Summer fair',
      '',
      '       Face painting and tombola booked',
      '       Bouncy castle – confirm the hire and the insurance for the day                  OB',
      '        with the school office',
      '       Cake stall – ask the classes for bakers                                         NH/PL',
      '',
      '    2. Any other business',
    ]);
    expect(minutes.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Bouncy castle – confirm the hire and the insurance for the day with the school office', ['OB']],
      ['Cake stall – ask the classes for bakers', ['NH', 'PL']],
    ]);
  });
});

describe('a record of a meeting held, without a title or a list of those present', () => {
  it('is read as minutes: its items and its apologies', () => {
    const { minutes } = parseLines([
      'The Vice Chairman, Rosa Quint, welcomed everyone to the meeting.',
      '1. Apologies: Ivan Dole, Una Marsh.',
      '2. The accounts were presented and approved.',
      '3. Any other business: none.',
    ]);
    expect(minutes.kind).toBe('minutes');
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ivan Dole', 'apologies'],
      ['Una Marsh', 'apologies'],
    ]);
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('leaves an agenda, which says what is to be done, as no minutes', () => {
    const { minutes } = parseLines(['1. To receive apologies for absence.', '2. To approve the accounts.', '3. Any other business.']);
    expect(minutes.kind).toBe('other');
  });
});

describe('initials in brackets set off from the name by spaces', () => {
  it('are the initials of the name before them', () => {
    const { minutes } = parseLines([
      'MEETING MINUTES',
      '',
      'Meeting Date:  3 March 2022',
      '',
      'Present:',
      '',
      'Ms Ada Finch        (AF)',
      '',
      'Mr Bo Lind',
      '',
      'Dr Cy Moss              (CM)',
      '',
      'Apologies:',
      '',
      'Eve Kerr',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.initials, a.organisation])).toEqual([
      ['Ms', 'Ada Finch', 'AF', null],
      ['Mr', 'Bo Lind', null, null],
      ['Dr', 'Cy Moss', 'CM', null],
      [null, 'Eve Kerr', null, null],
    ]);
  });
});
