// Workplace and labour bodies' minutes: union branch and executive committees, joint negotiating and consultative
// committees, staff forums, partnership forums, health and safety committees (session 17). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role, a.chair]);

describe('a partnership forum whose two joint chairs are marked "(Joint Chair)" after their posts', () => {
  const lines = [
    'Minutes of the Forty-First Meeting of the Staff Partnership Forum',
    'Held on 4 March 2031 at Larchford House',
    'Present: Ms Ada Finch, Employee Director (Joint Chair)',
    'Mr Tom Reed, Chief Executive (Joint Chair)',
    'Ms Jo Lind, Director of Workforce',
    '1. Welcome and introductions',
    'Ada Finch welcomed everyone.',
  ];

  it('reads both as chairs, keeping the post before the mark', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Employee Director', true],
      ['present', 'Tom Reed', 'Chief Executive', true],
      ['present', 'Jo Lind', 'Director of Workforce', false],
    ]);
  });

  it('keeps the post on the label\'s line when the mark is "(Chair)"', () => {
    const one = lines.map((l) => l.replace('(Joint Chair)', '(Chair)'));
    expect(people(one).slice(0, 2)).toEqual([
      ['present', 'Ada Finch', 'Employee Director', true],
      ['present', 'Tom Reed', 'Chief Executive', true],
    ]);
  });
});

describe('a union local\'s AGM listing those present a line apart with no heading, then "Regrets:" with names', () => {
  const lines = [
    'AGM Meeting Minutes - 10/06/31',
    '',
    'October 6, 2031 4:30',
    '',
    'Ada Finch – Treasurer',
    '',
    'Tom Reed – President',
    '',
    'Bo Lind',
    '',
    'Jo Hale – Secretary',
    '',
    'Regrets:  Cy Moss, Dee Vane',
    '',
    'Quorum Met',
    '',
    '1.    Call to Order',
    '',
    '2.    Approval of Previous Minutes – agreed.',
  ];

  it('reads the block as those present and the line under the label as the regrets', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Treasurer', false],
      ['present', 'Tom Reed', 'President', false],
      ['present', 'Bo Lind', null, false],
      ['present', 'Jo Hale', 'Secretary', false],
      ['apologies', 'Cy Moss', null, false],
      ['apologies', 'Dee Vane', null, false],
    ]);
  });

  it('does not take "Quorum Met" below the regrets for a person', () => {
    const unspaced = ['Minutes of the Branch Meeting', '6 October 2031', 'Present: Ada Finch, Tom Reed', 'Apologies: Cy Moss', 'Quorum Met', '1. Minutes'];
    expect(minutes(unspaced).attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Tom Reed', 'Cy Moss']);
  });
});

describe('an executive board\'s minutes of a two-day meeting, titled by both days', () => {
  const lines = [
    'Minutes of the March 3-4, 2031 Executive Board Meeting',
    'March 3, 2031',
    'The Executive Board was called to order at 9:30 a.m.',
    'Agenda',
    'The agenda was adopted as printed.',
  ];

  it('reads the body after the days and the year, and the first day as the date', () => {
    expect(minutes(lines).body).toBe('Executive Board');
    expect(minutes(lines).date).toBe('2031-03-03');
  });
});

describe('a branch executive\'s minutes listing its officers two to a row, name and post cells set apart by spaces', () => {
  const lines = [
    'Branch Executive Meeting',
    '',
    'Minutes of Meeting14th October 2031',
    '',
    'Room 4, Larchford Hospital, 6.00 pm',
    '',
    'Ada Finch        Secretary            Tom Reed        Communications Officer',
    '',
    'Bo Lind    Steward            Jo Hale        Welfare Officer',
    '',
    'Al Dunn      Treasurer            Dot Marsh      Chairperson',
    '',
    '1.    Apologies',
    '',
    'Apologies were received from Cy Moss.',
  ];

  it('reads each row as two people with their posts', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', 'Secretary', false],
      ['present', 'Tom Reed', 'Communications Officer', false],
      ['present', 'Bo Lind', 'Steward', false],
      ['present', 'Jo Hale', 'Welfare Officer', false],
      ['present', 'Al Dunn', 'Treasurer', false],
      ['present', 'Dot Marsh', null, true],
      ['apologies', 'Cy Moss', null, false],
    ]);
  });

  it('reads the date glued to the word before it', () => {
    expect(minutes(lines).date).toBe('2031-10-14');
  });
});

