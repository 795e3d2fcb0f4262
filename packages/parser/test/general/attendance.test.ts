// Attendance as minutes in the wild write it (issue 3, "Layouts it must read").
// Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { names, parse, people, person } from './support.js';

const TITLE = 'Minutes of the Meeting of Larchford Town Council held on 3 March 2021';
const FIRST_ITEM = ['', '1. Apologies for absence', 'None were received.', '', '2. Allotments', 'The waiting list was noted.'];

describe('attendance headings', () => {
  it('reads "Members" as those present', () => {
    const { minutes } = parse(TITLE, '', 'Members', 'Cllr Ada Finch (Chair)', 'Cllr Bernard Oakes', 'Cllr Priya Venn', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr' }),
    ]);
    expect(minutes.attendees.map((a) => a.list)).toEqual(['Members', 'Members', 'Members']);
  });

  it('reads "Also present" as in attendance and "Officers" as the secretariat', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, Cllr Priya Venn',
      '',
      'Also present:',
      'Dan Mercer, Larchford Chamber of Commerce',
      '',
      'Officers:',
      'Sam Wicket, Town Clerk',
      'Lucy Hart, Deputy Town Clerk',
      ...FIRST_ITEM,
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr' }),
      person('Dan Mercer', { organisation: 'Larchford Chamber of Commerce', attendance: 'in-attendance' }),
      person('Sam Wicket', { role: 'Town Clerk', attendance: 'secretariat' }),
      person('Lucy Hart', { role: 'Deputy Town Clerk', attendance: 'secretariat' }),
    ]);
  });

  it('reads "Councillors present" and "Councillors absent" (absent is read as apologies)', () => {
    const { minutes } = parse(
      'MINUTES OF OAKHURST PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL Tuesday 7th March 2023 at 7.30pm',
      '',
      'Councillors present: R Pike, T Quill, L Marsh',
      'Councillors absent: H Dunn, F Grey',
      '',
      'Item 1 Public Forum',
      'No members of the public attended.',
    );
    expect(people(minutes)).toEqual([
      person('R Pike'),
      person('T Quill'),
      person('L Marsh'),
      person('H Dunn', { attendance: 'apologies' }),
      person('F Grey', { attendance: 'apologies' }),
    ]);
    expect(minutes.attendees.map((a) => a.list)).toEqual([
      'Councillors present', 'Councillors present', 'Councillors present', 'Councillors absent', 'Councillors absent',
    ]);
  });

  it('reads a "Those attending" paragraph as those present', () => {
    const { minutes } = parse(
      'Minutes of Brindle Parish Council Meeting held in the Village Institute',
      '',
      'At 7.00pm on Monday 4 September 2023',
      '',
      '1. Those Attending: Cllr G Rowe (Chairman), Cllr Mrs P Lane, Cllr K Hext, Mrs J Tarrant (Clerk), 4 members of the public.',
      '',
      '2. Apologies for absence: Cllr D Vell.',
    );
    expect(people(minutes)).toEqual([
      person('G Rowe', { honorific: 'Cllr', chair: true }),
      person('P Lane', { honorific: 'Cllr Mrs' }),
      person('K Hext', { honorific: 'Cllr' }),
      person('J Tarrant', { honorific: 'Mrs', role: 'Clerk' }),
      person('D Vell', { honorific: 'Cllr', attendance: 'apologies' }),
    ]);
  });

  it('reads "Attendees" as those present', () => {
    const { minutes } = parse(
      '# Kestrel Project Steering Group meeting 2024-02-14',
      '',
      '## Attendees',
      '',
      '- Mira Castell',
      '- Owen Pryce',
      '- Tess Varga',
      '',
      '## Agenda',
      '',
      '### Release schedule',
      'The group agreed to ship on the first Monday of each month.',
    );
    expect(people(minutes)).toEqual([person('Mira Castell'), person('Owen Pryce'), person('Tess Varga')]);
  });

  it('reads headings written in bold or as markdown headings', () => {
    const { minutes } = parse(
      TITLE,
      '',
      '**Members present:**',
      'Cllr Ada Finch (Chair)',
      'Cllr Bernard Oakes',
      '',
      '### Apologies',
      'Cllr Priya Venn',
      ...FIRST_ITEM,
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr', attendance: 'apologies' }),
    ]);
  });

  it('reads a line of names with no heading between the title and the text', () => {
    const { minutes } = parse(
      '# March 9, 2022 Meeting Notes',
      '',
      '-----',
      '',
      'Ingrid Solberg (IS), Paul Amadi (PA), Yusuf Demir (YD), Carla Brandt (CB), Hector Lund (HL)',
      '',
      '-----',
      '',
      '## Module loading',
      '',
      'IS: The proposal is ready for review.',
      'PA: Agreed.',
    );
    expect(people(minutes)).toEqual([
      person('Ingrid Solberg', { initials: 'IS' }),
      person('Paul Amadi', { initials: 'PA' }),
      person('Yusuf Demir', { initials: 'YD' }),
      person('Carla Brandt', { initials: 'CB' }),
      person('Hector Lund', { initials: 'HL' }),
    ]);
  });
});

