// Research and ethics bodies' minutes: ethics committees, review boards, animal welfare bodies, data governance panels
// (session 17). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name} ${a.attendance}`);

describe('the lists of members away', () => {
  it('reads "Not in Attendance" and "Missing committee members" as the absent, not as those in attendance', () => {
    const page = ['Animal Care Committee Meeting Minutes', 'May 4, 2019', '', 'Attendees: Ann Hale, Ben Rowe', '', 'Not in Attendance: Cara Lind', '', 'The meeting was called to order.'];
    expect(roll(page)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies']);
    const missing = ['Animal Care Committee Meeting Minutes', 'May 4, 2019', '', 'Attendees: Ann Hale, Ben Rowe', '', 'Missing committee members: Cara Lind, Dan Moss', '', 'I. Call to Order'];
    expect(roll(missing)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dan Moss apologies']);
  });
});

describe('the committee secretary', () => {
  it('heads a list of their own on a "Secretary:" line below the lists, as a flattened table\'s label cell too', () => {
    const lines = ['Research Ethics Committee', '4 March 2008', '', 'Present: Dr Ann Hale, Mr Ben Rowe', 'Apologies: Ms Cara Lind', 'Secretary: Ms Dora Moss, Research Governance Manager', '', '1. Minutes', 'Agreed.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dora Moss secretariat']);
    const table = ['RESEARCH ETHICS COMMITTEE', '4 MARCH 2008', 'Chair / Professor Hale, Pro-Vice-Chancellor', 'Present / Dr Rowe, Ms Lind', 'Apologies / Mr Moss', 'Secretary / Ms Finch, Research Governance Manager', 'MINUTES', 'Approved / The Minutes were signed.'];
    expect(roll(table)).toEqual(['Hale present', 'Rowe present', 'Lind present', 'Moss apologies', 'Finch secretariat']);
  });

  it('is no list among the office bearers an annual meeting names', () => {
    const lines = ['Annual General Meeting of the Brook Forum', '4 June 2025', 'Present: Ann Hale, Ben Rowe', '2) Office Bearers', 'The office bearers for this term were :-', 'Chair : Ann Hale', 'Treasurer : Ben Rowe', 'Secretary : Cara Lind', 'The forum thanked them.'];
    expect(minutes(lines).attendees.find((a) => a.name === 'Cara Lind')?.attendance).not.toBe('secretariat');
  });
});

describe('service ranks', () => {
  it('are honorifics before the name, as a data governance council lists its members', () => {
    const m = minutes(['Council Meeting', '', '6 December 2022', '', 'Present', '', 'Dr Ann Hale (Chair), Wg Cdr Ben Rowe, Cara Lind, Sqn Ldr Dan Moss.', '', 'Apologies', '', 'Brigadier Eve Finch, Gill Reed, Hal Young.', '', 'Declarations of interest', '', 'None.']);
    expect(m.attendees.map((a) => `${a.honorific ?? '-'} ${a.name}`)).toEqual(['Dr Ann Hale', 'Wg Cdr Ben Rowe', '- Cara Lind', 'Sqn Ldr Dan Moss', 'Brigadier Eve Finch', '- Gill Reed', '- Hal Young']);
  });
});

describe('people run together with their initials, a colon before each description', () => {
  const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.initials, a.role, a.organisation, a.attendance].join('|'));

  it('are cut before each name, also on lines that open with the end of the last line\'s person', () => {
    const page = [
      'Quality Committee Meeting Minutes Tuesday 10 February 2015',
      '',
      'Present: Ann Hale (AH) : Non-Executive Director (Chair) Ben Rowe (BR) : Director of Nursing, Acme Trust',
      '',
      'In attendance: Cara Lind (CL) : Head of Quality, Brook Health &',
      '',
      'Care Trust (item 3) Dan Moss (DM) : Complaints Manager, Acme Trust (item 4) Eve Finch (EF) : Finance Lead, Acme Trust',
      '',
      '(items 1-3) Gill Reed (GR) : Public Health Consultant, Brook Council',
      '',
      '1. Welcome',
      'The Chair welcomed everyone.',
    ];
    expect(people(page)).toEqual([
      'Ann Hale|AH|Non-Executive Director||present',
      'Ben Rowe|BR|Director of Nursing|Acme Trust|present',
      'Cara Lind|CL|Head of Quality|Brook Health &|in-attendance',
      'Dan Moss|DM|Complaints Manager|Acme Trust|in-attendance',
      'Eve Finch|EF|Finance Lead|Acme Trust|in-attendance',
      'Gill Reed|GR|Public Health Consultant|Brook Council|in-attendance',
    ]);
  });

  it('carry the wrapped words over to the person above when the line before listed them', () => {
    const page = ['Quality Committee Minutes', '4 May 2015', '', 'Present:', 'Cara Lind (CL) : Head of Quality, Brook Health &', 'Care Trust (item 3) Dan Moss (DM) : Complaints Manager, Acme Trust', '', '1. Welcome', 'Text.'];
    expect(people(page)).toEqual(['Cara Lind|CL|Head of Quality|Brook Health & Care Trust|present', 'Dan Moss|DM|Complaints Manager|Acme Trust|present']);
  });

  it('keep a bullet before each person out of the descriptions', () => {
    const page = ['Partnership Board - minutes - 4 May 2022', '', '  • Ann Hale (AH): Chair, Acme Trust (AT)', '  • Dr Ben Rowe (BR): NHS', '  • Cara Lind (CL): Brook Council', '', 'Welcome and Introductions', '', 'The Chair welcomed everyone.'];
    expect(people(page)).toEqual(['Ann Hale|AH|Chair|Acme Trust (AT)|present', 'Ben Rowe|BR||NHS|present', 'Cara Lind|CL||Brook Council|present']);
  });
});

