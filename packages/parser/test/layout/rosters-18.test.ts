// Rosters of session 18. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.name, a.role, a.organisation, a.attendance]);
const fields = [
  'Date                        8 January 2008',
  'Subject                     Riverside Skills Board',
  'Location                    The Council Room, One Park Walk',
  'Time                        8:00am – 10:00am',
  '',
];
const items = ['', '1.    Welcome', '      The Chair welcomed members.', '', '2.    Minutes', '      The minutes were agreed.'];

describe('a table of label, name and post columns, the label only on its first row', () => {
  it('reads a person a row, not one run-on list under a hanging indent', () => {
    const read = people([
      ...fields,
      'Present                     Harriet Moss – Vice Chair',
      '                            Paul Curtis',
      '',
      'In attendance               Mario Abbott                Director, Board Secretariat',
      '                            Beth Simms                  Policy Manager, Board Secretariat',
      '                            Rebecca Rhodes              Skills Policy Manager, GLA',
      ...items,
    ]).filter((p) => p[3] === 'in-attendance');
    expect(read).toEqual([
      ['Mario Abbott', 'Director', 'Board Secretariat', 'in-attendance'],
      ['Beth Simms', 'Policy Manager', 'Board Secretariat', 'in-attendance'],
      ['Rebecca Rhodes', 'Skills Policy Manager', 'GLA', 'in-attendance'],
    ]);
  });

  it('still folds a comma list that hangs under its first line', () => {
    const read = people([
      ...fields,
      'IN ATTENDANCE:              Ann Hale (Clerk), Ben Rowe (Planning Officer), Cath Dunn (Finance),',
      '                            Dev Patel (Legal Adviser)',
      ...items,
    ]);
    expect(read.map((p) => p[0])).toEqual(['Ann Hale', 'Ben Rowe', 'Cath Dunn', 'Dev Patel']);
  });
});

describe('a post written before its area with no "of", then a body', () => {
  const header = ['Minutes of the Riverside Growth Board', 'Tuesday 3rd March 2015', ''];
  const body = ['', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Growth plan', 'The plan was noted.'];

  it('is the role, the body the organisation', () => {
    const read = people([...header, 'Present:', 'Dom Carey – Director Economic Growth & Localities, ECC', 'Ann Reid – Assistant Auditor-General, Local Government', ...body]);
    expect(read.map((p) => [p[0], p[1], p[2]])).toEqual([
      ['Dom Carey', 'Director Economic Growth & Localities', 'ECC'],
      ['Ann Reid', 'Assistant Auditor-General', 'Local Government'],
    ]);
  });

  it('is split so in a table row whose post wrapped onto the next line', () => {
    const read = people([
      ...fields,
      'Present                     Harriet Moss – Vice Chair',
      '',
      'In attendance               Mario Abbott                Director Major Projects and',
      '                                                        Service Delivery, GLA',
      '                            Beth Simms                  Policy Manager, GLA',
      ...items,
    ]).filter((p) => p[3] === 'in-attendance');
    expect(read).toEqual([
      ['Mario Abbott', 'Director Major Projects and Service Delivery', 'GLA', 'in-attendance'],
      ['Beth Simms', 'Policy Manager', 'GLA', 'in-attendance'],
    ]);
  });

  it('leaves a post over two areas whole when the second names no body', () => {
    const read = people([...header, 'Present:', 'Sara Lang – Manager Development, Building and Compliance', ...body]);
    expect(read.map((p) => [p[0], [p[1], p[2]].filter(Boolean).join(' | ')])).toEqual([['Sara Lang', 'Manager Development, Building and Compliance']]);
  });
});

describe('"Attendees and apologies" over two blocks of people', () => {
  const header = ['Riverside Refugee Core Group minutes: March 2022', '', 'Minutes from the meeting of the group on 8 March 2022.', ''];
  const body = ['', 'Items and actions', '', 'Welcome and apologies', '', 'Ann welcomed everyone to the meeting and noted the apologies.'];

  it('reads the first block as those present, the second as apologies', () => {
    const read = people([
      ...header,
      'Attendees and apologies',
      '',
      '  • Ann Reid, Riverside University (Chair)',
      '  • Tom Bell, Refugee Council',
      '  • Sam Poe, City Council (minutes)',
      '',
      '',
      '  • Kay Lund, Red Cross',
      '  • Ian Hale, Police',
      ...body,
    ]);
    expect(read.map((p) => [p[0], p[3]])).toEqual([
      ['Ann Reid', 'present'],
      ['Tom Bell', 'present'],
      ['Sam Poe', 'secretariat'],
      ['Kay Lund', 'apologies'],
      ['Ian Hale', 'apologies'],
    ]);
  });

  it('leaves one block, or a caption over a block, as those present', () => {
    const one = people([...header, 'Attendees and apologies', '', '  • Ann Reid, Riverside University (Chair)', '  • Tom Bell, Refugee Council', ...body]);
    expect(one.map((p) => p[3])).toEqual(['present', 'present']);
  });
});