describe('run-on paragraphs of names', () => {
  it('reads a comma-separated paragraph wrapped over two lines', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr A Finch (Chair), Cllr B Oakes, Cllr C Venn, Cllr D Holt,',
      'Cllr E Marsh, Cllr F Quill, Cllr G Rowe',
      ...FIRST_ITEM,
    );
    expect(names(minutes)).toEqual(['A Finch', 'B Oakes', 'C Venn', 'D Holt', 'E Marsh', 'F Quill', 'G Rowe']);
    expect(minutes.attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['A Finch']);
  });

  it('splits at "and" before the last name of a paragraph wrapped over two lines', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr A Finch (Chair), Cllr B Oakes, Cllr C Venn, Cllr D Holt,',
      'Cllr E Marsh, Cllr F Quill and Cllr G Rowe',
      ...FIRST_ITEM,
    );
    expect(names(minutes)).toEqual(['A Finch', 'B Oakes', 'C Venn', 'D Holt', 'E Marsh', 'F Quill', 'G Rowe']);
  });

  it('leaves "and 4 members of the public" out of the last person', () => {
    const { minutes } = parse(
      'Minutes of Brindle Parish Council Meeting held in the Village Institute on 4 September 2023',
      '',
      'Present: Cllr G Rowe (Chairman), Cllr K Hext, Mrs J Tarrant (Clerk) and 4 members of the public.',
      '',
      '1. Apologies for absence',
      'None.',
    );
    expect(people(minutes)).toEqual([
      person('G Rowe', { honorific: 'Cllr', chair: true }),
      person('K Hext', { honorific: 'Cllr' }),
      person('J Tarrant', { honorific: 'Mrs', role: 'Clerk' }),
    ]);
  });

  it('splits people at semicolons and keeps the comma between a name and its role', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Ada Finch, Treasurer; Bernard Oakes, Secretary; Priya Venn; Dan Mercer',
      ...FIRST_ITEM,
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { role: 'Treasurer' }),
      person('Bernard Oakes', { role: 'Secretary' }),
      person('Priya Venn'),
      person('Dan Mercer'),
    ]);
  });

  it('reads apologies given as a run-on paragraph', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, Cllr Priya Venn',
      'Apologies: Cllr Tom Reedbank, Cllr Jess Moor and Cllr Hal Price.',
      ...FIRST_ITEM,
    );
    expect(people(minutes).filter((p) => p.attendance === 'apologies')).toEqual([
      person('Tom Reedbank', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Jess Moor', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Hal Price', { honorific: 'Cllr', attendance: 'apologies' }),
    ]);
  });
});

