// Village minutes as a newsletter reprints them (session 6): the editor's caption above the minutes' own
// heading, headings wrapped onto a second line, and lists nested in an item. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const who = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.honorific, a.name, a.attendance]);
const head = (lines: string[]) => {
  const m = parseLines(lines).minutes;
  return [m.title, m.body];
};

describe('titles of reprinted village minutes', () => {
  it('takes the minutes\' own heading, not the editor\'s caption above it', () => {
    expect(
      head([
        'Minutes of the March meeting of Amblecote Parish Council',
        '',
        'Minutes of the meeting of Brindley Parish Council held on 9th March 2010 in the Village Hall at 7.30 p.m.',
        '',
        'Present: P. Hale - Chairman, C. Rowe, D. Pike.',
      ]),
    ).toEqual(['Minutes of the meeting of Brindley Parish Council held on 9th March 2010 in the Village Hall at 7.30 p.m.', 'Brindley Parish Council']);
  });

  it('keeps a dated first title even when another "Minutes of" line follows', () => {
    expect(
      head(['Minutes of Brindley Parish Council meeting held on 4th March 2004', '', 'Minutes of the meeting of Brindley Parish Council', '', 'Present: C. Rowe, D. Pike.'])[0],
    ).toBe('Minutes of Brindley Parish Council meeting held on 4th March 2004');
  });

  it('keeps the title when the next line repeats it and runs on into a header table', () => {
    expect(head(['Minutes of the Brindley Board Meeting', '', 'Minutes of the Brindley Board Meeting MEETING: Brindley Board Date of 2nd March 2016 Meeting:', '', 'Present: C. Rowe, D. Pike.'])[0]).toBe(
      'Minutes of the Brindley Board Meeting',
    );
  });

  it('names the body before a last word "Minutes"', () => {
    expect(head(['Brindley Parish Council Minutes', '', 'Present: C. Rowe, D. Pike.', '', '1. Minutes: agreed.'])[1]).toBe('Brindley Parish Council');
  });

  it('joins a heading wrapped after "HELD" and one whose "held on ..." starts the next line', () => {
    expect(
      head(['Minutes of the May meeting of Brindley PC', '', 'MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD', '', 'AT THE VILLAGE HALL TUESDAY MAY 4TH 2010', '', 'Present: Mrs R Hale, Mr D Pike.']),
    ).toEqual(['MINUTES OF BRINDLEY PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL TUESDAY MAY 4TH 2010', 'BRINDLEY PARISH COUNCIL']);
    expect(head(['Minutes of the meeting of Brindley Parish Council', '', 'held on 9th March 2010 in the Village Hall at 7.30 p.m.', '', 'Present: C. Rowe, D. Pike.'])[0]).toBe(
      'Minutes of the meeting of Brindley Parish Council held on 9th March 2010 in the Village Hall at 7.30 p.m.',
    );
  });
});

const headings = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);
const council = ['MINUTES OF BRINDLEY PARISH COUNCIL MEETING', '', 'HELD AT THE SCHOOL', '', 'WEDNESDAY 6TH MARCH 2019', '', 'Present: Cllr A Hale, Cllr B Rowe', ''];

describe('items of reprinted village minutes', () => {
  it('reads the letters numbered inside "Correspondence" on past its own number as the list they are', () => {
    const letters = Array.from({ length: 4 }, (_, k) => [`${k + 1}\\. Letter number ${k + 1} from the county`, '']).flat();
    expect(
      headings([...council, '1\\. Apologies for Absence:', '', 'None', '', '2\\. Correspondence', '', ...letters, '3\\. Planning', '', 'Nothing received.', '', '4\\. Village Green', '', 'The mowing is booked.']),
    ).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Correspondence'],
      ['3', 'Planning'],
      ['4', 'Village Green'],
    ]);
  });

  it('keeps a list running "1." to "3." then item 3 when no later line is item 3', () => {
    const letters = ['1\\. Letter from the county', '', '2\\. Letter from the school', ''];
    expect(headings([...council, '1\\. Apologies', '', 'None', '', '2\\. Correspondence', '', ...letters, '3\\. Planning', '', 'Nothing received.'])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Correspondence'],
      ['3', 'Planning'],
    ]);
  });

  it('reads a label straight under a numbered heading as the start of its text, not an item', () => {
    expect(headings([...council, '1\\. Apologies', '', 'None', '', '2\\. Planning', '', 'Planning Decision:', '', 'Ref. No: 19/0001/F', '', 'Permission granted'])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Planning'],
    ]);
  });

  it('reads "OPEN FORUM" between numbered items as an item without a number', () => {
    expect(headings([...council, '1\\. Apologies', '', 'None', '', 'OPEN FORUM', '', '\\* The dog bin is broken.', '', '2\\. Planning', '', 'None received.'])).toEqual([
      ['1', 'Apologies'],
      [null, 'OPEN FORUM'],
      ['2', 'Planning'],
    ]);
  });

  it('keeps a numbered sentence opening with "Neither" whole', () => {
    expect(headings([...council, '1\\. Apologies', '', 'None', '', '2\\. Neither The Chairman nor Clerk had any reports to make.', '', '3\\. Planning', '', 'None.'])[1]).toEqual([
      '2',
      'Neither The Chairman nor Clerk had any reports to make',
    ]);
  });
});

