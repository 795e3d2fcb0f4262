// Parish, town and community councils' minutes (session 14). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) =>
  minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role ?? a.organisation ?? null, a.chair]);

describe('the list of those present as the text of an item titled "Present"', () => {
  const lines = [
    'Minutes of the Community Council meeting held in the Village Hall on',
    '',
    'Tuesday, 8th March 2022.',
    '',
    '1         Present',
    '',
    'Councillors Mr Alun Rees (Chair), Mrs Bethan Lloyd, Mr Carwyn Pugh & Mr Dafydd Wyn (Clerk). Also: County Councillor, Mr Emyr Hale.',
    '',
    '2         Apologies:',
    '',
    'Apologies for absence were received from: Councillors Mrs Ffion Rhys and Mr Gareth Owen.',
    '',
    '3         Welcome:',
    '',
    'The Chair welcomed everyone to the meeting.',
  ];

  it('reads the names under their plural title, though the sentence ends with a stop', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'present')).toEqual([
      ['present', 'Mr', 'Alun Rees', null, true],
      ['present', 'Mrs', 'Bethan Lloyd', null, false],
      ['present', 'Mr', 'Carwyn Pugh', null, false],
      ['present', 'Mr', 'Dafydd Wyn', 'Clerk', false],
    ]);
  });

  it('reads "Also:" after the stop as a second list, the post before the comma as the person\'s', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'in-attendance')).toEqual([['in-attendance', 'Mr', 'Emyr Hale', 'County Councillor', false]]);
  });

  it('reads the apologies of a sentence with a colon before the names', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'apologies').map(([, , name]) => name)).toEqual(['Ffion Rhys', 'Gareth Owen']);
  });

  it('still shares a bracket that is no one-person post between two people joined by "&"', () => {
    const shared = ['Minutes of the Parish Council meeting held on 4 May 2022', '', 'Present: Cllr A Dunn & Cllr B Poe (Borough Council), Cllr C Reed', '', '1. Welcome'];
    expect(people(shared)).toEqual([
      ['present', 'Cllr', 'A Dunn', 'Borough Council', false],
      ['present', 'Cllr', 'B Poe', 'Borough Council', false],
      ['present', 'Cllr', 'C Reed', null, false],
    ]);
  });
});

describe('minutes numbered "count/year" run on in one paragraph', () => {
  const lines = [
    'DRAFT MINUTES OF THE ASHWELL PARISH COUNCIL MEETING HELD AT ASHWELL VILLAGE HALL ON THURSDAY 1 JUNE 2017',
    '',
    'PRESENT: Ann Bell (AB), Cara Dunn (CD) – Chair, Eve Finch (EF).',
    '',
    'The Chairman welcomed everyone present.',
    '',
    '40/17 Apologies for absence Apologies had been received from Ian Kay (IK) who was at work. 41/17 Declaration of Interest on agenda items No declarations were made. 42/17 Minutes of the meeting held on 4 May 2017',
    '',
    'CD confirmed the minutes. Minute 38/17 Second sentence should read: the hedge is to be cut.',
    '',
    '43/17 Clerk’s Report',
    '',
    'a) Training – the Clerk attended a course. 44/17 Handyman’s Report a) The benches were painted.',
    '',
    '45/17 Finance',
    '',
    'The payments were approved.',
  ];

  it('starts an item at each next number of the year after a full stop, not at a reference to an older minute', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['40/17', 'Apologies for absence'],
      ['41/17', 'Declaration of Interest on agenda items'],
      ['42/17', 'Minutes of the meeting held on 4 May 2017'],
      ['43/17', 'Clerk’s Report'],
      ['44/17', 'Handyman’s Report'],
      ['45/17', 'Finance'],
    ]);
  });

  it('reads the apologies of the first run-on item', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'apologies').map(([, , name]) => name)).toEqual(['Ian Kay']);
  });
});

