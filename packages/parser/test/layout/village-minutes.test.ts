// Village council minutes as a community newsletter reprints them: a web page's front matter,
// headings in capitals run into their text, posts written after names, labelled paragraphs.
// Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const frontMatter = ['---', 'title: "Amblecote Parish Council - October meeting"', 'date: "2021-11-20"', '---', ''];

const brief = (lines: string[]) => {
  const { minutes } = parseLines(lines);
  return {
    ...minutes,
    who: minutes.attendees.map((a) => [a.honorific, a.name, a.role, a.attendance, a.chair]),
    headings: minutes.items.map((i) => [i.number, i.title]),
    todo: minutes.actions.map((a) => [a.text, a.owners]),
  };
};

describe('the header of a reprinted village minute', () => {
  it('names the body from its own line, not from the web page title, and reads the venue line', () => {
    const m = brief([
      ...frontMatter,
      '**AMBLECOTE PARISH COUNCIL**',
      '',
      '**Draft minutes of the meeting held on** **12th October 2021**',
      '',
      '**at Amblecote village hall at** **7.30pm**',
      '',
      '**Present:** Chairman Cllr R Thorn, Cllr E Pike, Cllr S Lowe',
      '',
      '**1\\. Apologies**',
      '',
      'None.',
    ]);
    expect([m.title, m.body, m.date, m.start, m.venue]).toEqual([
      'Draft minutes of the meeting held on 12th October 2021', 'AMBLECOTE PARISH COUNCIL', '2021-10-12', '19:30', 'Amblecote village hall',
    ]);
    expect(m.who[0]).toEqual(['Cllr', 'R Thorn', null, 'present', true]);
  });

  it('takes no draft stamp for the title and cuts the meeting kind off the body', () => {
    const m = brief([
      'DRAFT – FOR APPROVAL AT THE NEXT MEETING',
      '',
      'Amblecote Parish Council – Ordinary Meeting Tuesday 5th October 2021, 7.30pm Amblecote Village Hall',
      '',
      'PRESENT: Cllr R Thorn (Chairman), Cllr E Pike',
      '',
      '1\\. APOLOGIES None.',
    ]);
    expect([m.title, m.body, m.venue]).toEqual([
      'Amblecote Parish Council – Ordinary Meeting Tuesday 5th October 2021, 7.30pm Amblecote Village Hall', 'Amblecote Parish Council', 'Amblecote Village Hall',
    ]);
  });

  it('reads a place line in capitals, a place after "held on <date>" and a typed l for the digit 1', () => {
    expect(brief(['MINUTES OF AMBLECOTE PARISH COUNCIL MEETING', '', 'HELD AT THE OLD SCHOOL', '', 'MONDAY 9th MAY 2022', '', 'Present: Cllr R Thorn, Cllr E Pike', '', '1. Apologies', '', 'None.']).venue).toBe('THE OLD SCHOOL');
    const m = brief(['Minutes of the Amblecote PC', '', 'Minutes of the meeting of the Amblecote Parish Council held on Thursday l2th May 2005 in the Church Hall at 8.00 p.m.', '', 'Present: Mr R Thorn, Mrs E Pike, Mr S Lowe', '', '1. Apologies', '', 'None.']);
    expect([m.date, m.venue]).toEqual(['2005-05-12', 'the Church Hall']);
  });

  it('takes the body of a web page title without the month of the meeting', () => {
    const m = brief(['---', 'title: "Amblecote Parish Council October meeting"', '---', '', 'Present: Cllr R Thorn, Cllr E Pike, Cllr S Lowe', '', '1. Apologies', '', 'None.']);
    expect(m.body).toBe('Amblecote Parish Council');
  });
});

describe('posts written after names in a run-on roster', () => {
  it('marks the chair from a dash or a comma, gives a post alone to the name before it, and keeps a dotted title', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 3 May 2022',
      '',
      'Present: Cllr Rose Thorn – Chairman, Cllr. A. Pike, Cllr S. Lowe and Mrs N Hale, Clerk.',
      '',
      'Also present: District Councillor Omar Reed 2 members of the public',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(m.who).toEqual([
      ['Cllr', 'Rose Thorn', null, 'present', true],
      ['Cllr', 'A. Pike', null, 'present', false],
      ['Cllr', 'S. Lowe', null, 'present', false],
      ['Mrs', 'N Hale', 'Clerk', 'present', false],
      ['District Councillor', 'Omar Reed', null, 'in-attendance', false],
    ]);
  });
});