describe('unnumbered sections of reprinted village minutes', () => {
  const opening = ['Minutes of the May meeting of Brindley Parish Council', '', 'Those Attending: Cllr A Hale (Chairman), Cllr B Rowe, Mrs C Dunn (Clerk)', ''];

  it('reads the names after "Apologies: Apologies were received from"', () => {
    const who = parseLines([...opening, 'Apologies: Apologies were received from Cllr Mrs M Pike', '', 'Great Lane:', '', 'The Chairman spoke.', '', 'Planning:', '', 'None received.'])
      .minutes.attendees.filter((a) => a.attendance === 'apologies')
      .map((a) => [a.honorific, a.name]);
    expect(who).toEqual([['Cllr Mrs', 'M Pike']]);
    const written = parseLines([...opening, 'Apologies: Were received from Borough Councillor T Lane and Mr M Pike', '', 'Planning:', '', 'None received.'])
      .minutes.attendees.filter((a) => a.attendance === 'apologies')
      .map((a) => [a.honorific, a.name]);
    expect(written).toEqual([
      ['Borough Councillor', 'T Lane'],
      ['Mr', 'M Pike'],
    ]);
  });

  it('keeps a heading over its first topic as two topics', () => {
    expect(
      headings([...opening, 'Great Lane:', '', 'The Chairman gave a resume of the problems.', '', 'Village Plan', '', 'Plan publication', '', 'The plan was published in March.', '', 'Delivery', '', 'The delivery plan was agreed.']),
    ).toEqual([
      [null, 'Great Lane'],
      [null, 'Village Plan'],
      [null, 'Plan publication'],
      [null, 'Delivery'],
    ]);
  });

  it('reads the short lines of a list under a heading as its text, not as topics', () => {
    expect(
      headings([
        ...opening,
        'Great Lane:',
        '',
        'The Chairman gave a resume of the problems.',
        '',
        'Planning:',
        '',
        'Approved by the Borough',
        '',
        'Extension to dwelling at 4 Mill Road',
        '',
        'Approved by Parish',
        '',
        'New access at Land West of Rose House, Lynn Road, with conditions attached',
        '',
        'Accounts for Approval',
        '',
        'CGM Ltd - £501.29 - Grounds Maintenance',
      ]),
    ).toEqual([
      [null, 'Great Lane'],
      [null, 'Planning'],
      [null, 'Accounts for Approval'],
    ]);
  });
});

describe('a village hall committee and a council reprinted in a newsletter', () => {
  it('reads "Committee Present:" one to a line, and one apology run in after "Apologies" without a colon', () => {
    const { minutes } = parseLines([
      'MINUTES OF PUBLIC MEETING HELD AT BRINDLEY VILLAGE HALL',
      '',
      'HELD ON 13th JANUARY 2011 AT 6.30PM',
      '',
      'Committee Present: Mrs. G Hale (Treasurer)',
      '',
      'Miss B Hale (Secretary)',
      '',
      'Mr. K Rowe',
      '',
      'Apologies Mrs. M Pike (Chairman)',
      '',
      'Plus 40 members of public',
      '',
      'Mrs. Hale opened the meeting.',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.role, a.attendance])).toEqual([
      ['Mrs', 'G Hale', 'Treasurer', 'present'],
      ['Miss', 'B Hale', 'Secretary', 'present'],
      ['Mr', 'K Rowe', null, 'present'],
      ['Mrs', 'M Pike', 'Chairman', 'apologies'],
    ]);
    expect(minutes.body).not.toBe('PUBLIC');
  });

  it('titles "1. Apologies for Absence Cllr A, Cllr B" by its label, and "Correspondence • ..." by its first word', () => {
    expect(
      headings([
        ...council,
        '1\\. Apologies for Absence Cllr Mick Hale, Cllr Ann Rowe, Cllr Lydia Pike, Cllr John Dunn Borough Councillor Colin Lee',
        '',
        '2\\. No Declarations of Interest made',
        '',
        '3\\. Correspondence • Design Awards 2015 • Highways Partnership Scheme • Local Councillor magazine',
      ]),
    ).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'No Declarations of Interest made'],
      ['3', 'Correspondence'],
    ]);
  });
});