describe('a community council page with the site\'s links above the minutes', () => {
  const lines = [
    '» Home  » Official  » Community Council  » Minutes, Mar 2014 ',
    '',
    'INDEX',
    '',
    ' HOME',
    '',
    'Welcome to Glenbrae',
    '',
    ' Churches',
    '',
    'Services, activities',
    '',
    'MINUTES OF COMMUNITY COUNCIL MEETING',
    '',
    'Tuesday 11th March 2014 at 7.00pm, Glenbrae Centre Community Room',
    '',
    'Present: Ann Bell, Cara Dunn',
    '',
    '1. Approval of minutes',
    '',
    'Approved. The final closure of the meeting was at 8.37 pm.',
  ];

  it('takes no title from the trail of links, and the place from the dated line under the title', () => {
    const m = minutes(lines);
    expect([m.title, m.date, m.start, m.venue]).toEqual(['MINUTES OF COMMUNITY COUNCIL MEETING', '2014-03-11', '19:00', 'Glenbrae Centre Community Room']);
  });

  it('reads the end from "the final closure of the meeting was at"', () => {
    expect(minutes(lines).end).toBe('20:37');
  });
});

describe('the apologies item listing its names over several paragraphs', () => {
  const lines = [
    'DRAFT MINUTES OF ASHBY PARISH COUNCIL MEETING HELD AT THE CHURCH TUESDAY 14th JULY 2009',
    '',
    'Present: Cllr D Lowe - Chairman, Cllr M Pike, Cllr A Rook.',
    '',
    '1\\. Apologies for Absence accepted from:',
    '',
    'Cllr L Pike',
    '',
    'Borough Councillor Mr. C Sams, County Councillor Mr. A Whyte.',
    '',
    'The Clerk noted that Cllr R Vane had resigned.',
    '',
    '2\\. Declarations of Interest made:',
    '',
    'None.',
  ];

  it('reads each paragraph of names, and stops at the first that says more', () => {
    expect(people(lines).filter(([attendance]) => attendance === 'apologies').map(([, honorific, name]) => [honorific, name])).toEqual([
      ['Cllr', 'L Pike'],
      ['Borough Councillor Mr', 'C Sams'],
      ['County Councillor Mr', 'A Whyte'],
    ]);
  });
});

describe('minutes numbered on through the council\'s years, four or five figures', () => {
  it('reads "14365 CHAIRMAN’S ANNOUNCEMENTS" and the numbers after it as items', () => {
    const lines = [
      'Minutes of the meeting of Ashby Town Council held in the Church Hall on Monday, 6th August 2007 at 7pm',
      '',
      'PRESENT: Councillor D. Moss (chairman), who presided, Councillors G. Copley and J. Lloyd.',
      '',
      '14365 CHAIRMAN’S ANNOUNCEMENTS',
      'The chairman reported on the events he attended.',
      '',
      '14366 POLICE MATTERS',
      'The clerk reported a quiet month.',
    ];
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['14365', 'CHAIRMAN’S ANNOUNCEMENTS'],
      ['14366', 'POLICE MATTERS'],
    ]);
  });

  it('reads "1202       Public Participation." beside a wide gap as it reads "102"', () => {
    const lines = [
      'Minutes of the Meeting held on the 2nd January 2020',
      '',
      'Present: R Wynn (Chairman), M. Burt',
      '',
      '1201       Apologies were received from J. Young',
      '',
      '1202       Public Participation. Stones had been placed on the verge.',
      '',
      '1203       Finance. It was agreed to pay the hall invoice.',
    ];
    expect(minutes(lines).items.map((i) => i.number)).toEqual(['1201', '1202', '1203']);
  });

  it('takes no year for a minute number', () => {
    const lines = ['Minutes of the Parish Council meeting held on 4 May 2021', '', 'Present: Cllr A Dunn, Cllr B Poe', '', '2020 ACCOUNTS', 'The accounts were approved.', '', '2021 BUDGET', 'The budget was set.'];
    expect(minutes(lines).items.map((i) => i.number)).toEqual([]);
  });
});

describe('a shared PDF\'s page: its name with a page number, its size lines, then the text run into one paragraph', () => {
  const lines = [
    '1 Minutes of Monthly Meeting of Glynteg Community Council',
    'Total Page:16',
    'File Type:pdf, Size:1020Kb',
    'Minutes of Monthly Meeting of Glynteg Community Council held Remotely at 6.30p.m. on Thursday 18th February 2021 , PRESENT: Cllrs. R. Hale (Chair), G. Bevan, J. Porter APOLOGIES: Cllr. D. Rees 1. Declaration of Interest – none. 2. Police Report: no report had been received. 3. Chair’s Announcements – The chair thanked the clerk.',
  ];

  it('reads the name without the page number as the title, and dates the meeting from the paragraph', () => {
    const m = minutes(lines);
    expect([m.title, m.date, m.start]).toEqual(['Minutes of Monthly Meeting of Glynteg Community Council', '2021-02-18', '18:30']);
  });

  it('takes no item from the page number before the name', () => {
    expect(minutes(lines).items.filter((i) => i.title.startsWith('Minutes of Monthly Meeting'))).toEqual([]);
  });
});