describe('what a roster line says about a person', () => {
  it('reads "Name (INITIALS)" lists, and the initials resolve the remarks', () => {
    const { minutes } = parse(
      'Minutes of the Greyholt Community Safety Partnership meeting, 10 October 2022',
      '',
      'Present',
      'Ada Finch (AF)',
      'Bernard Oakes (BO)',
      'Priya Venn (PV)',
      '',
      '1. Welcome',
      '**AF** welcomed members. **BO** reported on the night-time economy.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF' }),
      person('Bernard Oakes', { initials: 'BO' }),
      person('Priya Venn', { initials: 'PV' }),
    ]);
  });

  it('reads "Name, Role, Organisation", keeping a post with its policy area whole as the role', () => {
    const { minutes } = parse(
      'Minutes of the Greyholt Community Safety Partnership meeting, 10 October 2022',
      '',
      'Present',
      'Ada Finch, Head of Housing, Larchford Borough Council',
      'Bernard Oakes, Chief Executive, Vale Tenants Association',
      'Priya Venn, Policy Officer, Transport and Planning',
      '',
      '1. Welcome',
      'The chair welcomed members.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { role: 'Head of Housing', organisation: 'Larchford Borough Council' }),
      person('Bernard Oakes', { role: 'Chief Executive', organisation: 'Vale Tenants Association' }),
      person('Priya Venn', { role: 'Policy Officer, Transport and Planning' }),
    ]);
  });

  it('reads "Name (Role, Organisation)" and "Name (Role)"', () => {
    const { minutes } = parse(
      'Minutes of the Greyholt Quarry Liaison Committee meeting held on 6 June 2019',
      '',
      'Present:',
      'Mr Ade Okafor (Site Manager, Greyholt Aggregates Ltd)',
      'Mrs Nia Powell (Village Representative)',
      'Ms Rosa Lindqvist (Environmental Health Officer, Larchford District Council)',
      '',
      '1. Apologies',
      'None.',
    );
    expect(people(minutes)).toEqual([
      person('Ade Okafor', { honorific: 'Mr', role: 'Site Manager', organisation: 'Greyholt Aggregates Ltd' }),
      person('Nia Powell', { honorific: 'Mrs', role: 'Village Representative' }),
      person('Rosa Lindqvist', { honorific: 'Ms', role: 'Environmental Health Officer', organisation: 'Larchford District Council' }),
    ]);
  });

  it('splits "(Role, Organisation)" where the organisation has no body word in its name', () => {
    const { minutes } = parse(TITLE, '', 'Present:', 'Jess Moor (Director, Wealden Water)', 'Hal Price (Head of Planning, Larchford Borough Council)', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Jess Moor', { role: 'Director', organisation: 'Wealden Water' }),
      person('Hal Price', { role: 'Head of Planning', organisation: 'Larchford Borough Council' }),
    ]);
  });

  it('keeps a policy area after the post in the role, where a name after the post is the organisation', () => {
    const { minutes } = parse(TITLE, '', 'Present:', 'Jess Moor (Head of Service, Community Safety and Licensing)', 'Hal Price (Clerk, Oakhurst Allotments)', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Jess Moor', { role: 'Head of Service, Community Safety and Licensing' }),
      person('Hal Price', { role: 'Clerk', organisation: 'Oakhurst Allotments' }),
    ]);
  });

  it('gives one organisation in brackets to "A and B" in a run-on list', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      'Also present: Hal Price (Larchford Borough Council), Tom Reedbank and Jess Moor (Wealden Water)',
      ...FIRST_ITEM,
    );
    expect(people(minutes).filter((p) => p.attendance === 'in-attendance')).toEqual([
      person('Hal Price', { organisation: 'Larchford Borough Council', attendance: 'in-attendance' }),
      person('Tom Reedbank', { organisation: 'Wealden Water', attendance: 'in-attendance' }),
      person('Jess Moor', { organisation: 'Wealden Water', attendance: 'in-attendance' }),
    ]);
  });

  it('gives one organisation in brackets to every name it follows', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      '',
      'Also present:',
      'Tom Reedbank and Jess Moor (Wealden Water)',
      'Hal Price (Larchford Borough Council)',
      ...FIRST_ITEM,
    );
    expect(people(minutes).filter((p) => p.attendance === 'in-attendance')).toEqual([
      person('Tom Reedbank', { organisation: 'Wealden Water', attendance: 'in-attendance' }),
      person('Jess Moor', { organisation: 'Wealden Water', attendance: 'in-attendance' }),
      person('Hal Price', { organisation: 'Larchford Borough Council', attendance: 'in-attendance' }),
    ]);
  });

  it('reads list bullets written as "\\*" (escaped markdown)', () => {
    const { minutes } = parse(
      '---',
      'title: Greyholt Quarry Liaison Committee Meeting',
      '---',
      'Minutes of the June 2019 meeting held on Thursday 6th June 2019',
      '',
      'Present:',
      '',
      '\\* Mr Ade Okafor (Site Manager, Greyholt Aggregates Ltd)',
      '\\* Mrs Nia Powell (Village Representative)',
      '',
      'Apologies:',
      '',
      '\\* Les Barrow (Parish Councillor)',
      '',
      '1\\. Apologies',
      'As above.',
    );
    expect(people(minutes)).toEqual([
      person('Ade Okafor', { honorific: 'Mr', role: 'Site Manager', organisation: 'Greyholt Aggregates Ltd' }),
      person('Nia Powell', { honorific: 'Mrs', role: 'Village Representative' }),
      person('Les Barrow', { role: 'Parish Councillor', attendance: 'apologies' }),
    ]);
  });
});

