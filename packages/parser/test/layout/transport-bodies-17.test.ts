// Transport bodies' minutes: rail and bus user groups, transport committees, road-safety partnerships (session 17).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('item numbers written in brackets', () => {
  const lines = [
    'Minutes of Committee Meeting on 9th May 2015, Perth',
    'In attendance: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL).',
    '(1) Apologies',
    'Dan Moss (DM).',
    '(2) Approval of Minutes',
    'Minutes of the March meeting agreed.',
    '(3) Station Car Park',
    'BR reported that the new barrier is working. AH to write to the operator.',
    '(4) 2016 AGM',
    'Agreed to meet at the Station Hotel.',
  ];

  it('reads "(N) Title" alone on its line as item N', () => {
    expect(items(lines)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Approval of Minutes'],
      ['3', 'Station Car Park'],
      ['4', '2016 AGM'],
    ]);
  });

  it('takes the apologies from the bracket-numbered apologies item', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name)).toEqual(['Dan Moss']);
  });

  it('leaves a bracket-numbered sentence in the text', () => {
    const sentence = ['Minutes of the Senate, 3 March 2004', '', '(1) The President reported that the budget review is delayed, and thanked the officers.', '', '1. ROLL CALL', '', 'All present.'];
    expect(items(sentence)).toEqual([['1', 'ROLL CALL']]);
  });
});

describe('an action caption over its entries with no blank line between', () => {
  const lines = [
    'Riverside Cyclists Monthly Meeting',
    'Present: Jo Finch, Sam Hale, Ann Rowe.',
    '',
    '1. Rides',
    'The spring rides were planned.',
    ' Action:',
    'Put the spring rides on the website – JF',
    'Order new hi-vis vests – SH',
    'Book the hall for the AGM – JF',
    '',
    '2. Any other business',
    'None.',
  ];

  it('reads each line closed by its owners as its own action', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['Put the spring rides on the website', ['JF']],
      ['Order new hi-vis vests', ['SH']],
      ['Book the hall for the AGM', ['JF']],
    ]);
  });

  it('keeps lines that close with no owners one paragraph', () => {
    const wrapped = [...lines.slice(0, 6), 'Put the spring rides on the website and ask members', 'to suggest routes for the summer', '', '2. Any other business', 'None.'];
    expect(minutes(wrapped).actions.map((a) => a.text)).not.toContain('Put the spring rides on the website and ask members');
  });
});

describe('list labels in Māori and English, parted by a slash', () => {
  const lines = [
    'Regional Transport Committee Minutes',
    'Meeting held in the Council Chamber on Tuesday 4 March 2025, commencing at 10.30am',
    '',
    'Tuhinga/Present:',
    'Cr Ana Rewi (Chairperson)',
    'Cr Tom Hale',
    '',
    'I Tae Mai/In Attendance:',
    'Sam Lee',
    'Kim Ngata',
    '',
    'The Chair declared the meeting open at 10.30am.',
  ];

  it('reads the list each English label names', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name])).toEqual([
      ['present', 'Ana Rewi'],
      ['present', 'Tom Hale'],
      ['in-attendance', 'Sam Lee'],
      ['in-attendance', 'Kim Ngata'],
    ]);
  });

  it('does not read an agenda step in English before the slash as a translation', () => {
    const steps = ['Meeting of the Library Board', '', 'June 10, 2019 at 5:00 pm', '', '1. Call to Order/Roll Call:', 'Meeting called to order at 5:05.', '', '2. Approval of Agenda', 'Approved.'];
    expect(minutes(steps).attendees).toEqual([]);
  });
});

describe('the mode of attending written after the organisation without brackets', () => {
  it('leaves "virtually" out of the organisation', () => {
    const lines = ['Minutes of a Meeting of the Regional Transport Committee', '', 'Date: 5 May 2023', '', 'Present: Cr J Rowe – HBRC virtually', 'Mayor K Wise – NCC', '', '1. Apologies', 'None.'];
    expect(minutes(lines).attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['J Rowe', 'HBRC'],
      ['K Wise', 'NCC'],
    ]);
  });
});