describe('a bulleted list of titled people straight under the title, its heading lost', () => {
  it('reads each bullet as a person present, though no blank line parts it from the title, and who presided as the chair', () => {
    const lines = [
      'Minutes of Meeting of The Borough District of Ashby held on Monday 18 October 2021 at 10.00 am in The Council Chamber',
      '- Councillor Dara Breen',
      '- Councillor Art Gibb (Mayor)',
      '- Mr. Martin Lyle, Chief Executive',
      '- Ms. Aine Carr, Staff Officer',
      'The Mayor, Councillor Art Gibb, presided and welcomed all present.',
      'Proposed by Councillor D. Breen',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Councillor', 'Dara Breen', null, false],
      ['present', 'Councillor', 'Art Gibb', 'Mayor', true],
      ['present', 'Mr', 'Martin Lyle', 'Chief Executive', false],
      ['present', 'Ms', 'Aine Carr', 'Staff Officer', false],
    ]);
  });

  it('still reads no list from bullets that are not people', () => {
    const lines = ['Minutes of the Parish Council meeting held on 4 May 2021', '- Potholes in Mill Lane', '- The hedge at the school', '- Litter on the green', '', '1. Welcome', '', 'All were welcomed.'];
    expect(minutes(lines).attendees).toEqual([]);
  });
});

describe('apologies from several members under one plural title', () => {
  it('gives each member the title', () => {
    const lines = [
      'Minutes of the Parish Council meeting held on 4 May 2021',
      '',
      'Present: Cllr A Dunn, Cllr B Poe',
      '',
      '1. Welcome and apologies',
      '',
      'Apologies received from Cllrs. Kim Rees, Hugh Gwyn and Doris Lloyd.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'apologies').map(([, honorific, name]) => [honorific, name])).toEqual([
      ['Cllr', 'Kim Rees'],
      ['Cllr', 'Hugh Gwyn'],
      ['Cllr', 'Doris Lloyd'],
    ]);
  });
});

describe('apologies that go on with "& ALSO:" before the last name', () => {
  it('reads the name after the "also"', () => {
    const lines = [
      'Minutes of the Community Council meeting held on Tuesday, 14th September 2021.',
      '',
      '1         Present',
      '',
      'Councillors Mr Dai Jones (Chair), Mr Tom Owen & Mr Alun Rees (Clerk).',
      '',
      '2         Apologies:',
      '',
      'Apologies for absence were received from: Councillors Mrs Ann Owen & ALSO: County Councillor Mr Peter Rowe.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'apologies').map(([, honorific, name]) => [honorific, name])).toEqual([
      ['Mrs', 'Ann Owen'],
      ['County Councillor Mr', 'Peter Rowe'],
    ]);
  });
});

describe('officials in one sentence a PDF wrote a line a paragraph, the minutes\' first sentence after it', () => {
  it('reads the officials, though the next paragraph went into the list', () => {
    const lines = [
      'MINUTES OF PROCEEDINGS AT MEETING OF THE MUNICIPAL DISTRICT OF ASHBY ON THURSDAY, 17TH JULY, 2014, AT 3.30PM.',
      '',
      'MEMBERS PRESENT:',
      '',
      'Councillors Dunne, Gale.',
      '',
      'OFFICIALS IN ATTENDANCE:',
      '',
      'Director of Water Services & Environment, (Mr. K. Lane), Operations Manager,',
      '',
      'West & South Division, (Mr. B. Kenny) Administrative Officer, Corporate Services',
      '',
      '(Ms. T. Knoll), Clerical Officer, (Ms. L. Molloy).',
      '',
      'In referring to the Minutes, Councillor Gale said she wished to have it recorded that',
      '',
      'she had asked for the gender balance of committees to be kept.',
      '',
      '1.',
      '',
      'Adoption of Minutes:',
      '',
      'Noted.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'secretariat')).toEqual([
      ['secretariat', 'Mr', 'K. Lane', 'Director of Water Services & Environment', false],
      ['secretariat', 'Mr', 'B. Kenny', 'Operations Manager', false],
      ['secretariat', 'Ms', 'T. Knoll', 'Administrative Officer', false],
      ['secretariat', 'Ms', 'L. Molloy', 'Clerical Officer', false],
    ]);
  });
});