describe('lists broken up by extraction', () => {
  it('reads names laid out in two columns of one list', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present:',
      'Cllr Ada Finch (Chair)        Cllr Bernard Oakes',
      'Cllr Priya Venn               Cllr Tom Reedbank',
      'Cllr Jess Moor',
      ...FIRST_ITEM,
    );
    // Row by row is the order the extraction left; the set of people is what matters.
    expect(people(minutes).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Jess Moor', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr' }),
      person('Tom Reedbank', { honorific: 'Cllr' }),
    ]);
  });

  it('separates two lists printed side by side', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present                          Apologies',
      'Cllr Ada Finch (Chair)           Cllr Tom Reedbank',
      'Cllr Bernard Oakes               Cllr Jess Moor',
      'Cllr Priya Venn',
      ...FIRST_ITEM,
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
      person('Priya Venn', { honorific: 'Cllr' }),
      person('Tom Reedbank', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Jess Moor', { honorific: 'Cllr', attendance: 'apologies' }),
    ]);
  });

  it('zips a table whose columns the extraction turned into runs (initials, then names, then descriptions)', () => {
    const { minutes } = parse(
      'Minutes of the Greyholt Community Safety Partnership meeting, 10 October 2022',
      '',
      'Present',
      'AF',
      'BO',
      'PV',
      'Ada Finch',
      'Bernard Oakes',
      'Priya Venn',
      'Larchford Borough Council',
      'Greyholt Police',
      'Vale Tenants Association',
      '',
      '1. Welcome',
      '**AF** welcomed members.',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF', organisation: 'Larchford Borough Council' }),
      person('Bernard Oakes', { initials: 'BO', organisation: 'Greyholt Police' }),
      person('Priya Venn', { initials: 'PV', organisation: 'Vale Tenants Association' }),
    ]);
  });
});

/** Minutes of a partnership whose "Present" list is `rows`, with one item after it. */
function greyholtRoster(...rows: string[]) {
  return parse('Minutes of the Greyholt Community Safety Partnership meeting, 10 October 2022', '', 'Present', ...rows, '', '1. Welcome', 'Members were welcomed.');
}

describe('attendance keyed by organisation', () => {
  it('reads "Organisation: names" lines', () => {
    const { minutes } = greyholtRoster(
      'Larchford Borough Council: Ada Finch, Bernard Oakes',
      'Wealden Water: Tom Reedbank',
      'Vale Tenants Association: Priya Venn',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Bernard Oakes', { organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { organisation: 'Wealden Water' }),
      person('Priya Venn', { organisation: 'Vale Tenants Association' }),
    ]);
  });

  it('reads an organisation-then-name table', () => {
    const { minutes } = greyholtRoster(
      'Larchford Borough Council\tAda Finch',
      'Wealden Water\tTom Reedbank',
      'Vale Tenants Association\tPriya Venn',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { organisation: 'Wealden Water' }),
      person('Priya Venn', { organisation: 'Vale Tenants Association' }),
    ]);
  });

  it('reads "Name: Role" lines, and a table of initials and names the right way round', () => {
    const { minutes } = greyholtRoster(
      'AF\tAda Finch',
      'TR\tTom Reedbank',
      'Vale Tenants Association\tPriya Venn',
      'Jess Moor: Treasurer',
    );
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF' }),
      person('Tom Reedbank', { initials: 'TR' }),
      person('Priya Venn', { organisation: 'Vale Tenants Association' }),
      person('Jess Moor', { role: 'Treasurer' }),
    ]);
  });
});

describe('parish council rosters written as prose', () => {
  it('reads a surname alone after a title ("Cllr Vaughan", "Mr Dalton") as a person', () => {
    const { minutes } = parse(TITLE, '', 'Present:', 'Cllr Oakley (Chair)', 'Cllr R Finch', '', 'In attendance: Mrs Tamsin Hale (Clerk)', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Oakley', { honorific: 'Cllr', chair: true }),
      person('R Finch', { honorific: 'Cllr' }),
      person('Tamsin Hale', { honorific: 'Mrs', role: 'Clerk', attendance: 'in-attendance' }),
    ]);
  });

  it('gives a plural title ("Cllrs") to every surname of the list, "and" included', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllrs Oakley, Finch, Venn and Reedbank.', ...FIRST_ITEM);
    expect(people(minutes)).toEqual(['Oakley', 'Finch', 'Venn', 'Reedbank'].map((name) => person(name, { honorific: 'Cllr' })));
  });

  it('reads "and, in the Chair, X" as the chair, and an ellipsis or "Councillors:" after the heading', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Mr Oakley, Mrs Venn and, in the Chair, Mr Tom Reedbank.',
      '',
      'Also present … Councillors: Jess Moor & Hal Price.',
      ...FIRST_ITEM,
    );
    expect(people(minutes)).toEqual([
      person('Oakley', { honorific: 'Mr' }),
      person('Venn', { honorific: 'Mrs' }),
      person('Tom Reedbank', { honorific: 'Mr', chair: true }),
      person('Jess Moor', { honorific: 'Councillor', attendance: 'in-attendance' }),
      person('Hal Price', { honorific: 'Councillor', attendance: 'in-attendance' }),
    ]);
  });

  it('reads apologies "received from Councillors A, B & C" in an item', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      '',
      '1. Apologies for absence',
      'Apologies for absence were received from Councillors Jess Moor, Hal Price & Priya Venn.',
      '',
      '2. Allotments',
      'The waiting list was noted.',
    );
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Jess Moor', 'Hal Price', 'Priya Venn']);
  });

  it('reads a title such as "Unitary Cllr" before a name', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllr Ada Finch (Chair), Unitary Cllr J Davies', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([person('Ada Finch', { honorific: 'Cllr', chair: true }), person('J Davies', { honorific: 'Unitary Cllr' })]);
  });
});