describe('headings in capitals run into their text', () => {
  it('reads each heading and the one run on after a sentence in the same paragraph', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 3 May 2022',
      '',
      'PRESENT: Cllr R Thorn (Chairman), Cllr E Pike, Cllr S Lowe',
      '',
      '1\\. PUBLIC FORUM A resident asked about the bench on the green. The bench will be put on the agenda for June and a price would be sought.',
      '',
      '2\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies of absence were provided for Cllr B Nash. This was accepted by all. 3. MEMBERS’ DECLARATION OF INTERESTS (for items on the Agenda) There were none.',
      '',
      '4\\. TO APPROVE THE MINUTES OF THE MEETING held 5th April 2022 The minutes were approved and signed by the Chairman as a true record.',
      '',
      '5\\. MOLES Cllr Lowe advised that the moles on the playing field had now gone and the traps had been returned.',
      '',
      '6\\. BENCHES This was discussed. ACTIONS: Clerk to order two benches. Cllr Pike to seek a quote for fitting.',
    ]);
    expect(m.headings).toEqual([
      ['1', 'PUBLIC FORUM'],
      ['2', 'ACCEPTANCE OF APOLOGIES FOR ABSENCE'],
      ['3', 'MEMBERS’ DECLARATION OF INTERESTS (for items on the Agenda)'],
      ['4', 'TO APPROVE THE MINUTES OF THE MEETING held 5th April 2022'],
      ['5', 'MOLES'],
      ['6', 'BENCHES'],
    ]);
    expect(m.who.at(-1)).toEqual(['Cllr', 'B Nash', null, 'apologies', false]);
    expect(m.todo).toEqual([
      ['Clerk to order two benches.', ['Clerk']],
      ['Cllr Pike to seek a quote for fitting.', ['Cllr Pike']],
    ]);
  });

  it('goes on past a numbered sentence among run-in headings', () => {
    const m = brief([
      'MINUTES OF AMBLECOTE PARISH COUNCIL MEETING HELD AT THE CHURCH ON MONDAY 9TH MAY 2022',
      '',
      'Present: Cllr R Thorn, Cllr E Pike, Cllr S Lowe',
      '',
      '1\\. Approval of Minutes The minutes of the meeting held on 04.04.22 were confirmed as a true record. They were signed.',
      '',
      '2\\. Accounts were presented and accepted for payment. Cheques for approval: Clerk’s salary £118.44 Insurance £402.89',
      '',
      '3\\. Street Lighting Maintenance Three quotes received for the maintenance were considered and it was agreed to wait.',
      '',
      '4\\. Planning Applications: None received.',
    ]);
    expect(m.headings).toEqual([
      ['1', 'Approval of Minutes'],
      ['2', 'Accounts were presented and accepted for payment'],
      ['3', 'Street Lighting Maintenance'],
      ['4', 'Planning Applications'],
    ]);
  });

  it('keeps numbered report paragraphs that are sentences whole', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 3 May 2022',
      '',
      'Present: Cllr R Thorn, Cllr E Pike, Cllr S Lowe',
      '',
      '1. Apologies',
      '',
      'None.',
      '',
      '2. Riverside Matters is a plan the council adopted last year to look after the river path. It covers the banks and the bridges.',
    ]);
    expect(m.headings).toEqual([['1', 'Apologies']]);
  });
});

describe('apologies written as sentences', () => {
  it('reads titles with dots and the sentence in an item title', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 3 May 2022',
      '',
      'Present: Cllr R Thorn, Cllr E Pike',
      '',
      '**1\\.** **Apologies for Absence received from District Councillor Mr. O Reed.**',
      '',
      '**2\\.** **Apologies**',
      '',
      'Apologies for absence received and accepted from: Apologies for absence received from Cllr. Nash, Councillor Lowe and County Councillor Tom Gale.',
    ]);
    expect(m.who.filter((w) => w[3] === 'apologies').map((w) => [w[0], w[1]])).toEqual([
      ['District Councillor Mr', 'O Reed'],
      ['Cllr', 'Nash'],
      ['Councillor', 'Lowe'],
      ['County Councillor', 'Tom Gale'],
    ]);
  });
});