describe('a workgroup safety committee\'s Word form flattened with slashes between its cells', () => {
  const lines = [
    'Health & Safety Committee Minutes',
    '/ Workgroup: / Library Services',
    'Meeting Date: Monday 7 July 2031 / Location: B4 110',
    'Present: A Finch (9), T Reed (8), B Lind (7) / Chair: Ada Finch',
    'Apologies: J Hale (9), C Moss (2) / Minutes: Tom Reed',
    'Start time: 2.00pm / Finish Time: 3.15 pm',
    '1. / Minutes of previous meeting accepted',
    '2. / Incident Reports:',
  ];

  it('reads the start and the finish from the one row', () => {
    expect([minutes(lines).start, minutes(lines).end]).toEqual(['14:00', '15:15']);
  });

  it('ends each list at the next cell\'s label, and takes the bracketed counts for no description', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation, a.role])).toEqual([
      ['present', 'A Finch', null, null],
      ['present', 'T Reed', null, null],
      ['present', 'B Lind', null, null],
      ['apologies', 'J Hale', null, null],
      ['apologies', 'C Moss', null, null],
    ]);
  });
});

describe('a committee page of a council\'s employees\' forum, the apologies in a resolution under the item\'s "Minutes:"', () => {
  const lines = (resolution: string) => [
    'Agenda and minutes',
    '',
    "Employees' Consultative Forum - Wednesday 5 November 2031 7.30 pm",
    '',
    'Venue: Committee Room 2, Larchford Civic Centre',
    '',
    '12.',
    '',
    'Apologies for Absence',
    '',
    'Minutes:',
    '',
    resolution,
    '',
    '13.',
    '',
    'Declarations of Interest',
    '',
    'Minutes:',
    '',
    'RESOLVED: To note that no interests were declared.',
  ];

  it('reads the names the resolution notes, worded either way', () => {
    for (const resolution of [
      'RESOLVED:  To note the apologies received from Mr Ivo Dunn and Ms Bea Hart.',
      'RESOLVED: That the apologies received from Mr Ivo Dunn and Ms Bea Hart be noted.',
    ]) {
      expect(minutes(lines(resolution)).attendees.map((a) => [a.attendance, a.honorific, a.name])).toEqual([
        ['apologies', 'Mr', 'Ivo Dunn'],
        ['apologies', 'Ms', 'Bea Hart'],
      ]);
    }
  });
});

describe('a union local executive\'s minutes held by conference call, the call alone on the line under the date', () => {
  const lines = ['Local 4471 Executive Minutes', '', 'March 9, 2031', '', 'Conference Call', '', 'Present : Ivo, Bea, Cal', '', 'Regrets: Dot', '', '1.     Review of previous minutes'];

  it('reads the call as the venue', () => {
    expect(minutes(lines).venue).toBe('Conference Call');
  });
});

describe('a town employee forum\'s minutes whose line under the date gives the time and then the room', () => {
  const lines = ['Employee Forum Meeting', '', 'Wednesday, March 5, 2031', '', '9:00a.m. Library Meeting Room', '', 'Members Present: Ivo Dunn, Bea Hart', '', 'The minutes of the last meeting were accepted.'];

  it('reads the room as the venue and the time as the start', () => {
    expect([minutes(lines).venue, minutes(lines).start]).toEqual(['Library Meeting Room', '09:00']);
  });
});

