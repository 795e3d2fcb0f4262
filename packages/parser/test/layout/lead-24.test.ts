// The lead's general rules of session 24. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const attendees = (lines: string[]) =>
  parseLines(lines).minutes.attendees.map((a) => [a.name, a.initials, [a.role, a.organisation].filter(Boolean).join(', '), a.attendance]);

/** Each cell of a table row as a paragraph of its own, as a .docx's raw text or a PDF's text boxes give it. */
const cellParagraphs = (rows: string[][]) => rows.flatMap((row) => row.flatMap((cell) => [cell, '']));

describe('a roster table written a cell to a paragraph', () => {
  it('reads rows of initials, name and description', () => {
    const text = [
      'Minutes of the Riverside Housing Partnership meeting',
      '',
      '12 May 2031',
      '',
      'Present:',
      '',
      ...cellParagraphs([
        ['Chair', 'Nadia Brook', 'Deputy Leader, Riverside Council'],
        ['TF', 'Tomas Field', 'Harbour Trust'],
        ['GO', 'Gwen Orme', 'Riverside Police'],
      ]),
      'Apologies:',
      '',
      ...cellParagraphs([
        ['PK', 'Priya Kaur', 'Tenants Forum'],
        ['LW', 'Leon West', 'Health Trust'],
      ]),
      '1. Welcome',
      '',
      '1.1 The Chair welcomed members.',
    ];
    expect(attendees(text)).toEqual([
      ['Nadia Brook', null, 'Deputy Leader, Riverside Council', 'present'],
      ['Tomas Field', 'TF', 'Harbour Trust', 'present'],
      ['Gwen Orme', 'GO', 'Riverside Police', 'present'],
      ['Priya Kaur', 'PK', 'Tenants Forum', 'apologies'],
      ['Leon West', 'LW', 'Health Trust', 'apologies'],
    ]);
    expect(parseLines(text).minutes.attendees.map((a) => a.chair)).toEqual([true, false, false, false, false]);
  });

  it('reads rows of a name and its description under marked headings, and the chair alone under its own', () => {
    const text = [
      '# Minutes of the Riverside Housing Partnership, 12 May 2031',
      '',
      '### Chair',
      '',
      ...cellParagraphs([['Nadia Brook', 'Deputy Leader, Riverside Council']]),
      '### Members',
      '',
      ...cellParagraphs([
        ['Tomas Field', 'Harbour Trust'],
        ['Gwen Orme', 'Riverside Police'],
      ]),
      '### Apologies',
      '',
      ...cellParagraphs([
        ['Priya Kaur', 'Board Chair; Cabinet Member for Homes, Planning and Neighbourhood Services'],
        ['Leon West', 'Health Trust'],
      ]),
      '## 1. Welcome',
      '',
      '1.1 The Chair welcomed members.',
    ];
    expect(attendees(text)).toEqual([
      ['Nadia Brook', null, 'Deputy Leader, Riverside Council', 'present'],
      ['Tomas Field', null, 'Harbour Trust', 'present'],
      ['Gwen Orme', null, 'Riverside Police', 'present'],
      ['Priya Kaur', null, 'Board Chair; Cabinet Member for Homes, Planning and Neighbourhood Services', 'apologies'],
      ['Leon West', null, 'Health Trust', 'apologies'],
    ]);
  });

  it('still leaves a lone initials paragraph over a name as it stands', () => {
    const text = ['Minutes of the Riverside Housing Partnership meeting', '', 'Present:', '', 'Tomas Field', '', 'GO', '', 'Gwen Orme', '', '1. Welcome', '', '1.1 The Chair welcomed members.'];
    expect(attendees(text).map((a) => a[0])).toEqual(['Tomas Field', 'Gwen Orme']);
  });
});

describe("a web page's numbered headings written as list entries", () => {
  const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);
  // An editor's HTML export parts the numbered list around the paragraphs between its entries, and says where each part starts.
  const page = [
    '<p><strong>Minutes of the Riverside Housing Partnership</strong></p>',
    '<p>12 May 2031</p>',
    '<p>Present: Nadia Brook (Chair), Tomas Field, Gwen Orme</p>',
    '<ol>',
    '<li>Welcome and apologies</li>',
    '</ol>',
    '<p>1.1 The Chair welcomed members.</p>',
    '<ol start="2">',
    '<li>Minutes of the last meeting</li>',
    '</ol>',
    '<p>2.1 The minutes were agreed.</p>',
    '<ol start="3">',
    '<li>Housing needs survey</li>',
    '</ol>',
    '<p>3.1 Tomas Field presented the survey.</p>',
  ];

  it('numbers each entry from its list part\'s start', () => {
    expect(titles(page)).toEqual([
      ['1', 'Welcome and apologies'],
      ['2', 'Minutes of the last meeting'],
      ['3', 'Housing needs survey'],
    ]);
  });

  it('still leaves the entries of a bulleted list unnumbered', () => {
    const bullets = ['<p>Present: Nadia Brook (Chair), Tomas Field</p>', '<p><strong>1. Reports</strong></p>', '<ul>', '<li>Gwen Orme reported on repairs.</li>', '</ul>', '<p><strong>2. Close</strong></p>', '<p>The meeting closed.</p>'];
    expect(titles(bullets)).toEqual([
      ['1', 'Reports'],
      ['2', 'Close'],
    ]);
  });
});