describe('minutes written as labelled paragraphs', () => {
  it('ends the roster at the first labelled paragraph and reads each label as an item', () => {
    const m = brief([
      'Minutes of the meeting of the Amblecote Parish Council held on Thursday 10th February 2005 in the Village Hall at 8.00 p.m.',
      '',
      'Present: E. Thorn - chairman, Mrs. Pike, Miss Lowe, M. Nash together with five members of the public.',
      '',
      'Apologies: None',
      '',
      'Minutes: Miss Lowe proposed and M. Nash seconded that the minutes of the last meeting be signed as a correct record.',
      '',
      'Matters Arising: The new bin has been put up and the broken one needs to be taken away by the council.',
      '',
      'Planning: Mrs. R. Gale - Extension of a barn to form an annex, The Row - recommend approval.',
      '',
      'Correspondence: Circus company - to be offered to the Community Centre as the Hall has too little space.',
    ]);
    expect(m.who.map((w) => [w[1], w[3], w[4]])).toEqual([
      ['E. Thorn', 'present', true],
      ['Pike', 'present', false],
      ['Lowe', 'present', false],
      ['M. Nash', 'present', false],
    ]);
    expect(m.headings).toEqual([
      [null, 'Minutes'],
      [null, 'Matters Arising'],
      [null, 'Planning'],
      [null, 'Correspondence'],
    ]);
  });
});

describe('a roster table flattened into one line', () => {
  it('reads each titled name, the words before it as its post, and a post before a name on a line of its own', () => {
    const m = brief([
      'AMBLECOTE PARISH COUNCIL',
      '',
      'Minutes of the meeting held on 6th July, 2022',
      '',
      'Attendance: Vice Chairman Mrs R Thorn Councillors Mrs E Pike Ms S Lowe Borough Cllr O T Reed Parish Clerk Mrs N M Hale',
      '',
      'Tree Warden Mr B Nash',
      '',
      'Members of the public 4',
      '',
      '1\\. Apologies',
      '',
      'The Chairman Cllr T Gale had given her apologies for this meeting. The apology was accepted.',
      '',
      'Page 031 (2022)',
      '',
      '2\\. Date and time of next meeting - Wednesday 3rd August, 2022 at 7.00pm.',
    ]);
    expect(m.who).toEqual([
      ['Mrs', 'R Thorn', 'Vice Chairman', 'present', false],
      ['Mrs', 'E Pike', null, 'present', false],
      ['Ms', 'S Lowe', null, 'present', false],
      ['Borough Cllr', 'O T Reed', null, 'present', false],
      ['Mrs', 'N M Hale', 'Parish Clerk', 'present', false],
      ['Mr', 'B Nash', 'Tree Warden', 'present', false],
      ['Cllr', 'T Gale', 'Chairman', 'apologies', false],
    ]);
    expect(m.headings).toEqual([
      ['1', 'Apologies'],
      ['2', 'Date and time of next meeting'],
    ]);
    expect(m.nextMeeting?.date).toBe('2022-08-03');
  });
});

describe('item titles that end in a full stop', () => {
  it('reads a long title that says nothing of its topic as a heading, and a sentence as no heading', () => {
    const m = brief([
      'VILLAGE LIAISON MINUTES',
      '',
      'Wednesday 16th January 2019',
      '',
      'Present: Mrs Ada Finch (Village Representative)',
      '',
      'Mr Tom Reed (Parish Council)',
      '',
      '1\\. Apologies:',
      '',
      'Mr L Hale',
      '',
      '2\\. Minutes of the previous meeting (17th October 2018) and matters arising from them.',
      '',
      'The minutes were agreed.',
      '',
      '3\\. Noise',
      '',
      'No issues were raised.',
      '',
      '4\\. The mill manager reported that the new fans had been fitted in the last week of December.',
    ]);
    expect(m.headings.map((h) => h[0])).toEqual(['1', '2', '3']);
  });
});

