// Agenda item headings as minutes number and lay them out (issue 3).
// Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { items, parse } from './support.js';

const HEADER = [
  'Minutes of the Larchford Allotment Society committee meeting held on 2 May 2023',
  '',
  'Present: Ada Finch (Chair), Bernard Oakes, Priya Venn, Tom Reedbank',
  '',
];

/** The items of a small minutes text whose body is `lines`. */
function itemsOf(...lines: string[]) {
  return items(parse(...HEADER, ...lines).minutes);
}

const THREE = [
  { number: '1', title: 'Apologies for absence' },
  { number: '2', title: 'Minutes of the last meeting' },
  { number: '3', title: 'Water supply' },
];

describe('item numbers', () => {
  it('reads "1."', () => {
    expect(
      itemsOf('1. Apologies for absence', 'None.', '', '2. Minutes of the last meeting', 'Agreed.', '', '3. Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads "1)"', () => {
    expect(
      itemsOf('1) Apologies for absence', 'None.', '', '2) Minutes of the last meeting', 'Agreed.', '', '3) Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads "Item 1"', () => {
    expect(
      itemsOf('Item 1 Apologies for absence', 'None.', '', 'Item 2 Minutes of the last meeting', 'Agreed.', '', 'Item 3 Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads "Item 1:" with a colon and "Item 2 -" with a dash', () => {
    expect(
      itemsOf('Item 1: Apologies for absence', 'None.', '', 'Item 2 - Minutes of the last meeting', 'Agreed.', '', 'Item 3: Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads numbered headings in bold and as markdown headings', () => {
    expect(
      itemsOf('**1. Apologies for absence**', 'None.', '', '## 2. Minutes of the last meeting', 'Agreed.', '', '**3. Water supply**', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads minute numbers with slashes ("23/05/1"), as written', () => {
    expect(
      itemsOf('23/05/1 Apologies for absence', 'None.', '', '23/05/2 Minutes of the last meeting', 'Agreed.', '', '23/05/3 Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual([
      { number: '23/05/1', title: 'Apologies for absence' },
      { number: '23/05/2', title: 'Minutes of the last meeting' },
      { number: '23/05/3', title: 'Water supply' },
    ]);
  });

  it('reads minute numbers that run on from earlier meetings ("45.", "46.")', () => {
    expect(
      itemsOf('45. Apologies for absence', 'None.', '', '46. Minutes of the last meeting', 'Agreed.', '', '47. Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual([
      { number: '45', title: 'Apologies for absence' },
      { number: '46', title: 'Minutes of the last meeting' },
      { number: '47', title: 'Water supply' },
    ]);
  });

  it('reads "count/year" minute numbers ("87/23", "88/23")', () => {
    expect(
      itemsOf('87/23 Apologies for absence', 'None.', '', '88/23 Minutes of the last meeting', 'Agreed.', '', '89/23 Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual([
      { number: '87/23', title: 'Apologies for absence' },
      { number: '88/23', title: 'Minutes of the last meeting' },
      { number: '89/23', title: 'Water supply' },
    ]);
  });

  it('keeps the minute number where the agenda number is written beside it', () => {
    expect(
      itemsOf(
        '23/05/1 Apologies for absence (agenda item 1)',
        'None.',
        '',
        '23/05/2 Water supply (agenda item 3)',
        'The standpipe on plot 12 leaks.',
      ),
    ).toEqual([
      { number: '23/05/1', title: 'Apologies for absence (agenda item 1)' },
      { number: '23/05/2', title: 'Water supply (agenda item 3)' },
    ]);
  });
});

describe('heading layouts', () => {
  it('reads a number and its title on separate lines', () => {
    expect(
      itemsOf('1.', 'Apologies for absence', 'None.', '', '2.', 'Minutes of the last meeting', 'Agreed.', '', '3.', 'Water supply', 'The standpipe on plot 12 leaks.'),
    ).toEqual(THREE);
  });

  it('reads run-in headings and keeps the text after the colon as the item text', () => {
    const { minutes } = parse(
      ...HEADER,
      '1. Apologies: none received.',
      '2. Declarations of interest: Tom Reedbank declared an interest in item 3.',
      '3. Water supply',
      'The standpipe on plot 12 leaks.',
    );
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Apologies' },
      { number: '2', title: 'Declarations of interest' },
      { number: '3', title: 'Water supply' },
    ]);
    expect(minutes.items[1]!.paragraphs.map((p) => p.text)).toEqual(['Tom Reedbank declared an interest in item 3.']);
  });

  it('keeps the run-in text of an apologies heading as the item text', () => {
    const { minutes } = parse(...HEADER, '1. Apologies: none received.', '2. Water supply', 'The standpipe on plot 12 leaks.');
    expect(minutes.items[0]!.paragraphs.map((p) => p.text)).toEqual(['none received.']);
  });

  it('reads markdown headings with no number as items numbered null', () => {
    const { minutes } = parse(
      '# Kestrel Project Steering Group meeting 2024-02-14',
      '',
      '## Attendees',
      '',
      '- Mira Castell',
      '- Owen Pryce',
      '',
      '## Release schedule',
      'The group agreed to ship monthly.',
      '',
      '## Security review',
      'Owen will look at the dependency audit.',
    );
    expect(items(minutes)).toEqual([
      { number: null, title: 'Release schedule' },
      { number: null, title: 'Security review' },
    ]);
  });

  it('reads an unnumbered section heading between numbered items', () => {
    expect(
      itemsOf('1. Apologies for absence', 'None.', '', 'Police Matters:', '', 'PCSO Hale reported two thefts from sheds.', '', '2. Minutes of the last meeting', 'Agreed.'),
    ).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: null, title: 'Police Matters' },
      { number: '2', title: 'Minutes of the last meeting' },
    ]);
  });
});

describe('minute references with a prefix letter', () => {
  it('reads "C048/23   1.   APOLOGIES" as the minute number, leaving out the agenda number beside it', () => {
    expect(
      itemsOf('C048/23      1.         APOLOGIES FOR ABSENCE', 'None.', '', 'C049/23      2.         PUBLIC QUESTIONS', 'None had been received.', '', 'C050/23      3.         PLANNING MATTERS', 'There were none.'),
    ).toEqual([
      { number: 'C048/23', title: 'APOLOGIES FOR ABSENCE' },
      { number: 'C049/23', title: 'PUBLIC QUESTIONS' },
      { number: 'C050/23', title: 'PLANNING MATTERS' },
    ]);
  });
});

describe('committee website pages', () => {
  it('reads a running count alone above its title ("1916."), and leaves out the "Minutes:" label of each item', () => {
    expect(
      itemsOf('1916.', '', 'Apologies and Declarations of Interest', '', 'Minutes:', '', 'None.', '', '1917.', '', 'Public Participation', '', 'Minutes:', '', 'No one spoke.'),
    ).toEqual([
      { number: '1916', title: 'Apologies and Declarations of Interest' },
      { number: '1917', title: 'Public Participation' },
    ]);
  });
});

describe('markdown topics', () => {
  it('takes a heading whose bullets are notes, not topics, for the topic', () => {
    const { minutes } = parse('# Minutes of the steering committee, 12 October 2021', '', 'Present:', '', '* Ana Ruiz (Chair)', '* Ben Ode', '', '## Scope of the committee', '', '* Discussed the workflow.', '* Decision: the committee sets the scope.', '', '## Release dates', '', '* The release moves to May.');
    expect(items(minutes)).toEqual([
      { number: null, title: 'Scope of the committee' },
      { number: null, title: 'Release dates' },
    ]);
  });
});

describe('committee pages numbered by count and year', () => {
  it('reads "39/20" alone above its title as the item number, not as a page number, and keeps an apologies item\'s prose in the item', () => {
    const { minutes } = parse(
      'Larchford Police and Crime Panel - Tuesday, 15 September 2020 10.30 am',
      '',
      '39/20',
      '',
      'APOLOGIES FOR ABSENCE',
      '',
      'The Chairman to report apologies for absence.',
      '',
      'Minutes:',
      '',
      'Apologies were received from Councillors Bob Milner and John Fury.',
      '',
      'Councillor Amin substituted for Councillor Milner.',
      '',
      '40/20',
      '',
      'DECLARATIONS OF INTEREST',
      '',
      'There were none.',
    );
    expect(items(minutes)).toEqual([
      { number: '39/20', title: 'APOLOGIES FOR ABSENCE' },
      { number: '40/20', title: 'DECLARATIONS OF INTEREST' },
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.substituteFor])).toEqual([
      ['Bob Milner', 'apologies', null],
      ['John Fury', 'apologies', null],
      ['Amin', 'present', 'Bob Milner'],
    ]);
    expect(minutes.items[0]!.paragraphs.map((p) => p.text)).toContain('The Chairman to report apologies for absence.');
  });
});

describe('year-first minute numbers', () => {
  it('reads "Min 23/012 APOLOGIES" as the minute number, the running count last', () => {
    expect(itemsOf('Min 23/012 APOLOGIES FOR ABSENCE', 'None.', '', 'Min 23/013 MINUTES', 'Approved.', '', 'Min 23/014 PLANNING', 'No objection.')).toEqual([
      { number: '23/012', title: 'APOLOGIES FOR ABSENCE' },
      { number: '23/013', title: 'MINUTES' },
      { number: '23/014', title: 'PLANNING' },
    ]);
  });
});

describe('headings that say "Item"', () => {
  it('reads "Item 5: Title" as an item even when the minutes start at 5', () => {
    expect(itemsOf('Item 5: Anti-social behaviour', 'Incidents fell.', '', 'Item 6: Any other business', 'None.')).toEqual([
      { number: '5', title: 'Anti-social behaviour' },
      { number: '6', title: 'Any other business' },
    ]);
  });
});

describe('run-in minute headings', () => {
  it('ends the title before a one-word sentence that closes the line ("... Agenda None.")', () => {
    const { minutes } = parse(...HEADER, 'Item 23/05/1 Apologies for Absence None.', '', 'Item 23/05/2 Declarations of Interest on Items on the Agenda None.', '', 'Item 23/05/3 Water supply The standpipe had leaked.');
    expect(minutes.items.map((i) => [i.number, i.title, i.paragraphs.map((p) => p.text)])).toEqual([
      ['23/05/1', 'Apologies for Absence', ['None.']],
      ['23/05/2', 'Declarations of Interest on Items on the Agenda', ['None.']],
      ['23/05/3', 'Water supply', ['The standpipe had leaked.']],
    ]);
  });
});

describe('minutes written as numbered sentences', () => {
  it('reads each numbered sentence as an item when no line reads as a heading, ending the roster there', () => {
    const { minutes } = parse(
      'Minutes of the Annual Parish Meeting held at 7.30pm in the Memorial Hall on 20th May 2021',
      '',
      'Present: Cllrs Oakley, Finch and Venn.',
      '1. Mrs Tamsin Hale gave a talk on the history of the green. Members thanked her.',
      '2. Apologies for absence were received from Cllr Moor.',
      '3. Declarations of interest … There were none.',
    );
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Oakley', 'present'],
      ['Finch', 'present'],
      ['Venn', 'present'],
      ['Moor', 'apologies'],
    ]);
    expect(minutes.items.map((i) => [i.number, i.title, i.paragraphs.map((p) => p.text)])).toEqual([
      ['1', 'Mrs Tamsin Hale gave a talk on the history of the green', ['Mrs Tamsin Hale gave a talk on the history of the green. Members thanked her.']],
      ['2', 'Apologies for absence were received from Cllr Moor', ['Apologies for absence were received from Cllr Moor.']],
      ['3', 'Declarations of interest', ['There were none.']],
    ]);
  });
});

describe('numbering that is not in order', () => {
  it('keeps a repeated number as its own item', () => {
    expect(
      itemsOf('1. Apologies for absence', 'None.', '', '2. Minutes of the last meeting', 'Agreed.', '', '3. Water supply', 'The standpipe leaks.', '', '3. Rents', 'Rents stay at £40.', '', '4. Any other business', 'None.'),
    ).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Minutes of the last meeting' },
      { number: '3', title: 'Water supply' },
      { number: '3', title: 'Rents' },
      { number: '4', title: 'Any other business' },
    ]);
  });

  it('keeps items whose numbers are out of order, in document order', () => {
    expect(
      itemsOf('1. Apologies for absence', 'None.', '', '2. Minutes of the last meeting', 'Agreed.', '', '3. Water supply', 'The standpipe leaks.', '', '5. Rents', 'Rents stay at £40.', '', '4. Any other business', 'None.'),
    ).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Minutes of the last meeting' },
      { number: '3', title: 'Water supply' },
      { number: '5', title: 'Rents' },
      { number: '4', title: 'Any other business' },
    ]);
  });

  it('does not take a list of short numbered points inside an item, after a blank line, for items', () => {
    expect(
      itemsOf('1. Apologies for absence', 'None.', '', '2. Minutes of the last meeting', 'Agreed.', '', '3. Water supply', 'The committee agreed to:', '', '1. Mend the tap', '', '2. Buy a new hose', '', '3. Fix the gate', '', '4. Any other business', 'None.'),
    ).toEqual([...THREE, { number: '4', title: 'Any other business' }]);
  });

  it('does not take a numbered list inside an item for items', () => {
    const { minutes } = parse(
      ...HEADER,
      '1. Apologies for absence',
      'None.',
      '',
      '2. Water supply',
      'The committee resolved:',
      '1. That the standpipe on plot 12 is replaced.',
      '2. That members are asked to report leaks to the secretary.',
      '',
      '3. Any other business',
      'None.',
    );
    expect(items(minutes)).toEqual([
      { number: '1', title: 'Apologies for absence' },
      { number: '2', title: 'Water supply' },
      { number: '3', title: 'Any other business' },
    ]);
  });
});