describe('apologies and headings after a prose roster', () => {
  it('reads "Apologies for absence were received from A and B." as the apologies list, and a capitalised heading as the end of the roster', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Mr Oakley, Mrs Venn and, in the Chair, Mr Tom Reedbank.',
      '',
      "Apologies for Absence were received from Ms O'Hara and Mrs Moor.",
      '',
      'Open Forum for Residents and Visitors (10 minutes)',
      '',
      'A resident asked about the bus shelter.',
      '',
      'Declarations of Interest',
      '',
      'There were none.',
    );
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Oakley', 'present'],
      ['Venn', 'present'],
      ['Tom Reedbank', 'present'],
      ["O'Hara", 'apologies'],
      ['Moor', 'apologies'],
    ]);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Open Forum for Residents and Visitors (10 minutes)'],
      [null, 'Declarations of Interest'],
    ]);
  });

  it('reads "A & B sent apologies." in an item', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      '',
      '1. To receive apologies for absence',
      '• Cllr J Moor & Cllr H Price sent their apologies.',
      '',
      '2. Allotments',
      'The waiting list was noted.',
    );
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['J Moor', 'H Price']);
  });
});

describe('an apologies item that lists the names', () => {
  it('reads the first sentence of an "Apologies for absence" item as the list, without the reasons in brackets', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      '',
      '1. Apologies for absence',
      'Cllr J Moor and Cllr H Price (family commitment), Cllr P Venn (work). The meeting accepted the reasons given.',
      '',
      '2. Allotments',
      'Cllr T Reedbank and Cllr A Finch walked the site.',
    );
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => [a.name, a.organisation])).toEqual([
      ['J Moor', null],
      ['H Price', null],
      ['P Venn', null],
    ]);
  });
});

describe('list punctuation the minutes left out or put in', () => {
  it('separates entries with no comma after a bracket ("Jess Moor (JM) Hal Price (HP)")', () => {
    const { minutes } = parse(TITLE, '', 'Present: Ada Finch (AF), Jess Moor (JM) Hal Price (HP), Priya Venn (PV)', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF' }),
      person('Jess Moor', { initials: 'JM' }),
      person('Hal Price', { initials: 'HP' }),
      person('Priya Venn', { initials: 'PV' }),
    ]);
  });

  it('does not take a reason in brackets ("(work commitments)") for an organisation', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllr Ada Finch (Chair)', '', 'Apologies: Cllr Moor(work commitments), Cllr Hal Price (Wealden Water)', ...FIRST_ITEM);
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => [a.name, a.organisation])).toEqual([
      ['Moor', null],
      ['Hal Price', 'Wealden Water'],
    ]);
  });
});

describe('committee website layouts', () => {
  it('separates two titled names the list ran together, but not a description before a titled name', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes',
      '',
      'Also present via Teams virtually: Mrs J Moor (Clerk) and Town Cllr H Price',
      '',
      '1. Apologies',
      'Apologies for absence were received from Mr T Reedbank Mrs P Venn and Ms K Lund.',
    );
    expect(minutes.attendees.slice(2).map((a) => [a.name, a.honorific, a.attendance])).toEqual([
      ['J Moor', 'Mrs', 'in-attendance'],
      ['H Price', 'Town Cllr', 'in-attendance'],
      ['T Reedbank', 'Mr', 'apologies'],
      ['P Venn', 'Mrs', 'apologies'],
      ['K Lund', 'Ms', 'apologies'],
    ]);
  });
});