describe('an action point set out over lines of its own, its owner on the last', () => {
  const lines = [
    'Road Safety Partnership Board - meeting minutes - 3 March 2023',
    '',
    'Attendees',
    '',
    '  • Ann Hale (AH): Chair, Transport Agency',
    '  • Ben Rowe (BR): Police',
    '',
    'Welcome and Introductions',
    '',
    'The Chair welcomed members to the board.',
    '',
    'Previous Minutes and Actions',
    '',
    'The minutes were approved as an accurate record.',
    '',
    'Action Point 7',
    '',
    'BR to share the casualty figures with members.',
    '',
    'Owner: Ben Rowe',
    '',
    'Speed Limits',
    '',
    'AH gave an update on the review of rural limits.',
    'Action Point 8',
    'Circulate the review timetable.',
    'Owner: Ann Hale',
  ];

  it('reads the number, the task and the owner line as one action', () => {
    expect(minutes(lines).actions.map((a) => [a.number, a.text, a.owners])).toEqual([
      ['7', 'BR to share the casualty figures with members.', ['Ben Rowe']],
      ['8', 'Circulate the review timetable.', ['Ann Hale']],
    ]);
  });

  it('reads neither the label nor the owner line as a topic', () => {
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Welcome and Introductions', 'Previous Minutes and Actions', 'Speed Limits']);
  });
});

describe('a bracket left open in a list parted by semicolons', () => {
  it('closes it at the semicolon that ends its entry, so the people after it are read', () => {
    const lines = [
      'Minute of a meeting of the Directors held on 9 March 2017',
      '',
      'Present: J. Reid (Chair; P. Moss (Vice-Chair); K. Lowe; D. Hart (Treasurer); S. Bain.',
      '',
      'Others present: F. Gray, Harbourmaster',
      '',
      '1. Apologies: None',
    ];
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'present').map((a) => [a.name, a.role, a.chair])).toEqual([
      ['J. Reid', null, true],
      ['P. Moss', 'Vice-Chair', false],
      ['K. Lowe', null, false],
      ['D. Hart', 'Treasurer', false],
      ['S. Bain', null, false],
    ]);
  });
});

describe("a group's meeting roles on the line of its regrets", () => {
  const lines = [
    'Riders Group – June 2, 2021 – 7:00 pm - Zoom Video Conference',
    '',
    'Present: Ann, Ben, Cy, Dee',
    '',
    'Facilitator: Cy Recorder: Ben Regrets: Eve, Fay',
    '',
    '1. Introductions',
    'Everyone introduced themselves.',
  ];

  it('parts the line at each label and reads the recorder as the secretariat and the regrets as apologies', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.chair])).toEqual([
      ['present', 'Ann', false],
      ['present', 'Ben', false],
      ['present', 'Cy', true],
      ['present', 'Dee', false],
      ['secretariat', 'Ben', false],
      ['apologies', 'Eve', false],
      ['apologies', 'Fay', false],
    ]);
  });
});

describe('a title that names the record first, then the body, then the date', () => {
  it('reads the body between the dashes', () => {
    const lines = ['Meeting minutes - Cycle Route Partnership Group - 14 March 2022', 'Attendees', '- Ann Hale (AH) Transport Agency (Chair)', '- Ben Rowe (BR) City Council', 'Welcome', 'The Chair welcomed the group.'];
    const m = minutes(lines);
    expect([m.body, m.date]).toEqual(['Cycle Route Partnership Group', '2022-03-14']);
  });
});

describe('"Minutes for the ... meeting held on" as the title', () => {
  it('reads the body before the meeting and its date', () => {
    const lines = ['CITY OF BROOKVALE', '', 'MINUTES FOR THE Jetty Advisory Committee MEETING HELD ON 9 May 2019', '', '1. Declaration of Opening', '', 'The Presiding Member opened the meeting at 2.05pm'];
    expect(minutes(lines).body).toBe('Jetty Advisory Committee');
  });
});