describe('numbered items set in at the indent of the text', () => {
  const titles = (lines: string[]) => minutes(lines).items.map((i) => `${i.number} ${i.title}`);

  it('go on with the items after a page break, where the page indents its headings as its text', () => {
    const page = [
      '                Minutes of the Research Ethics Board',
      '                          July 28, 2003',
      '',
      'Present:',
      '',
      'Ann Hale, (Chair) Psychology',
      'Ben Rowe, Biology',
      '',
      '1. Approval of the Agenda',
      '',
      '   Moved and seconded',
      '   Carried.',
      '',
      '2. Approval of the Draft Minutes of June 16, 2003',
      '',
      '   Moved and seconded',
      '   Carried.',
      'Minutes of the Research Ethics Board',
      'July 28, 2003',
      'Page 2.',
      '',
      '   3. Report from the Chair',
      '',
      '      There was no report from the Chair.',
      '',
      '   4. Report from Board Members',
      '',
      '      There were no reports.',
    ];
    expect(titles(page)).toEqual(['1 Approval of the Agenda', '2 Approval of the Draft Minutes of June 16, 2003', '3 Report from the Chair', '4 Report from Board Members']);
  });

  it('stay points of a list inside an item that numbers its own paragraphs', () => {
    const page = ['Minutes of the Brook Ethics Panel', '4 May 2023', '', '1. Minutes and matters arising', '', '  1. The meeting began with introductions.', '  2. Ann Hale declared an interest', '  3. Ben Rowe gave his apologies', '', '2. Review of the data policy', 'The panel agreed the policy.'];
    expect(titles(page)).toEqual(['1 Minutes and matters arising', '2 Review of the data policy']);
  });
});

describe('Roman-numbered items with their text run in', () => {
  const titles = (lines: string[]) => minutes(lines).items.map((i) => `${i.number} ${i.title}`);

  it('end the title at the colon of a mixed-case heading, also on a long line whose text runs on after two spaces', () => {
    const page = [
      'Animal Care Committee Minutes',
      'October 26, 2020',
      '',
      'Attendees: Ann Hale, Ben Rowe, Cara Lind',
      '',
      'I. Call to Order: Ann Hale at 2:00pm',
      '',
      'II. Approval of Minutes: No past minutes for approval.  We met by email to review the classroom activities of the biology department and voted to approve them earlier this spring.',
      '',
      'III. Updates from the Research Office (ORO):',
      '',
      'Ben Rowe: the committee charges were revised.',
      '',
      'IV. Board Member Positions:',
      '',
      'We are still searching for a veterinarian.',
    ];
    expect(titles(page)).toEqual(['I Call to Order', 'II Approval of Minutes', 'III Updates from the Research Office (ORO)', 'IV Board Member Positions']);
  });

  it('keep a heading in capitals whole with what follows its colon', () => {
    const page = ['Board Minutes', 'May 26, 2015', '', 'I. OPEN SESSION', 'The board met.', '', 'II. SPECIAL RECOGNITION: Student Board Members Ann Hale and Ben Rowe', 'The board thanked them.'];
    expect(titles(page)).toEqual(['I OPEN SESSION', 'II SPECIAL RECOGNITION: Student Board Members Ann Hale and Ben Rowe']);
  });
});

describe('minutes numbered on through the year', () => {
  const titles = (lines: string[]) => minutes(lines).items.map((i) => `${i.number} ${i.title}`);

  it('start at the first number after the lists, a stop closing the number before a wide gap', () => {
    const page = ['Minutes of the Ethics Committee held on 18 October 2013', '', 'Members:  Ann Hale (Chair), Ben Rowe, Cara Lind (ab)', '', 'In Attendance:  Dan Moss', '', '13/24.             Apologies for Absence', '', 'Apologies for absence were received from Cara Lind', '', '13/25              Business of the Agenda', '', 'No items were unstarred.', '', '13/26.     Minutes', '', 'The Minutes were confirmed.'];
    expect(titles(page)).toEqual(['13/24 Apologies for Absence', '13/25 Business of the Agenda', '13/26 Minutes']);
    expect(roll(page).sort()).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dan Moss in-attendance']);
  });

  it('are read where the converter lost the space between the number and the title', () => {
    const page = ['Minutes', '', 'Minutesof the meeting oftheEthicsCommitteeheldonFriday27 October 2017.', '', 'Attendance', '', 'Ann Hale (Chair), Ben Rowe, Cara Lind (ab).', '', '17/30Minutes', '', 'The Minutes were confirmed.', '', '17/31Matters Arising from the Minutes', '', 'Noted.', '', '17/32Review of Committee Effectiveness', '', 'Reviewed.'];
    expect(titles(page)).toEqual(['17/30 Minutes', '17/31 Matters Arising from the Minutes', '17/32 Review of Committee Effectiveness']);
  });
});

describe('an action column\'s owners', () => {
  it('take the initials of a double-barrelled surname ("AH-F"), alone or with others', () => {
    const page = ['Research Ethics Committee', 'Minutes of the meeting held 24 January 2013', '', 'Present: Ann Hale-Ford (Chair), Ben Rowe, Cara Lind, Dan Moss', '', '1. Review of panels', '', 'A paper on the review would be submitted in June.', '', 'Action: AH-F/ BR/CL', '', '2. Social media', '', 'Draft guidance would be provided for the next meeting.', '', 'Action: AH-F'];
    expect(minutes(page).actions.map((a) => `${a.text} | ${a.owners.join(',')}`)).toEqual([
      'A paper on the review would be submitted in June. | AH-F,BR,CL',
      'Draft guidance would be provided for the next meeting. | AH-F',
    ]);
  });
});