describe('steering committee notes in markdown', () => {
  it('reads outline headings ("* **Attendees**") with "[Organisation]" entries, and a scribe as a role', () => {
    const { minutes } = parse(
      '## Steering committee, 7 December 2017',
      '',
      '* **Attendees**',
      ' * Ana Ruiz [Larchford Labs]',
      ' * Ben Ode (Scribe)',
      '* **Absent**',
      ' * Cal Reyes [Wealden Water]',
      '* **Topics**',
      ' * Release planning',
    );
    expect(people(minutes)).toEqual([
      person('Ana Ruiz', { organisation: 'Larchford Labs' }),
      person('Ben Ode', { role: 'Scribe' }),
      person('Cal Reyes', { organisation: 'Wealden Water', attendance: 'apologies' }),
    ]);
  });

  it('separates people named by mail links with nothing between them', () => {
    const { minutes } = parse('# Steering committee, 30 October 2024', '', 'Attendees: [Ana Ruiz](mailto:ana@example.org) [Ben Ode](mailto:ben@example.org) Cal Reyes, Dee Lund', '', '1. **Roadmap**', 'Agreed.');
    expect(names(minutes)).toEqual(['Ana Ruiz', 'Ben Ode', 'Cal Reyes', 'Dee Lund']);
  });
});

describe('standards committee rosters', () => {
  it('reads groups between semicolons, each with its own title or label, and "Post (Name)" officers', () => {
    const { minutes } = parse(
      'STANDARDS COMMITTEE',
      '',
      'MINUTES of the meeting held on Monday 5 March 2018 at 2.00pm',
      '',
      'PRESENT: Councillor J Oakley (Chairman); Councillors A Finch, B Venn and C Moor; Independent Members: Mr P Reed and Mrs Q Lund.',
      '',
      'OFFICERS: Monitoring Officer (R Hale), Democratic Services Officer (S Price)',
      '',
      '12. APOLOGIES FOR ABSENCE',
      '',
      'Apologies were received from Councillor E Moss.',
    );
    expect(minutes.attendees.map((a) => [a.name, a.honorific, a.role, a.attendance])).toEqual([
      ['J Oakley', 'Councillor', null, 'present'],
      // The plural title is written once, for the list: each name of the group takes it.
      ['A Finch', 'Councillor', null, 'present'],
      ['B Venn', 'Councillor', null, 'present'],
      ['C Moor', 'Councillor', null, 'present'],
      ['P Reed', 'Mr', null, 'present'],
      ['Q Lund', 'Mrs', null, 'present'],
      ['R Hale', null, 'Monitoring Officer', 'secretariat'],
      ['S Price', null, 'Democratic Services Officer', 'secretariat'],
      ['E Moss', 'Councillor', null, 'apologies'],
    ]);
  });
});