describe('an older village layout: a list phrase without a colon and plain headings', () => {
  it('reads the roster, the apologies line, the body from the second title line and headings ending in a colon', () => {
    const m = brief([
      'The March Minutes of the Amblecote PC',
      '',
      'Minutes of Amblecote Parish Council meeting held in the Church Room at 7.30pm on Wednesday 16th March 2005',
      '',
      'Those attending Mr R Thorn (Chairman), Mr E Pike, Mrs S Lowe, Mrs N Hale (Clerk) 12 members of the public',
      '',
      'Apologies for absence received from Mr B Nash',
      '',
      'Matters Arising:',
      '',
      '(a) Mr Pike reported that the lamp had been mended.',
      '',
      'Payments for Approval',
      '',
      'Grounds Maintenance grass cutting - £270.25',
      '',
      'Correspondence',
      '',
      '(a) Highways about road signs',
      '',
      'The next meeting was arranged for Wednesday 13th April',
    ]);
    expect([m.body, m.venue]).toEqual(['Amblecote Parish Council', 'the Church Room']);
    expect(m.who).toEqual([
      ['Mr', 'R Thorn', null, 'present', true],
      ['Mr', 'E Pike', null, 'present', false],
      ['Mrs', 'S Lowe', null, 'present', false],
      ['Mrs', 'N Hale', 'Clerk', 'present', false],
      ['Mr', 'B Nash', null, 'apologies', false],
    ]);
    expect(m.headings).toEqual([
      [null, 'Matters Arising'],
      [null, 'Payments for Approval'],
      [null, 'Correspondence'],
    ]);
  });
});

describe('a liaison committee written without commas', () => {
  it('reads titled names with bracketed organisations, a heading ending in a full stop and the next item run on', () => {
    const m = brief([
      'VILLAGE LIAISON MINUTES',
      '',
      'Wednesday 22nd February 2023',
      '',
      'Present: Mrs. R Thorn Mr. E Pike Ms K Lowe (Borough Council) Mr Omar Reed (Acme Mills)',
      '',
      '1\\. Apologies. Mr. B Nash (Acme Mills) 2. Minutes of the previous meeting and matters arising',
      '',
      'The minutes were agreed',
      '',
      '3\\. Noise',
      '',
      'There have been no complaints since the last meeting. 4. Transport',
      '',
      'No complaints have been received',
    ]);
    expect(m.attendees.map((a) => [a.honorific, a.name, a.organisation, a.attendance])).toEqual([
      ['Mrs', 'R Thorn', null, 'present'],
      ['Mr', 'E Pike', null, 'present'],
      ['Ms', 'K Lowe', 'Borough Council', 'present'],
      ['Mr', 'Omar Reed', 'Acme Mills', 'present'],
      ['Mr', 'B Nash', 'Acme Mills', 'apologies'],
    ]);
    expect(m.headings).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes of the previous meeting and matters arising'],
      ['3', 'Noise'],
      ['4', 'Transport'],
    ]);
  });
});

describe('more of the header and roster of village minutes', () => {
  it('drops a draft stamp after the title, splits an "ALSO" list and reads an acronym in brackets as the organisation', () => {
    const m = brief([
      'Amblecote Parish Council – Ordinary Meeting Tuesday 2nd April 2019, 7.30pm Amblecote Village Hall \\*DRAFT MINUTES SUBJECT TO APPROVAL AT THE NEXT MEETING\\*',
      '',
      'PRESENT Cllr R Thorn, Cllr E Pike, Mrs N Hale (Clerk) ALSO Cllr M Reed (NCC) 2 members of the public',
      '',
      '1\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE Apologies for absence were received before the meeting from Cllr Nash and Cllr Gale. These were accepted.',
      '',
      '2\\. ELECTIONS 2019 The deadline for nomination papers is tomorrow.',
    ]);
    expect([m.title, m.body, m.venue]).toEqual([
      'Amblecote Parish Council – Ordinary Meeting Tuesday 2nd April 2019, 7.30pm Amblecote Village Hall', 'Amblecote Parish Council', 'Amblecote Village Hall',
    ]);
    expect(m.attendees.map((a) => [a.name, a.initials, a.organisation, a.attendance])).toEqual([
      ['R Thorn', null, null, 'present'],
      ['E Pike', null, null, 'present'],
      ['N Hale', null, null, 'present'],
      ['M Reed', null, 'NCC', 'in-attendance'],
      ['Nash', null, null, 'apologies'],
      ['Gale', null, null, 'apologies'],
    ]);
    expect(m.headings).toEqual([
      ['1', 'ACCEPTANCE OF APOLOGIES FOR ABSENCE'],
      ['2', 'ELECTIONS 2019'],
    ]);
  });

  it('reads a list run on after "Present:" with no space, a chair word after a name, and the place on a "held on" line', () => {
    const m = brief([
      'Minutes of the meeting of the Amblecote Parish Council',
      '',
      'held on Tuesday 8th January 2008 in the Village Hall at 7.30 p.m.',
      '',
      '1\\. Present:R. Thorn Chairman, C. Pike, P. Lowe, D. Nash together with 3 members of the public.',
      '',
      '2\\. Apologies: G. Gale and C. Reed - Borough Councillor.',
      '',
      '3\\. Minutes: It was proposed by P. Lowe and seconded by D. Nash that the minutes be signed.',
    ]);
    expect(m.venue).toBe('the Village Hall');
    expect(m.who.slice(0, 2)).toEqual([
      [null, 'R. Thorn', null, 'present', true],
      [null, 'C. Pike', null, 'present', false],
    ]);
    expect(m.headings[0]).toEqual(['1', 'Present']);
  });
});

