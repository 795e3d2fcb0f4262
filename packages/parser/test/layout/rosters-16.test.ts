// Rosters of session 16. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.name, a.initials, [a.role, a.organisation].filter(Boolean).join(' | '), a.attendance]);
const header = ['RIVERSIDE NEIGHBOURHOOD BOARD MEETING', '', 'TUESDAY 3RD MARCH 2015 AT 6.30 PM', '', 'MINUTES', ''];
const items = ['', '1. Welcome', 'The Chair welcomed everyone.', '', '2. Crime figures', 'The figures were noted.'];

describe('a flattened table of initials, names and posts under a label in capitals', () => {
  it('is read person by person after the label and its column caption, commas inside the posts', () => {
    const read = people([
      ...header,
      'BOARD MEMBERS ATTENDING REPRESENTING KA Karen Ashdown Safer Streets TB Tomas Birch Advisor, Eastfield RD Rhona Dale Youth Forum PE Paul Ennis Community',
      ...items,
    ]);
    expect(read).toEqual([
      ['Karen Ashdown', 'KA', 'Safer Streets', 'present'],
      ['Tomas Birch', 'TB', 'Advisor | Eastfield', 'present'],
      ['Rhona Dale', 'RD', 'Youth Forum', 'present'],
      ['Paul Ennis', 'PE', 'Community', 'present'],
    ]);
  });

  it('finds names the initials abbreviate: a middle initial, a double surname', () => {
    const read = people([...header, 'MEMBERS ATTENDING REPRESENTING KA Karen Ashdown Chair WKP Wanda Kerr-Pike Vice Chair JE Jon T Ennis Youth Forum RD Rhona Dale Community', ...items]);
    expect(read.map((p) => [p[0], p[1]])).toEqual([
      ['Karen Ashdown', 'KA'],
      ['Wanda Kerr-Pike', 'WKP'],
      ['Jon T Ennis', 'JE'],
      ['Rhona Dale', 'RD'],
    ]);
  });

  it('leaves a list whose commas part the people to its commas', () => {
    const read = people([...header, 'Present: KA Karen Ashdown, TB Tomas Birch, RD Rhona Dale', ...items]);
    expect(read.map((p) => [p[0], p[1]])).toEqual([
      ['Karen Ashdown', 'KA'],
      ['Tomas Birch', 'TB'],
      ['Rhona Dale', 'RD'],
    ]);
  });
});

describe('a surname after two particles ("van der", "de la")', () => {
  it('is a name, on a list with commas and a line to a person', () => {
    expect(people([...header, 'Present: Piet van der Molen (UNHCR), Ana de la Rosa, Jan de Boer', ...items]).map((p) => [p[0], p[2]])).toEqual([
      ['Piet van der Molen', 'UNHCR'],
      ['Ana de la Rosa', ''],
      ['Jan de Boer', ''],
    ]);
    expect(people([...header, 'Present:', 'Piet van der Molen, Inquiries Unit', 'Ana de la Rosa', ...items]).map((p) => p[0])).toEqual(['Piet van der Molen', 'Ana de la Rosa']);
  });

  it('is no name where the two small words are no particles', () => {
    expect(people([...header, 'Present: Ann Lee, Sam and the Poe, Tom Holt', ...items]).map((p) => p[0])).not.toContain('Sam and the Poe');
  });
});

describe('an "Also present were" sentence beside the lists', () => {
  it('names those in attendance', () => {
    expect(people([...header, 'Present: Ann Lee (Chair), Tom Holt, Sam Poe', '', 'Also present were Jo Finch (Clerk) and Pat Reed (Police).', ...items])).toEqual([
      ['Ann Lee', null, '', 'present'],
      ['Tom Holt', null, '', 'present'],
      ['Sam Poe', null, '', 'present'],
      ['Jo Finch', null, 'Clerk', 'in-attendance'],
      ['Pat Reed', null, 'Police', 'in-attendance'],
    ]);
  });
});

describe('a body, a dash, then the person', () => {
  it('gives the person the body, and the post in the bracket after the name', () => {
    expect(people([...header, 'Present:', 'Home Office – Jo Finch (Deputy Director)', 'Riverside Council - Al Reed', 'Ann Lee – Refugee Council', ...items])).toEqual([
      ['Jo Finch', null, 'Deputy Director | Home Office', 'present'],
      ['Al Reed', null, 'Riverside Council', 'present'],
      ['Ann Lee', null, 'Refugee Council', 'present'],
    ]);
  });
});
