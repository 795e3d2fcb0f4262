// Rosters of session 17. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.name, a.initials, [a.role, a.organisation].filter(Boolean).join(' | '), a.attendance]);
const header = ['Minutes of the Upper Wey Catchment Partnership', 'Held at the Mill House, Farnley', 'Tuesday 3rd March 2015', ''];
const items = ['', '1. Welcome', 'The Chair welcomed everyone.', '', '2. River walk', 'The walk was noted.'];

describe('a two-column table of names and bodies flattened with one space between the cells', () => {
  it('is read under its caption row ("Present Representing"), each name the first two words', () => {
    const read = people([
      ...header,
      'Present Representing',
      'Tessa Lowe (TL) Catchment Officer, River Trust',
      'Karen Ashdown Farnley Borough Council',
      'Omar Reid Wey Angling Association',
      'Ruth Pike Mill Lane Residents',
      'Hugh Dent Wessex Water',
      'Lena Voss Rivers Officer, Farnley Borough Council',
      ...items,
    ]);
    expect(read).toEqual([
      ['Tessa Lowe', 'TL', 'Catchment Officer | River Trust', 'present'],
      ['Karen Ashdown', null, 'Farnley Borough Council', 'present'],
      ['Omar Reid', null, 'Wey Angling Association', 'present'],
      ['Ruth Pike', null, 'Mill Lane Residents', 'present'],
      ['Hugh Dent', null, 'Wessex Water', 'present'],
      ['Lena Voss', null, 'Rivers Officer | Farnley Borough Council', 'present'],
    ]);
  });

  it('is read so under "Present:" too, when bodies by their words end two lines or more', () => {
    const read = people([...header, 'Present:', 'Karen Ashdown Farnley Borough Council', 'Omar Reid Wey Angling Association', 'Hugh Dent Wessex Water', ...items]);
    expect(read.map((p) => [p[0], p[2]])).toEqual([
      ['Karen Ashdown', 'Farnley Borough Council'],
      ['Omar Reid', 'Wey Angling Association'],
      ['Hugh Dent', 'Wessex Water'],
    ]);
  });

  it('keeps a name of three words whole before a comma', () => {
    const read = people([...header, 'Present:', 'Karen Ashdown Farnley Borough Council', 'Omar Reid Wey Angling Association', 'Mary Anne Lowe, Borough Council', ...items]);
    expect(read.map((p) => [p[0], p[2]])).toContainEqual(['Mary Anne Lowe', 'Borough Council']);
  });

  it('leaves names of three words whole where no line ends in a body', () => {
    const read = people([...header, 'Present:', 'Mary Anne Lowe', 'Karen Ashdown', 'Jon Paul Reid', ...items]);
    expect(read.map((p) => p[0])).toEqual(['Mary Anne Lowe', 'Karen Ashdown', 'Jon Paul Reid']);
  });
});

describe('an apologies sentence that names each person with the body they are from', () => {
  it('reads "Name of Body" as the person and their organisation', () => {
    const read = people([
      ...header,
      'Present: Karen Ashdown (KA), Omar Reid (OR)',
      '',
      'Apologies were received from Jo Clark of the University of Farnley, Ian Moss of Wey Rangers and Sue Hart of Farnley Borough Council.',
      ...items,
    ]);
    expect(read.filter((p) => p[3] === 'apologies').map((p) => [p[0], p[2]])).toEqual([
      ['Jo Clark', 'University of Farnley'],
      ['Ian Moss', 'Wey Rangers'],
      ['Sue Hart', 'Farnley Borough Council'],
    ]);
  });
});

describe('a bulleted list of people under the title, its heading lost', () => {
  it('is the list of those present when every bullet is a name, a comma and who they are', () => {
    const read = people([
      'Tenants Panel Meeting Minutes 4 February 2025.',
      '- Julie Hart, Engagement Facilitator',
      '- D. Moss, tenant',
      '- J. Wild, tenant',
      '- M. Flint, tenant',
      'Julie opened the meeting and welcomed everybody.',
      ...items,
    ]);
    expect(read.map((p) => [p[0], p[3]])).toEqual([
      ['Julie Hart', 'present'],
      ['D. Moss', 'present'],
      ['J. Wild', 'present'],
      ['M. Flint', 'present'],
    ]);
    expect(read[0]![2]).toBe('Engagement Facilitator');
  });

  it('is no list when a bullet is not a person', () => {
    const read = people(['Tenants Panel Meeting Minutes 4 February 2025.', '- Julie Hart, Engagement Facilitator', '- Repairs, a survey', '- J. Wild, tenant', 'Julie opened the meeting.', ...items]);
    expect(read).toEqual([]);
  });
});

describe('a post of several words, linked by "of" or "and", before the name', () => {
  it('is the role of the person after it, whose initials may follow in brackets', () => {
    const read = people([
      ...header,
      'Present:',
      'Head of Finance Jo Lee (JL)',
      'Police and Crime Commissioner Rob Hale',
      'Director of Public Health Ann Voss (AV)',
      ...items,
    ]);
    expect(read).toEqual([
      ['Jo Lee', 'JL', 'Head of Finance', 'present'],
      ['Rob Hale', null, 'Police and Crime Commissioner', 'present'],
      ['Ann Voss', 'AV', 'Director of Public Health', 'present'],
    ]);
  });

  it('leaves initials in brackets that are not the name\'s', () => {
    const read = people([...header, 'Present:', 'Head of Finance Jo Lee (AB)', 'Kay Pinder (KP)', ...items]);
    expect(read.map((p) => p[0])).not.toContain('Jo Lee');
  });
});

describe('a service rank written with a full stop in a list run on with commas', () => {
  it('stays the honorific of the name after it, no sentence ending', () => {
    const read = parseLines([...header, 'Present: Capt. Pete Selwood (Chair), Lt. Col. Ann Reed, Sgt. Jo Hale, Rob Tull', ...items]).minutes;
    expect(read.attendees.map((a) => [a.honorific, a.name])).toEqual([
      ['Capt', 'Pete Selwood'],
      ['Lt Col', 'Ann Reed'],
      ['Sgt', 'Jo Hale'],
      [null, 'Rob Tull'],
    ]);
    expect(read.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });
});