describe('attendance tables in markdown', () => {
  it('takes the header row "| Attendees | Organisation |" for captions, not for a person', () => {
    const result = parse(TITLE, '', '| Attendees | Organisation |', '| --- | --- |', '| Ada Finch (Chair) | Larchford Borough Council |', '| Tom Reedbank | Wealden Water |', ...FIRST_ITEM);
    expect(people(result.minutes)).toEqual([
      person('Ada Finch', { chair: true, organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { organisation: 'Wealden Water' }),
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });
});

describe('a group of the body as a list key', () => {
  it('reads "Committee: names" as people present, with no organisation called "Committee"', () => {
    const { minutes } = parse(TITLE, '', 'Present: 23 members (attendance sheet attached)', 'Committee: Jess Moor (Chair), Hal Price (Treasurer)', 'Apologies: Tom Reedbank', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Jess Moor', { chair: true }),
      person('Hal Price', { role: 'Treasurer' }),
      person('Tom Reedbank', { attendance: 'apologies' }),
    ]);
  });
});

describe('parish rosters by group', () => {
  it('gives the one person under a post ("Clerk: Mrs S Wicket") that post, and reads a count of the public as no one', () => {
    const result = parse(TITLE, '', 'PRESENT', 'Councillors: T Reed (Chairman), A Finch, B Oakes', 'Clerk: Mrs S Wicket', 'Members of the public: 4', ...FIRST_ITEM);
    expect(people(result.minutes)).toEqual([
      person('T Reed', { honorific: 'Councillor', chair: true }),
      person('A Finch', { honorific: 'Councillor' }),
      person('B Oakes', { honorific: 'Councillor' }),
      person('S Wicket', { honorific: 'Mrs', role: 'Clerk', attendance: 'secretariat' }),
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });
});

describe('titled people with their posts in one list', () => {
  it('reads "Mrs A Hale, Parish Clerk, Mr D L Moor Deputy Parish Clerk, and Mr T Reed Finance Officer"', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes', '', 'IN ATTENDANCE:', '', 'Mrs A Hale, Parish Clerk, Mr D L Moor Deputy Parish Clerk, and Mr T Reed Finance Officer.', ...FIRST_ITEM);
    expect(minutes.attendees.filter((a) => a.attendance === 'in-attendance').map((a) => [a.name, a.honorific, a.role])).toEqual([
      ['A Hale', 'Mrs', 'Parish Clerk'],
      ['D L Moor', 'Mr', 'Deputy Parish Clerk'],
      ['T Reed', 'Mr', 'Finance Officer'],
    ]);
  });
});

describe('a chair named inside a list', () => {
  it('marks only the person after "Chair:" as chairing; the lines after it are the list\'s again', () => {
    const { minutes } = parse(TITLE, '', 'Present:', 'Chair: Cllr Ada Finch (AF)', 'Bernard Oakes (BO) – Wealden Water', 'Priya Venn (PV) – Larchford College', 'Apologies: Jess Moor (JM)', ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.name, a.chair, a.attendance, a.list])).toEqual([
      ['Ada Finch', true, 'present', 'Chair'],
      ['Bernard Oakes', false, 'present', 'Present'],
      ['Priya Venn', false, 'present', 'Present'],
      ['Jess Moor', false, 'apologies', 'Apologies'],
    ]);
  });
});

describe('an initials column last', () => {
  it('reads "Name | Organisation | Initials" rows, the initials being the name\'s', () => {
    const { minutes } = parse(TITLE, '', 'Present', 'Name\tOrganisation\tInitials', 'Ada Finch\tLarchford Borough Council\tAF', 'Tom Reedbank\tWealden Water\tTR', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF', organisation: 'Larchford Borough Council' }),
      person('Tom Reedbank', { initials: 'TR', organisation: 'Wealden Water' }),
    ]);
  });
});

describe('initials first inside the bracket', () => {
  it('reads "Name (INITIALS, Organisation)" and "Name (INITIALS, Chair)" when the initials are the name\'s', () => {
    const { minutes } = parse(TITLE, '', 'Attendees: Ada Finch (AF, Chair), Tom Reedbank (TR, Wealden Water), Priya Venn (LBC, Treasurer)', ...FIRST_ITEM);
    expect(people(minutes)).toEqual([
      person('Ada Finch', { initials: 'AF', chair: true }),
      person('Tom Reedbank', { initials: 'TR', organisation: 'Wealden Water' }),
      person('Priya Venn', { organisation: 'LBC', role: 'Treasurer' }),
    ]);
  });
});

describe('attendance told in a sentence', () => {
  it('reads "X was in attendance" in the list of those present as in attendance', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllrs Oakley, Finch and Venn. County Councillor Jess Moor was in attendance with 14 members of the public.', ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Oakley', 'present'],
      ['Finch', 'present'],
      ['Venn', 'present'],
      ['Jess Moor', 'in-attendance'],
    ]);
  });
});

describe('board minutes with a chair field and lists by organisation', () => {
  const lines = [
    'Minutes - 12th Larchford Board Meeting',
    'Date 14/03/2023',
    'Chair: Ada Finch',
    'Attendees',
    'Ada Finch (AF) Board Chair',
    'Tom Reedbank (TR) Board Apprentice',
    'In attendance',
    'Priya Venn (PV) Head of Finance',
    'Wealden Water attendees',
    'Kay Lund (KL) Planning Unit, Wealden Water',
    'Apologies',
    'Jess Moor (JM) Board Member',
  ];
  // Each person once, with their list's attendance; Ada Finch chaired.
  const EVERYONE_ONCE = [
    ['a1', 'Ada Finch', true, 'present'],
    ['a2', 'Tom Reedbank', false, 'present'],
    ['a3', 'Priya Venn', false, 'in-attendance'],
    ['a4', 'Kay Lund', false, 'in-attendance'],
    ['a5', 'Jess Moor', false, 'apologies'],
  ];

  it('reads the chair named above the lists as the listed person who chaired, once', () => {
    const { minutes } = parse(...lines, ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.id, a.name, a.chair, a.attendance])).toEqual(EVERYONE_ONCE);
    expect(minutes.attendees[1]!.role).toBe('Board Apprentice');
  });

  it('reads the header fields of a flattened table, "Chair Ada Finch" and "Secretary Priya Venn", as the listed people', () => {
    const { minutes } = parse(...lines.map((l) => (l === 'Chair: Ada Finch' ? 'Chair Ada Finch' : l)).flatMap((l) => (l === 'Attendees' ? ['Secretary Priya Venn', l] : [l])), ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.id, a.name, a.chair, a.attendance])).toEqual(EVERYONE_ONCE);
  });

  it('reads no chair from a header line where "Chair" starts something else', () => {
    const { minutes } = parse(...lines.map((l) => (l === 'Chair: Ada Finch' ? "Chair's report circulated" : l)), ...FIRST_ITEM);
    expect(minutes.attendees.filter((a) => a.chair)).toEqual([]);
  });

  it('keeps a chair named only above the lists', () => {
    const { minutes } = parse(...lines.filter((l) => !l.startsWith('Ada Finch (AF)')), ...FIRST_ITEM);
    expect(minutes.attendees.slice(0, 2).map((a) => [a.name, a.chair, a.list])).toEqual([
      ['Ada Finch', true, 'Chair'],
      ['Tom Reedbank', false, 'Attendees'],
    ]);
  });

  it('reads items whose cells were flattened one to a line with closing pipes', () => {
    const { minutes } = parse(...lines, '1 |', 'Introductions |', '|', 'All were welcomed. |', '2 |', 'Apologies |', '|', 'Noted. |');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Introductions'],
      ['2', 'Apologies'],
    ]);
  });
});