describe('a roster paragraph with initials, a count and a second list', () => {
  it('reads the count-headed list, each "and", the list after "In attendance:" and a short heading run into a sentence', () => {
    const m = brief([
      'DRAFT MINUTES OF THE AMBLECOTE PARISH COUNCIL MEETING HELD AT AMBLECOTE VILLAGE HALL AT 7.30 pm ON THURSDAY 07 MARCH 2019',
      '',
      'PRESENT (Five Councillors):- Rose Thorn (RT) - Chair, Ed Pike (EP), Sara Lowe (SL) and Ben Nash (BN) and Tom Gale (TG) In attendance: Omar Reed, Parish Clerk, and 4 members of the public.',
      '',
      '1\\. Apologies for absence None.',
      '',
      '2\\. Declaration of Interest on agenda items No declarations were made.',
    ]);
    expect(m.attendees.map((a) => [a.name, a.initials, a.role, a.attendance, a.chair])).toEqual([
      ['Rose Thorn', 'RT', null, 'present', true],
      ['Ed Pike', 'EP', null, 'present', false],
      ['Sara Lowe', 'SL', null, 'present', false],
      ['Ben Nash', 'BN', null, 'present', false],
      ['Tom Gale', 'TG', null, 'present', false],
      ['Omar Reed', null, 'Parish Clerk', 'in-attendance', false],
    ]);
    expect(m.headings[1]).toEqual(['2', 'Declaration of Interest on agenda items']);
  });
});

describe('a later layout: the body before the title on one line, full names with titles', () => {
  it('names the body and venue from the one header line and reads full titled names with their brackets', () => {
    const m = brief([
      'AMBLECOTE PARISH COUNCIL Draft Minutes of the Ordinary Meeting held on Wednesday 6 March 2019 at 7.00pm in Amblecote Village Hall',
      '',
      'Present: Cllr Jim McNab (Vice-Chair) Cllr Ann Lowe Cllr Kit Pike-Hale Cllr Ed Nash (From minute number 47/19) (Vacancy – 1) Helen Reed (Parish Clerk)',
      '',
      '43/19 Apologies for Absence These were accepted for Cllr Sue Gale (Chair) (personal reasons).',
    ]);
    expect([m.body, m.venue, m.start]).toEqual(['AMBLECOTE PARISH COUNCIL', 'Amblecote Village Hall', '19:00']);
    expect(m.who.slice(0, 5)).toEqual([
      ['Cllr', 'Jim McNab', 'Vice-Chair', 'present', false],
      ['Cllr', 'Ann Lowe', null, 'present', false],
      ['Cllr', 'Kit Pike-Hale', null, 'present', false],
      ['Cllr', 'Ed Nash', null, 'present', false],
      [null, 'Helen Reed', 'Parish Clerk', 'present', false],
    ]);
  });
});

describe('minute numbers with a run-in title and a titled subject', () => {
  it('ends the title before the title or article that opens the subject', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 6 March 2019',
      '',
      'Present: Cllr Ann Lowe, Cllr Kit Pike, Cllr Ed Nash',
      '',
      '46/19 Co-option and an Application Received The Vice Chair advised that an application had been received.',
      '',
      '47/19 Dukes Head Building Cllr Ann Lowe shared that the community could come forward with a proposal.',
    ]);
    expect(m.headings).toEqual([
      ['46/19', 'Co-option and an Application Received'],
      ['47/19', 'Dukes Head Building'],
    ]);
  });
});