describe('a whole web page written on one line', () => {
  // A converter of Word to HTML writes no line breaks: headings, paragraphs, lists and tables run on together.
  const page = [
    '<h1>Minutes of the Riverside Housing Partnership</h1><p>12 May 2031, Civic Centre</p><h2>Present</h2>' +
      '<table><tr><td><p>NB</p></td><td><p>Nadia Brook</p></td><td><p>Riverside Council (Chair)</p></td></tr>' +
      '<tr><td><p>TF</p></td><td><p>Tomas Field</p></td><td><p>Harbour Trust</p></td></tr>' +
      '<tr><td><p>GO</p></td><td><p>Gwen Orme</p></td><td><p>Riverside Police</p></td></tr></table>' +
      '<h2>1. Welcome</h2><p>1.1 NB welcomed members.</p><h2>2. Housing needs survey</h2><p>2.1 TF presented the survey.</p>' +
      '<ul><li>Waiting lists have grown.</li><li>Rents have risen.</li></ul>',
  ];

  it('reads its roster table, its headings and its paragraphs', () => {
    const { minutes } = parseLines(page);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Nadia Brook', 'NB', 'Riverside Council'],
      ['Tomas Field', 'TF', 'Harbour Trust'],
      ['Gwen Orme', 'GO', 'Riverside Police'],
    ]);
    expect(minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Housing needs survey'],
    ]);
    expect(minutes.items[1]!.paragraphs.map((p) => p.text)).toEqual(['TF presented the survey.', 'Waiting lists have grown.', 'Rents have risen.']);
  });
});

describe('initials that spell a word', () => {
  it('reads "NB" and "OK" as the initials cells of the names they abbreviate', () => {
    const text = ['Present:', 'NB\tNadia Brook\tRiverside Council', 'OK\tOwen Kemp\tHarbour Trust', 'GO\tGwen Orme\tRiverside Police', '', '1. Welcome', '', '1.1 NB welcomed members.'];
    expect(attendees(text).map((a) => a.slice(0, 3))).toEqual([
      ['Nadia Brook', 'NB', 'Riverside Council'],
      ['Owen Kemp', 'OK', 'Harbour Trust'],
      ['Gwen Orme', 'GO', 'Riverside Police'],
    ]);
  });
});

describe("a team whose name says 'next'", () => {
  it('reads no next meeting from the minutes\' own title', () => {
    const text = ['# Harbour Next 5 Years team Meeting 2031-04-02', '', '## Present', '', '* Ann Lee @annlee', '* Tom Hall @thall', '', '## Agenda', '', '* Roadmap review', ''];
    const { minutes } = parseLines(text);
    expect([minutes.title, minutes.date, minutes.nextMeeting]).toEqual(['Harbour Next 5 Years team Meeting 2031-04-02', '2031-04-02', null]);
  });

  it('still reads the next meeting a later line names so', () => {
    const text = ['# Harbour Next 5 Years team Meeting 2031-04-02', '', '## Present', '', '* Ann Lee @annlee', '', '## Agenda', '', '* Roadmap review', '', 'Next 5 Years team meeting: 2031-04-16', ''];
    expect(parseLines(text).minutes.nextMeeting?.date).toBe('2031-04-16');
  });
});

describe('lists each numbered from 1', () => {
  // A web page or a word processor restarts its numbered list under each heading: every item reads "1.".
  it('reads each "1." after a bulleted text as an item of its own', () => {
    const text = [
      'Riverside Refugee Forum',
      '',
      'Meeting of 12 May 2031',
      '',
      'Present: Nadia Brook (Council), Tomas Field (Harbour Trust)',
      '',
      '  1. Notes of the last meeting and matters arising',
      '  • Housing protocol – NB to report at the next meeting.',
      '  1. National forum update',
      '',
      'TF reported on the national forum.',
      '',
      '  • Funding has been secured for a further year.',
      '  1. Any other business',
      '  • None.',
    ];
    expect(parseLines(text).minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Notes of the last meeting and matters arising'],
      ['1', 'National forum update'],
      ['1', 'Any other business'],
    ]);
  });

  it('still reads a "2." straight under an item\'s text as a point of its list', () => {
    const text = ['Riverside Refugee Forum', '', 'Present: Nadia Brook (Council), Tomas Field (Harbour Trust)', '', '1. Reports', '', 'TF reported:', '1. Funding is secured.', '2. Rents have risen.', '', '2. Any other business', '', 'None.'];
    expect(parseLines(text).minutes.items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Reports'],
      ['2', 'Any other business'],
    ]);
  });
});