describe('a roster table flattened one cell to a line', () => {
  it('reads a row of "Name (INITIALS) Post" run together, and each list heading stacked above its row', () => {
    const { minutes } = parse(
      'Minutes - 12th Larchford Board Meeting',
      'Date 14/03/2023',
      'Attendees',
      'In attendance',
      'Observers',
      '|',
      'Ada Finch (AF) Board Chair Tom Reedbank (TR) Board Member Dr Priya Venn (PV) Board Member',
      'Kay Lund (KL) Head of Finance Sam Wicket (SW) Secretariat',
      'Jess Moor (JM) Larchford Council',
      ...FIRST_ITEM,
    );
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.attendance, a.list])).toEqual([
      ['Ada Finch', 'AF', 'present', 'Attendees'],
      ['Tom Reedbank', 'TR', 'present', 'Attendees'],
      ['Priya Venn', 'PV', 'present', 'Attendees'],
      ['Kay Lund', 'KL', 'in-attendance', 'In attendance'],
      ['Sam Wicket', 'SW', 'in-attendance', 'In attendance'],
      ['Jess Moor', 'JM', 'in-attendance', 'Observers'],
    ]);
    expect(minutes.attendees.map((a) => a.role ?? a.organisation)).toEqual(['Board Chair', 'Board Member', 'Board Member', 'Head of Finance', 'Secretariat', 'Larchford Council']);
  });

  it('reads the words after a name\'s own initials as its description, also when they could be a name', () => {
    const { minutes } = parse(TITLE, '', 'Present:', 'Jess Moor (JM) Wealden Water', 'Marc Hale (MH) Dawn Pike (DP)', ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([
      ['Jess Moor', 'JM', 'Wealden Water'],
      ['Marc Hale', 'MH', null],
      ['Dawn Pike', 'DP', null],
    ]);
  });

  it('leaves a list with commas to the list rules, and names whose initials are not theirs in the description', () => {
    const { minutes } = parse(TITLE, '', 'Present: Ada Finch (AF), Tom Reedbank (TR)', 'Kay Lund (KL) Planning Unit, Home Office (HO)', ...FIRST_ITEM);
    expect(minutes.attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Ada Finch', 'AF'],
      ['Tom Reedbank', 'TR'],
      ['Kay Lund', 'KL'],
    ]);
  });
});

describe('an apologies item listing names between semicolons', () => {
  it('reads every name of an "Accepted Apologies" item, also one listed as present', () => {
    const { minutes } = parse(
      TITLE,
      '',
      'Councillors present: A Finch (Chair), B Oakes, P Venn',
      'Councillors absent: T Reed',
      '',
      '1. Accepted Apologies for Absence (Standing Order 4) T Reed (illness); P Venn (delayed elsewhere); J Moor (no reason given).',
      '2. Allotments',
      'The waiting list was noted.',
    );
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['T Reed', 'P Venn', 'J Moor']);
  });

  it('stops at a semicolon that ends the names', () => {
    const { minutes } = parse(TITLE, '', 'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes', '', '1. Apologies', 'Jess Moor; the Clerk noted her email.', '2. Allotments', 'Noted.');
    expect(minutes.attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Jess Moor']);
  });
});

