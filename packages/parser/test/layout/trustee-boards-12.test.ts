// Volunteer bodies' minutes: charity trustees, clubs, co-ops, residents' and friends-of groups (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.text, a.owners]);

describe('a club committee whose paragraphs end in a bracketed action tag', () => {
  const lines = [
    'HOLLOW LANE BOWLS CLUB',
    '',
    'Minutes of Committee Meeting held at the Pavilion on 14/03/2016 at 7.30pm.',
    '',
    'PRESENT',
    '',
    'Ruth Kember (In the Chair), Owen Pike, Tessa Vane, Ivor Lamb',
    '',
    'APOLOGIES FOR ABSENCE',
    '',
    'Sian Dorey',
    '',
    'MINUTES OF LAST MEETING',
    '',
    'Agreed',
    '',
    'MATTERS ARISING',
    '',
    'Green – The spring feed has been ordered. RK to book the contractor. [Action RK]',
    '',
    'Fencing – Deferred to the autumn. [action OP/TV]',
    '',
    'Bar stock – IL will check the cellar before Easter. [Action IL].',
    '',
    'Gate lock – No update [Action OP]',
  ];

  it('reads each tag as an action of the sentence before it, owners from the tag', () => {
    expect(actions(lines)).toEqual([
      ['RK to book the contractor.', ['RK']],
      ['Fencing – Deferred to the autumn.', ['OP', 'TV']],
      ['Bar stock – IL will check the cellar before Easter.', ['IL']],
      ['Gate lock – No update', ['OP']],
    ]);
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['MINUTES OF LAST MEETING', 'MATTERS ARISING']);
  });

  it('gives the owners the initials of their names the tags call them by', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials])).toEqual([
      ['Ruth Kember', 'RK'],
      ['Owen Pike', 'OP'],
      ['Tessa Vane', 'TV'],
      ['Ivor Lamb', 'IL'],
      ['Sian Dorey', null],
    ]);
  });

  it('leaves a bracket that is no action tag alone', () => {
    expect(actions(['Minutes of the Committee', '', 'Present: Ruth Kember, Owen Pike', '', '1. Green', '', 'The feed was ordered (late).'])).toEqual([]);
  });
});

describe("a wiki page's action list written before the minutes' numbered items", () => {
  const lines = [
    'Workshop Tenants Meeting 2012.05.08',
    '',
    '## People Present',
    '',
    '- Hugh Marsh (HM)',
    '- Ada Quill (AQ, landlord)',
    '',
    '## Action Items',
    '',
    '1. **New**: HM to send the water bill to Ada',
    '2. **New**: Workshop to clear the back room',
    '3. AQ in talks with the council about parking',
    '4. ~~HM to fit the new lock~~',
    '',
    '## Minutes',
    '',
    '1. Property report',
    '    1. Roof mended',
    '2. General',
    '    1. New tenant in unit 3',
  ];

  it('reads the numbered list under the heading as the actions, not as items', () => {
    expect(actions(lines)).toEqual([
      ['HM to send the water bill to Ada', ['HM']],
      ['Workshop to clear the back room', ['Workshop']],
      ['AQ in talks with the council about parking', ['AQ']],
    ]);
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Property report'],
      ['2', 'General'],
    ]);
  });
});

describe('a committee page whose members are one bullet of given names', () => {
  const lines = [
    '# Committee Meeting 2014.06.21',
    '',
    '## Minutes',
    '',
    '### Members Present',
    '',
    '-   Tam, Orla, Kit, Wren',
    '',
    '### Correspondence',
    '',
    'None this month.',
    '',
    '### Action Items Resulting',
    '',
    '-   Orla to renew the insurance.',
    '-   Tidy the store room.',
  ];

  it('reads the given names as those present', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Tam', 'present'],
      ['Orla', 'present'],
      ['Kit', 'present'],
      ['Wren', 'present'],
    ]);
  });

  it('reads "Action Items Resulting" as the action list, no item', () => {
    expect(actions(lines)).toEqual([
      ['Orla to renew the insurance.', ['Orla']],
      ['Tidy the store room.', []],
    ]);
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Correspondence']);
  });
});