describe('labelled minute numbers with a heading run on after a section label', () => {
  it('starts the next item where "Item" and the next count stand inside a line, not at a reference to another item', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 6 March 2019',
      '',
      'Councillors present: R Thorn, E Pike, S Lowe',
      '',
      'Item 19/03/1 Public Forum No comments were made.',
      '',
      'Item 19/03/2 To approve the Minutes of the last meeting (LGA 1972) Item 19/02/6: a name was corrected; the Minutes were signed.',
      '',
      'Closed Session (Standing Order 3d) Item 19/03/3. To consider the cleaning contract As no bids had arrived, the item was deferred.',
    ]);
    expect(m.headings).toEqual([
      ['19/03/1', 'Public Forum'],
      ['19/03/2', 'To approve the Minutes of the last meeting (LGA 1972)'],
      ['19/03/3', 'To consider the cleaning contract'],
    ]);
  });
});

describe('headings in capitals that end before a task, a titled name or a one-word answer', () => {
  it('ends each title where its text starts and reads the apologies under an "acceptance of apologies" heading', () => {
    const m = brief([
      'Minutes of Amblecote Parish Council meeting held on 6 March 2019',
      '',
      'PRESENT: Cllr R. Thorn (Chairperson), Cllr E. Pike, Cllr S. Lowe',
      '',
      '1\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE Cllrs K. Moss and T. Hale.',
      '',
      '2\\. MEMBERS’ INTERESTS (for items on the Agenda) – Issue of Dispensations None',
      '',
      '3\\. MILL LANE A strip of land by the mill was discussed.',
      '',
      '4\\. TO CONSIDER THE BOUNDARY REVIEW PROPOSAL FROM THE LOCAL GOVERNMENT COMMISSION AND AGREE A RESPONSE It was resolved to reply.',
      '',
      '5\\. HEDGES Clerk to write to the landowners.',
      '',
      '6\\. ALLOTMENTS Cllr E Pike reported that two plots were free.',
      '',
      '7\\. TRAINING Cllr Pike and Cllr Lowe to attend the spring course.',
      '',
      '8\\. FINANCE The cheques were signed. Cheque Payee Amount 101 Water Board £12.50 9. ITEMS FOR THE NEXT AGENDA None.',
    ]);
    expect(m.headings).toEqual([
      ['1', 'ACCEPTANCE OF APOLOGIES FOR ABSENCE'],
      ['2', 'MEMBERS’ INTERESTS (for items on the Agenda) – Issue of Dispensations'],
      ['3', 'MILL LANE'],
      ['4', 'TO CONSIDER THE BOUNDARY REVIEW PROPOSAL FROM THE LOCAL GOVERNMENT COMMISSION AND AGREE A RESPONSE'],
      ['5', 'HEDGES'],
      ['6', 'ALLOTMENTS'],
      ['7', 'TRAINING'],
      ['8', 'FINANCE'],
      ['9', 'ITEMS FOR THE NEXT AGENDA'],
    ]);
    expect(m.who.filter((w) => w[3] === 'apologies').map((w) => w[1])).toEqual(['K. Moss', 'T. Hale']);
  });
});

describe('who chaired and who sent apologies, written as sentences', () => {
  it('gives the chair to the member a sentence before the first item names, and reads apologies accepted from a list and sent by a guest', () => {
    const m = brief([
      'Amblecote Parish Council – Ordinary Meeting Tuesday 5th March 2019, 7.30pm Amblecote Village Hall',
      '',
      'PRESENT Cllr E Pike, Cllr S Lowe, Cllr T Hale, Mrs J Moss (Clerk) There were 2 members of the public.',
      '',
      'Before the meeting the Clerk reported that the Chair was unwell. Cllr Lowe (Vice Chair) to chair the meeting in her place.',
      '',
      '1\\. PUBLIC FORUM No comments.',
      '',
      '2\\. ACCEPTANCE OF APOLOGIES FOR ABSENCE These were accepted from Cllr Thorn, Cllr Reed and Cllr Nash. It was noted that Cllr Omar Vale from WNC also sent his apologies.',
      '',
      '3\\. LATE APOLOGIES There were apologies of absence from Cllr Ivy Lane.',
    ]);
    expect(m.who).toEqual([
      ['Cllr', 'E Pike', null, 'present', false],
      ['Cllr', 'S Lowe', null, 'present', true],
      ['Cllr', 'T Hale', null, 'present', false],
      ['Mrs', 'J Moss', 'Clerk', 'present', false],
      ['Cllr', 'Thorn', null, 'apologies', false],
      ['Cllr', 'Reed', null, 'apologies', false],
      ['Cllr', 'Nash', null, 'apologies', false],
      ['Cllr', 'Omar Vale', null, 'apologies', false],
      ['Cllr', 'Ivy Lane', null, 'apologies', false],
    ]);
    expect(m.attendees.find((a) => a.name === 'Omar Vale')?.organisation).toBe('WNC');
    expect(m.attendees.find((a) => a.name === 'J Moss')?.organisation).toBeNull();
  });
});