describe('a staff partnership forum\'s Word header flattened with slashes, its chair marked by a dash after the union', () => {
  const lines = [
    'Human Resources Department / Larchford House',
    'Board Room, Larchford / 13 September 2031 : 1.00 pm',
    'Present / Ms Kay Ross, RCN - Chair',
    'Ms Gail Boyd, Senior HR Advisor',
    'Mrs Lena Ward, Principal Administrator, Corporate Services',
    'Item 1 Welcome and Introduction',
    'The Chair welcomed everyone.',
  ];

  it('reads the union as her organisation and the dash as the chair\'s mark, and a post ending "Administrator" for no person', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.organisation, a.role, a.chair])).toEqual([
      ['Kay Ross', 'RCN', null, true],
      ['Gail Boyd', null, 'Senior HR Advisor', false],
      ['Lena Ward', 'Corporate Services', 'Principal Administrator', false],
    ]);
  });
});

describe('a union local\'s AGM whose attendance paragraph ends with one member on the phone, the meeting opened by another', () => {
  const lines = [
    'Annual General Meeting – May 20, 2031',
    'In attendance:',
    'Ivo Dunn (President), Bea Hart (Vice-President), Cal Moss, and Dot Lane was on the phone.',
    'Meeting Opened at 11:37 a.m. by Bea Hart',
    '1. Approval of Minutes from the last meeting:',
    'Motioned by Ivo Dunn; seconded by Cal Moss.',
  ];

  it('reads the last member without the clause, and the one who opened the meeting as its chair', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.chair])).toEqual([
      ['Ivo Dunn', false],
      ['Bea Hart', true],
      ['Cal Moss', false],
      ['Dot Lane', false],
    ]);
  });
});

describe('an executive board\'s minutes recording a roll-call vote a member to a line', () => {
  const lines = [
    'Minutes of the Executive Board Meeting',
    '',
    'March 3, 2031',
    '',
    'Agenda',
    '',
    'The agenda was adopted as amended.',
    '',
    'Roll Call #1',
    '',
    'Almond, Ivo for',
    '',
    'Birch, Bea for',
    '',
    'Cedar, J.L. against',
    '',
    'Carried 2 for 1 against',
    '',
    'Business Arising',
    '',
    'The policy manual is under revision.',
  ];

  it('takes no vote line for a topic', () => {
    const titles = minutes(lines).items.map((i) => i.title);
    expect(titles).toContain('Business Arising');
    expect(titles.filter((t) => /\b(?:for|against)$/.test(t))).toEqual([]);
  });
});

describe('a union local\'s officers with hyphenated posts', () => {
  const lines = ['Executive Minutes', '', '4 May 2031', '', 'Present:', 'Ada Finch – Vice-President', 'Tom Reed, Deputy-Chairman', 'Jo Lee – Treasurer', '', '1. Call to Order', '', 'Text.'];

  it('reads "Vice-President" as a post, as "Vice President" is', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role, a.organisation])).toEqual([
      ['Ada Finch', 'Vice-President', null],
      ['Tom Reed', 'Deputy-Chairman', null],
      ['Jo Lee', 'Treasurer', null],
    ]);
  });
});

describe('a union branch meeting whose first heading after the apologies is "Minutes and matters arising ..."', () => {
  const lines = [
    'Minutes of Larchford University Branch Meeting',
    '',
    'held on 7th June 2031 via Zoom',
    '',
    'Present: Ivo Dunn (Secretary), Bea Hart, Cal Moss (Chair)',
    '',
    'Apologies: Dot Lane, Eve Marsh,',
    '',
    'Minutes and matters arising from previous meeting',
    '',
    'Minutes approved.',
    '',
    'Branch matters',
    '',
    'Membership remains stable.',
  ];

  it('ends the apologies at the heading, which opens the first topic', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Dot Lane', 'Eve Marsh']);
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Minutes and matters arising from previous meeting', 'Branch matters']);
  });
});

describe('a staff forum\'s ex-officio members, each name followed by a long post after a comma', () => {
  const lines = [
    'Employee Forum Meeting',
    '',
    'Wednesday, March 5, 2031',
    '',
    'Ex-officio members present:  Ivo Dunn, Director of Human Resources, Bea Hart, Assistant Director of Human Resources',
    '',
    'The minutes of the last meeting were accepted.',
  ];

  it('reads each post of five words as the person\'s role', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.role])).toEqual([
      ['Ivo Dunn', 'Director of Human Resources'],
      ['Bea Hart', 'Assistant Director of Human Resources'],
    ]);
  });
});
