// Patient and public involvement bodies' minutes: GP practices' patient participation groups, Healthwatch boards,
// health forums, carers' groups, local dental and pharmaceutical committees (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a health board committee whose whole-numbered headings the converter lost', () => {
  const lines = [
    'Fernlea Area Optical Committee',
    '',
    '12 May 2014 – 7.00 pm',
    '',
    'Present: Mr Alan Toft, Chair',
    '',
    'Apologies for absence were received from Ann Bell and Carl Dee.',
    '',
    'The Minutes were Approved.',
    '',
    '3.1 Changes to the Optical List',
    '',
    'There had been circulated a list of changes.',
    '',
    '3.2Process for Raising Concerns',
    '',
    'Mr A Toft advised that the process would be aligned.',
    '',
    '3.3 Annual General Meeting',
    '',
    'The AGM will be held in June.',
  ];

  it('reads the sub-numbered headings as the items, numbered as written', () => {
    expect(items(lines)).toEqual([
      ['3.1', 'Changes to the Optical List'],
      ['3.2', 'Process for Raising Concerns'],
      ['3.3', 'Annual General Meeting'],
    ]);
  });

  it('still reports no jump in the numbering between them', () => {
    expect(parseLines(lines).diagnostics.filter((d) => d.code === 'LSMP3001')).toEqual([]);
  });

  it('still reads numbered paragraphs under a whole-numbered heading as its text', () => {
    const numbered = ['Minutes of the Fernlea Forum', '', '12 May 2014', '', 'Present: Ann Bell, Carl Dee', '', '1. Apologies', '', 'None.', '', '2. Reports', '', '2.1 Treasurer', '', 'The balance is £10.', '', '2.2 Secretary', '', 'Two letters came.'];
    expect(items(numbered)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Reports'],
    ]);
  });

  it('leaves numbered sentences ("3.1 The Committee noted ...") unread as items', () => {
    const sentences = ['Fernlea Area Optical Committee', '', '12 May 2014', '', 'Present: Ann Bell, Carl Dee', '', '3.1 The Committee noted the report.', '', '3.2 The Committee agreed the budget.'];
    expect(items(sentences)).toEqual([]);
  });
});

describe('a local dental committee that types a space before each label\'s colon', () => {
  const lines = [
    'Westmoor Local Dental Committee',
    '',
    'Minutes of meeting held 4.3.09. at the Mill Hotel, Westmoor.',
    '',
    'Apologies : Ed Fox, Jo Lane.',
    '',
    'Minutes of previous meeting : Approved.',
    '',
    'Matters arising : Nil.',
    '',
    'Treasurer : The balance is £9,000.',
  ];

  it('reads "Apologies : ..." as the list of apologies', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['apologies', 'Ed Fox'],
      ['apologies', 'Jo Lane'],
    ]);
  });

  it('reads "Heading : text" paragraphs as the items', () => {
    expect(items(lines)).toEqual([
      [null, 'Minutes of previous meeting'],
      [null, 'Matters arising'],
      [null, 'Treasurer'],
    ]);
  });
});

describe('a patient group that lists its patient members by their initials alone', () => {
  const lines = [
    'Patient Participation Group Meeting Minutes',
    '',
    'Meeting Date: 22nd February 2023 - 6:30pm',
    '',
    'Location: Hillside Surgery',
    '',
    'Attendees: Dr Ann Dong (AD), JL, MC, RM, PS',
    '',
    'Welcome and Introductions',
    '',
    'AD welcomed everyone.',
  ];

  it('reads each initials-only part as a member, not as the organisation of the person before', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Ann Dong', 'AD', null],
      ['JL', 'JL', null],
      ['MC', 'MC', null],
      ['RM', 'RM', null],
      ['PS', 'PS', null],
    ]);
  });

  it('still reads one acronym after a named person as that person\'s organisation', () => {
    const one = ['Minutes of the Hillside Forum', '', '22nd February 2023', '', 'Present: Ann Dong (AD), GLA, Tom Hale (TH), LDA', '', '1. Welcome', '', 'AD welcomed everyone.'];
    expect(minutes(one).attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Ann Dong', 'GLA'],
      ['Tom Hale', 'LDA'],
    ]);
  });
});