describe('a council that prints its agenda above the minutes, with a header table', () => {
  const { minutes } = parseLines([
    '**Brindley Parish Council.** Councillors are summoned to a meeting on 3rd May 2013 at 7pm in the Church.',
    '',
    '1. Apologies',
    '2. Minutes',
    '3. Matters Arising',
    '',
    '<table><tbody><tr><td><b>Date held:</b></td><td>3rd May 2013</td><td><b>Venue:</b></td><td>All Saints, Brindley</td></tr><tr><td><b>Present:&nbsp;</b></td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr><tr><td>Dave Hale (DHA)</td><td>Clerk</td><td><b>Apologies:</b></td><td>Peter Lee (PLE)</td></tr><tr><td>Frank Rowe (FRO)</td><td>Councillor/Chairman</td><td>&nbsp;</td><td>Tom Dunn (TDU)</td></tr><tr><td>Mark Pike (MPI)</td><td>Councillor</td><td><b>Chair:</b></td><td>Frank Rowe</td></tr><tr><td>Anne Reed (ARE)</td><td>Councillor</td><td><b>Distribution:</b></td><td>BCC</td></tr></tbody></table>',
    '',
    '| **1.** | **Apologies** |   |   |',
    '|   | PLE and TDU sent apologies. |   |   |',
    '| **2.** | **Minutes of the Meeting** |   |   |',
    '|   | The minutes were agreed and signed by FRO. | DHA | 3/5/13 |',
  ]);

  it('reads the people of the table, and the fields beside them as the apologies and the chair', () => {
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance, a.chair])).toEqual([
      ['Dave Hale', 'DHA', 'present', false],
      ['Frank Rowe', 'FRO', 'present', true],
      ['Mark Pike', 'MPI', 'present', false],
      ['Anne Reed', 'ARE', 'present', false],
      ['Peter Lee', 'PLE', 'apologies', false],
      ['Tom Dunn', 'TDU', 'apologies', false],
    ]);
  });

  it('takes the items of the minutes, not the agenda above them', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes of the Meeting'],
    ]);
  });
});

describe('typing slips of reprinted village minutes', () => {
  it('reads "M/s. Dunn", and two initialled names the list forgot to part', () => {
    expect(who(['Minutes of the meeting of Brindley Parish Council held on 12th January 2010', '', 'Present: P. Hale - Chairman, D. Pike P. Dunn, M/s. Lee.', '', '1\\. Minutes: agreed.'])).toEqual([
      [null, 'P. Hale', 'present'],
      [null, 'D. Pike', 'present'],
      [null, 'P. Dunn', 'present'],
      ['M/s', 'Lee', 'present'],
    ]);
  });

  it('leaves out the clause after a name in a list of apologies', () => {
    const apologies = parseLines(['Minutes of the meeting of Brindley Parish Council held on 8th March 2011', '', 'Present: P. Hale, C. Rowe', '', 'Apologies: Mrs. Lee and M/s Dunn who sent a letter tendering her resignation.', '', '1\\. Minutes: agreed.'])
      .minutes.attendees.filter((a) => a.attendance === 'apologies')
      .map((a) => [a.honorific, a.name]);
    expect(apologies).toEqual([
      ['Mrs', 'Lee'],
      ['M/s', 'Dunn'],
    ]);
  });

  it('reads "3.Planning" and "4,Payments" typed against their numbers', () => {
    expect(headings([...council, '1\\. Minutes: agreed.', '', '2 Matters Arising: none.', '', '3.Planning Application: approve.', '', '4,Payments: agreed.'])).toEqual([
      ['1', 'Minutes'],
      ['2', 'Matters Arising'],
      ['3', 'Planning Application'],
      ['4', 'Payments'],
    ]);
  });

  it('keeps the place name that ends a title with its full stop', () => {
    expect(headings([...council, '1\\. Apologies', '', 'None', '', '2\\. Lack of burial space at Whittington Churchyard.', '', 'The P.C.C. has written.'])[1]).toEqual(['2', 'Lack of burial space at Whittington Churchyard.']);
  });
});