describe("a tenants' society whose minutes say in a sentence who took the chair", () => {
  const lines = [
    'Minutes of the General Meeting held on Tuesday 4th March 2025',
    '',
    'Members',
    '',
    'Mr D Tarrant took the chair, all committee members were present with a further 12 society members present.',
    '',
    'Matters Arising',
    '',
    'None',
    '',
    "Chairman's Report",
    '',
    'The gutters on Elm Row have been replaced.',
  ];

  it('reads the one named as the chair present', () => {
    expect(minutes(lines).attendees.map((a) => [a.honorific, a.name, a.attendance, a.chair])).toEqual([['Mr', 'D Tarrant', 'present', true]]);
  });

  it('reads "None" under a heading as what the item said, no item', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Matters Arising', "Chairman's Report"]);
  });

  it('names no one where the chair is a post', () => {
    expect(minutes(['Minutes of the General Meeting', '', 'The Chairman took the chair at 7pm.', '', 'Matters Arising', '', 'Noted.', '', 'Reports', '', 'Noted.']).attendees).toEqual([]);
  });
});

describe('a start written on the 24-hour clock with no stop', () => {
  it('reads "Commenced at 1930 hours" as the start', () => {
    expect(minutes(['Minutes of Committee meeting held on Wednesday 7th May 2014 at 2 Mill Lane. Commenced at 1930 hours.', '', 'Present: Ann Lee, Tom Hale', '', '1. Apologies', '', 'None']).start).toBe('19:30');
  });

  it('reads a 24-hour clock with its zone for the opening and the close', () => {
    const wiki = ['# Time and Location', '', 'Meeting called to order at 1905 EST by Ann Lee', '', 'Members Present: Ann Lee, Tom Hale', '', '# Reports', '', 'None given.', '', '# Adjournment', '', 'Meeting adjourned at 2130 EST.'];
    expect([minutes(wiki).start, minutes(wiki).end]).toEqual(['19:05', '21:30']);
  });

  it('leaves a year or a count alone', () => {
    expect(minutes(['Minutes of Committee meeting held in 2014', '', 'Present: Ann Lee, Tom Hale', '', '1. Accounts', '', 'The 2014 accounts show 1930 members.']).start).toBeNull();
  });
});

describe("a friends group's committee listed under IN ATTENDANCE, the only list of those there", () => {
  const lines = [
    'FRIENDS OF MARSH PARK COMMITTEE MEETING',
    '2ND APRIL 2015',
    '',
    'IN ATTENDANCE: Cara Holt (Chair), Dev Ince (Minutes),',
    'Ola Hart, Max Penn',
    '',
    'APOLOGIES: Una Reeve',
    '',
    'GUEST PARTICIPANT: Lee Sand',
    '',
    '1. Pond. The pond was cleared.',
    '',
    '2. Benches. Two were repaired.',
  ];

  it('reads them as present, the one marked Chair chairing, and the guest in attendance', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.attendance, a.chair, a.role])).toEqual([
      ['Cara Holt', 'present', true, null],
      ['Dev Ince', 'secretariat', false, null],
      ['Ola Hart', 'present', false, null],
      ['Max Penn', 'present', false, null],
      ['Una Reeve', 'apologies', false, null],
      ['Lee Sand', 'in-attendance', false, null],
    ]);
  });
});

describe('an allotment AGM naming its minute taker after the committee', () => {
  it('reads "Minutes: Name." as the secretariat', () => {
    const lines = ['Minutes of AGM 2 April 2016', '', 'Present: Committee: Al Sim (Chair), Syl Burr (Secretary).', 'Minutes: Jo Wills.', 'Apologies: Sue Rudd.', '', 'Chairman’s Report', '', 'A good year.', '', 'Treasurer’s Report', '', 'Funds are healthy.'];
    expect(minutes(lines).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Al Sim', 'present'],
      ['Syl Burr', 'present'],
      ['Jo Wills', 'secretariat'],
      ['Sue Rudd', 'apologies'],
    ]);
  });
});