describe('a reprint whose title line became the web page title, with minute numbers per year', () => {
  it('dates the meeting from the page title and reads the guests, the posts joined with "and" and sentence-like titles', () => {
    const m = brief([
      '---',
      'title: "AMBLECOTE PARISH COUNCIL  Minutes of the Extraordinary Meeting held on  Draft Tuesday 9 April 2019 at 7.00pm in Amblecote Village Hall"',
      'date: "2019-08-26"',
      '---',
      '',
      'Present: Cllr Rose Thorn (Chair) Cllr Ed Pike Cllr Sam Lowe (Vice Chair) Jane Moss (Parish Clerk and Responsible Financial Officer)',
      '',
      'Public: 9 Also, in attendance: Cllr Omar Vale, Westshire County Council Mr Tom Reed, Tree Warden',
      '',
      '31/19 Openness Notice - The Parish Council record the meeting. The Chair said so.',
      '',
      '32/19 Apologies for Absence These were accepted for Cllr Kay Nash (Vice-Chair) (work).',
      '',
      '33/19 Minutes of the Meeting on 6 March 2019 The minutes of the Meeting on 6 March 2019 were accepted as a true record.',
    ]);
    expect([m.date, m.start]).toEqual(['2019-04-09', '19:00']);
    expect(m.attendees.map((a) => [a.honorific, a.name, a.organisation, a.role, a.attendance])).toEqual([
      ['Cllr', 'Rose Thorn', null, null, 'present'],
      ['Cllr', 'Ed Pike', null, null, 'present'],
      ['Cllr', 'Sam Lowe', null, 'Vice Chair', 'present'],
      [null, 'Jane Moss', null, 'Parish Clerk and Responsible Financial Officer', 'present'],
      ['Cllr', 'Omar Vale', 'Westshire County Council', null, 'in-attendance'],
      ['Mr', 'Tom Reed', null, 'Tree Warden', 'in-attendance'],
      ['Cllr', 'Kay Nash', null, 'Vice-Chair', 'apologies'],
    ]);
    expect(m.headings).toEqual([
      ['31/19', 'Openness Notice'],
      ['32/19', 'Apologies for Absence'],
      ['33/19', 'Minutes of the Meeting on 6 March 2019'],
    ]);
  });
});

describe('a title line that runs on into the roster, and items run on in one paragraph', () => {
  it('reads the roster after the label in capitals and ends each run-in title before its text', () => {
    const m = brief([
      'DRAFT MINUTES OF THE AMBLECOTE PARISH COUNCIL MEETING HELD AT AMBLECOTE VILLAGE HALL AT 7.30 pm ON TUESDAY 14 MAY 2019 PRESENT (Three Councillors):- Ann Lowe (AL), Kit Pike (KP) and Ed Nash (EN) Chair In attendance: Jo Reed, Parish Clerk, and 5 members of the public.',
      '',
      'The Chairman welcomed everyone. 1. Apologies for absence: None received. 2. Minutes of the Meeting held on 2 April 2019 Parish Councillors confirmed that they had seen the minutes. 3. Matters Arising 3.1 Bus Shelter - The Clerk reported that it was mended. 4. Correspondence The Clerk reported a letter from the school. 5. Items for the next agenda No Items were recorded.',
    ]);
    expect(m.title).toBe('DRAFT MINUTES OF THE AMBLECOTE PARISH COUNCIL MEETING HELD AT AMBLECOTE VILLAGE HALL AT 7.30 pm ON TUESDAY 14 MAY 2019');
    expect(m.who).toEqual([
      [null, 'Ann Lowe', null, 'present', false],
      [null, 'Kit Pike', null, 'present', false],
      [null, 'Ed Nash', null, 'present', true],
      [null, 'Jo Reed', 'Parish Clerk', 'in-attendance', false],
    ]);
    expect(m.headings).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes of the Meeting held on 2 April 2019'],
      ['3', 'Matters Arising'],
      ['4', 'Correspondence'],
      ['5', 'Items for the next agenda'],
    ]);
  });
});

