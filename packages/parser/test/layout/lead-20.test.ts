// The lead's general rules of session 20. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.organisation, a.chair]);
const withList = (list: string[]) => ['Harbour Safety Committee', 'Minutes', 'March 4, 2031', '', ...list, '', '1. Call to order', 'The meeting opened at 6 pm.'];

describe('a roster written surname first ("Bartley, Pam")', () => {
  it('reads each line as the person, given name first, with a bracket kept for the description', () => {
    expect(people(withList(['Members Present:', 'Abel, Pam', 'Brook, Mike (Red Cross)', 'Cole, Sandra (Chair)', 'Dunn, Cpl Peter']))).toEqual([
      ['present', null, 'Pam Abel', null, false],
      ['present', null, 'Mike Brook', 'Red Cross', false],
      ['present', null, 'Sandra Cole', null, true],
      ['present', 'Cpl', 'Peter Dunn', null, false],
    ]);
  });

  it('reads initials after the surname ("Pike, J. R.")', () => {
    expect(people(withList(['Present:', 'Pike, J. R.', 'Lowe, Ann', 'Marsh, Tom'])).map(([, , name]) => name)).toEqual(['J. R. Pike', 'Ann Lowe', 'Tom Marsh']);
  });

  it('leaves posts and bodies before or after the comma ("Director, District F", "Hale, Treasurer")', () => {
    const read = people(withList(['Present:', 'Director, District F', 'Director, District J', 'Hale, Treasurer', 'Abel, Pam', 'Brook, Mike']));
    expect(read.map(([, , name]) => name)).not.toContain('District F Director');
    expect(read.map(([, , name]) => name)).not.toContain('Treasurer Hale');
  });

  it('leaves a list whose people are written given name first ("Ann Hale, Oxfam")', () => {
    const read = people(withList(['Present:', 'Ann Hale, Oxfam', 'Lowe, Acme', 'Marsh, Shelter', 'Pike, Crisis']));
    expect(read.map(([, , name]) => name)).not.toContain('Acme Lowe');
  });

  it('leaves two lines alone, which may be a surname and a one-word body by chance', () => {
    const read = people(withList(['Present:', 'Lowe, Acme', 'Marsh, Shelter']));
    expect(read.map(([, , name]) => name)).not.toContain('Acme Lowe');
  });
});

describe('service ranks before a name', () => {
  it('reads "Lieutenant", "Major", "Cpl" and "ENS" as honorifics', () => {
    const read = people(withList(['Present:', 'Lieutenant J. Pike', 'Major Ann Lowe', 'Cpl Tom Marsh', 'ENS Kit Dale']));
    expect(read.map(([, honorific, name]) => [honorific, name])).toEqual([
      ['Lieutenant', 'J. Pike'],
      ['Major', 'Ann Lowe'],
      ['Cpl', 'Tom Marsh'],
      ['ENS', 'Kit Dale'],
    ]);
  });
});

describe('a line read twice', () => {
  it('is reported once ("Covey, Donna" in a list of surnames first parted by semicolons)', () => {
    const { diagnostics } = parseLines(withList(['Members Present: Covey, Donna; Brook, Mike; Cole, Sandra']));
    const unrecognised = diagnostics.filter((d) => d.code === 'LSMP2001').map((d) => `${d.position?.start.line} ${d.actual}`);
    expect(unrecognised.length).toBeGreaterThan(0);
    expect(new Set(unrecognised).size).toBe(unrecognised.length);
  });
});

describe('the numbering check of Roman items', () => {
  const romanItems = ['Board of Directors Meeting', 'Minutes', 'March 4, 2031', 'Present: Ann Lee (Chair), Bob Hale, Cy Moss', ''];
  for (const [k, title] of ['Call to Order', 'Pledge of Allegiance', 'Public Comment', 'Minutes', 'Reports', 'Adjournment'].entries()) romanItems.push(`${['I', 'II', 'III', 'IV', 'V', 'VI'][k]}. ${title}`, 'Text of the item.', '');

  it('reads "I" then "II" and "IV" then "V" as one count, with no jump reported', () => {
    const { minutes: read, diagnostics } = parseLines(romanItems);
    expect(read.items.map((item) => item.number)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    expect(diagnostics.filter((d) => d.code === 'LSMP3001')).toEqual([]);
  });
});

describe('a list label in an opening item after a sentence', () => {
  it('reads the list written whole on the line below the label ("The clerk called the roll." / "Members Present:" / "Ann Lee, Bob Hale, Cy Moss")', () => {
    const read = people(['Board Meeting', 'March 26, 2031', '', '1. Call to Order', 'Opened at 5:35 p.m.', '', '2. Roll Call', 'The clerk called the roll.', 'Members Present:', 'Ann Lee, Bob Hale, Cy Moss', '', '3. Public Participation', 'None.']);
    expect(read.map(([attendance, , name]) => [attendance, name])).toEqual([
      ['present', 'Ann Lee'],
      ['present', 'Bob Hale'],
      ['present', 'Cy Moss'],
    ]);
  });

  it('reads it in an opening item of another title ("2. Welcome")', () => {
    const read = people(['Board Meeting', 'March 26, 2031', '', '1. Call to Order', 'Opened at 5:35 p.m.', '', '2. Welcome', 'The chair welcomed all.', 'Members Present:', 'Ann Lee, Bob Hale, Cy Moss', '', '3. Public Participation', 'None.']);
    expect(read.map(([, , name]) => name)).toEqual(['Ann Lee', 'Bob Hale', 'Cy Moss']);
  });
});