describe("a co-op's general meeting whose first item lists the apologies a line each", () => {
  const lines = [
    'Minutes of General Meeting',
    '4th May 2015 7pm',
    'Attendees',
    'Nia Cole – Committee member NC',
    'Ray Dunn – Co-op manager RD',
    '1. Apologies for absence',
    'Ivy Lowe – Committee chair IL',
    'Sam Pike – Committee member SP',
    '2. Minutes of last meeting',
    'Agreed as a true record',
  ];

  it('reads the lines under the item as the apologies, and the items on', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.attendance, a.initials])).toEqual([
      ['Nia Cole', 'present', 'NC'],
      ['Ray Dunn', 'present', 'RD'],
      ['Ivy Lowe', 'apologies', 'IL'],
      ['Sam Pike', 'apologies', 'SP'],
    ]);
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Minutes of last meeting'],
    ]);
  });

  it('leaves a paragraph of apologies under the item to the item', () => {
    const paragraph = ['Minutes of General Meeting', '', 'Present: Nia Cole, Ray Dunn', '', '1. Apologies', '', 'Ivy Lowe (Acme Trust), Sam Pike (Brook Homes).', '', '1. Minutes', '', 'Agreed.'];
    expect(minutes(paragraph).items.map((i) => i.title)).toEqual(['Apologies', 'Minutes']);
  });
});

describe("a village hall charity's AGM whose items run into formal resolutions", () => {
  const lines = [
    'Minutes of the Annual General Meeting held at the Hall on Wednesday 9th November 2016 at 7.00pm',
    '',
    'Present: A Lowe (Chair), B Fenn (Treasurer), C Hart.',
    '',
    '1\\. Minutes of the 2015 Annual General Meeting Upon the proposition of B Fenn, seconded by C Hart, it was resolved unanimously "That the Minutes be approved."',
    '',
    '2\\. Election of Officers Upon the proposition of C Hart, seconded by B Fenn, it was resolved unanimously "That A Lowe be re-appointed as Chair."',
    '',
    '3\\. Closure There being no further business, the Meeting was declared closed at 8.05pm.',
  ];

  it('ends each title where the resolution or the closing formula starts', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes of the 2015 Annual General Meeting'],
      ['2', 'Election of Officers'],
      ['3', 'Closure'],
    ]);
  });
});

describe("a cricket club's AGM listing its officers by post and initials", () => {
  const lines = [
    'MINUTES of Cricket AGM held at The Hut on Tuesday, 12th February 2019 at 8 o\'clock',
    '1. Members Present – Chairman RJD, Secretary MK, Sean Tate ST. Neil Orme, Ivo Pell IP,',
    '2. Apologies – Treasurer HB, Lou Crane LC,',
    '3. Matters Arising – none.',
  ];

  it('reads a post and initials as an officer known by those initials, the chair marked', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials, a.role, a.attendance, a.chair])).toEqual([
      ['RJD', 'RJD', null, 'present', true],
      ['MK', 'MK', 'Secretary', 'present', false],
      ['Sean Tate', 'ST', null, 'present', false],
      ['Neil Orme', null, null, 'present', false],
      ['Ivo Pell', 'IP', null, 'present', false],
      ['HB', 'HB', 'Treasurer', 'apologies', false],
      ['Lou Crane', 'LC', null, 'apologies', false],
    ]);
  });

  it("keeps a post and the initials of the name before it as that person's", () => {
    const pcc = ['Minutes of the PCC meeting', '', 'Present: Revd Ann Lowe-Hart, Chair ALH', '', 'Ben Moss, Vice Chair BM', '', '1. Prayers', '', 'ALH opened with a prayer.'];
    expect(minutes(pcc).attendees.map((a) => [a.name, a.initials, a.chair])).toEqual([
      ['Ann Lowe-Hart', 'ALH', true],
      ['Ben Moss', 'BM', false],
    ]);
  });
});

describe('minutes that open with a sentence saying when the meeting took place', () => {
  const lines = ['The meeting took place on 3 December 2023, at the Mill Centre.', '| 1. WELCOME AND APOLOGIES The Chair welcomed all. |', '| 2. MINUTES OF THE PREVIOUS MEETING Agreed. |'];

  it('reads the date from it and takes no title from it', () => {
    expect([minutes(lines).title, minutes(lines).date]).toEqual([null, '2023-12-03']);
  });
});