describe('minutes written as paragraphs that open with a label and a full stop', () => {
  it('ends the roster at the first such paragraph, reads each label as an item and the apologies labelled inside a paragraph', () => {
    const m = brief([
      'Amblecote Parish Council Minutes of Meeting held on 12th March 2019 at 7.30pm.',
      '',
      'Present: Ann Lowe, Kit Pike, Ed Nash',
      '',
      'Public forum. Two residents asked the council to look again at the parking by the school gates.',
      '',
      'Police reports. These are put on the website each month for the village. Apologies for Absence: Rose Thorn, Sam Reed',
      '',
      'Cemetery. A quote was accepted to straighten the leaning headstones by the gate.',
      '',
      'Play Area. The swings need new chains and a tradesman will be asked to fit them.',
    ]);
    expect(m.who.map((w) => [w[1], w[3]])).toEqual([
      ['Ann Lowe', 'present'], ['Kit Pike', 'present'], ['Ed Nash', 'present'], ['Rose Thorn', 'apologies'], ['Sam Reed', 'apologies'],
    ]);
    expect(m.headings).toEqual([[null, 'Public forum'], [null, 'Police reports'], [null, 'Cemetery'], [null, 'Play Area']]);
  });
});

describe('numbered points indented under a plain heading', () => {
  it('are the heading\'s text, not items, and the plain headings stay the items', () => {
    const { minutes } = parseLines([
      'Parish Council Minutes: Monday 2nd September 2019',
      '',
      'Present: Mr Dalton, Mrs Edwards and, in the Chair, Mr Matt Prince.',
      '',
      'Declarations of Interest',
      '',
      'There were no declarations of interest.',
      '',
      'Matters Arising & Clerks Update',
      '',
      '    1. Playground Update – The Chair said the working party had sought three quotes.',
      '    2. Footpaths – The Clerk had reported the broken stile again.',
    ]);
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Declarations of Interest'],
      [null, 'Matters Arising & Clerks Update'],
    ]);
  });
});

describe('a list run in after the first item heading, wrapped over lines', () => {
  const names = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.honorific, a.name, a.attendance]);

  it('reads the lines after a comma or "and" as more of the list', () => {
    expect(
      names([
        'Minutes of Amblecote Parish Council meeting held on 4 March 2004',
        '',
        '1. Those attending: Cllr A Finch (Chairman), Cllr B Hale,',
        'Cllr D Rowe and',
        'Mrs G Holt (Clerk).',
        '',
        '2. Apologies: Cllr H Tate.',
      ]),
    ).toEqual([
      ['Cllr', 'A Finch', 'present'],
      ['Cllr', 'B Hale', 'present'],
      ['Cllr', 'D Rowe', 'present'],
      ['Mrs', 'G Holt', 'present'],
      ['Cllr', 'H Tate', 'apologies'],
    ]);
  });

  it('reads a paragraph of names after a blank line, but not a list of its own', () => {
    expect(
      names([
        'Minutes of Amblecote Parish Council meeting held on 4 March 2004',
        '',
        '1. Those attending: Mr M Lock (Chairman) Mr B Hale',
        '',
        'Mrs M Lee, Mrs T Mann, Mr C Dean,',
        '',
        'Apologies: Mr A White',
        '',
        '2. Minutes of the last meeting were approved.',
      ]),
    ).toEqual([
      ['Mr', 'M Lock', 'present'],
      ['Mr', 'B Hale', 'present'],
      ['Mrs', 'M Lee', 'present'],
      ['Mrs', 'T Mann', 'present'],
      ['Mr', 'C Dean', 'present'],
      ['Mr', 'A White', 'apologies'],
    ]);
  });
});

describe('initials typed with no space before the surname', () => {
  it('reads "P.Markwell" and "A.B.Jones" as people, but not "A.O.B"', () => {
    const { minutes } = parseLines([
      'Minutes of Amblecote Parish Council meeting held on 4 March 2004',
      '',
      'Present: Cllr P.Markwell (Chairman), Mr J.Smith, Mrs A.B.Jones, Cllr R. Lane',
      '',
      '1. Apologies',
      'None.',
      '',
      '2. A.O.B',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => [a.honorific, a.name, a.chair])).toEqual([
      ['Cllr', 'P.Markwell', true],
      ['Mr', 'J.Smith', false],
      ['Mrs', 'A.B.Jones', false],
      ['Cllr', 'R. Lane', false],
    ]);
    expect(minutes.items.map((i) => i.title)).toEqual(['Apologies', 'A.O.B']);
  });
});
