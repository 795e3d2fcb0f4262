// Decisions, recommendations, references and the next meeting.
import { describe, expect, it } from 'vitest';
import { codes, parseLines, spanText, wordHeader } from './build.js';

const roster = ['**Present**', '', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

describe('decisions', () => {
  const { minutes } = parseLines([
    ...wordHeader(),
    ...roster,
    '### **1. Minutes of the last meeting**',
    '',
    '1.1 Minutes of the last meeting of 10 January 2023 agreed as an accurate record.',
    '',
    '### **2. Work plan**',
    '',
    '2.1 Members approved the work plan for 2023/24.',
    '',
    '2.2 It was agreed that the youth survey would be repeated next year.',
    '',
    '2.3 **TP** described the harbour walk.',
  ]);

  it('reads the approval of the minutes, approvals and agreements, each under its item', () => {
    expect(minutes.decisions.map(({ position: _position, ...rest }) => rest)).toEqual([
      { kind: 'minutes-approved', text: 'Minutes of the last meeting of 10 January 2023 agreed as an accurate record.', itemNumber: '1' },
      { kind: 'approved', text: 'Members approved the work plan for 2023/24.', itemNumber: '2' },
      { kind: 'agreed', text: 'It was agreed that the youth survey would be repeated next year.', itemNumber: '2' },
    ]);
  });
});

describe('recommendations and references', () => {
  const lines = [
    ...wordHeader(),
    ...roster,
    '### **1. Youth survey**',
    '',
    '1.1 Recommendations',
    '',
    '1. That the partnership notes the survey results (appendix 1).',
    '',
    '1.2 **TP** said the results are at <https://example.org/northbridge/survey> until May.',
  ];
  const { minutes } = parseLines(lines);

  it('reads "That ..." recommendations under a Recommendations heading', () => {
    expect(minutes.recommendations.map(({ position: _position, ...rest }) => rest)).toEqual([
      { text: 'That the partnership notes the survey results (appendix 1).', itemNumber: '1' },
    ]);
  });

  it('reads links and named appendices', () => {
    expect(minutes.references.map(({ position: _position, ...rest }) => rest)).toEqual([
      { kind: 'document', text: 'appendix 1', url: null, itemNumber: '1' },
      { kind: 'link', text: 'https://example.org/northbridge/survey', url: 'https://example.org/northbridge/survey', itemNumber: '1' },
    ]);
  });
});

describe('a link at the end of a sentence', () => {
  // Gap: the full stop after the link is kept in its text and url.
  it('leaves the sentence punctuation out of the url', () => {
    const { minutes } = parseLines([...wordHeader(), ...roster, '### **1. Survey**', '', '1.1 The results are online at https://example.org/northbridge/survey.']);
    expect(minutes.references.map((r) => r.url)).toEqual(['https://example.org/northbridge/survey']);
  });
});

describe('the next meeting', () => {
  it('reads date and times under a "Date of next meeting" item', () => {
    const { minutes } = parseLines([
      ...wordHeader(),
      ...roster,
      '### **1. Welcome**',
      '',
      '1.1 **MO** welcomed members.',
      '',
      '### **2. Date of next meeting**',
      '',
      '13 June 2023, 10.00am – 12.00pm',
    ]);
    const { position: _position, ...next } = minutes.nextMeeting!;
    expect(next).toEqual({ date: '2023-06-13', start: '10:00', end: '12:00', venue: null, originalDate: null, note: null });
  });

  it('follows a note that moves it, keeping the date first announced and the times', () => {
    const lines = [
      ...wordHeader(),
      ...roster,
      '### **1. AOB**',
      '',
      'Next meeting: 5 September 2023, 10am-12pm',
      '',
      '**NOTE: This has now been moved to 12 October 2023.**',
    ];
    const result = parseLines(lines);
    const { position, ...next } = result.minutes.nextMeeting!;
    expect(next).toEqual({
      date: '2023-10-12',
      start: '10:00',
      end: '12:00',
      venue: null,
      originalDate: '2023-09-05',
      note: 'NOTE: This has now been moved to 12 October 2023.',
    });
    expect(spanText(lines.join('\n'), position)).toContain('Next meeting: 5 September 2023, 10am-12pm');
    expect(codes(result)).toContain('LSMP5004');
  });

  it('follows a note that moves it after a long sentence naming it', () => {
    const lines = [
      ...wordHeader(),
      ...roster,
      '### **3. Any other business**',
      '',
      '3.1 Members agreed that the date of the next meeting would be 5 September 2023 at the Harbour Trust offices.',
      '',
      '3.2 This has since been moved to 12 October 2023.',
      '',
      '3.3 **MO** thanked members for attending.',
    ];
    const result = parseLines(lines);
    expect(result.minutes.nextMeeting).toMatchObject({ date: '2023-10-12', originalDate: '2023-09-05', note: '3.2 This has since been moved to 12 October 2023.' });
  });

  it('is null when the minutes name none', () => {
    const { minutes } = parseLines([...wordHeader(), ...roster, '### **1. Welcome**', '', '1.1 **MO** welcomed members.']);
    expect(minutes.nextMeeting).toBeNull();
  });
});

describe('the end of the meeting', () => {
  it('reads the closing time when the header gives none', () => {
    const { minutes } = parseLines([
      ...wordHeader('14 March 2023', '7.30 p.m.'),
      ...roster,
      '### **1. Welcome**',
      '',
      '1.1 **MO** welcomed members.',
      '',
      'The meeting closed at 9.15pm.',
    ]);
    expect([minutes.start, minutes.end]).toEqual(['19:30', '21:15']);
  });
});

describe('the end of the meeting said by the one who closed it', () => {
  it.each([
    ['The Chairman closed the meeting at 9.05pm.', '21:05'],
    ['The meeting was declared closed at 9pm.', '21:00'],
    ['There being no further business the Chair declared the meeting closed at 8.40pm.', '20:40'],
  ])('reads "%s"', (sentence, end) => {
    const { minutes } = parseLines([...wordHeader('14 March 2023', '7.30 p.m.'), ...roster, '### **1. Welcome**', '', '1.1 **MO** welcomed members.', '', sentence]);
    expect(minutes.end).toBe(end);
  });
});

describe('the start of the meeting stated in a sentence', () => {
  const opened = (sentence: string) =>
    parseLines(['Minutes of the Northbridge Panel', '', 'Wednesday 8 March 2023', '', 'Present:', 'Maria Okafor (Chair)', 'Tom Reed', '', sentence, '', '1. Apologies', '', 'None were received.']).minutes.start;

  it.each([
    ['The meeting commenced at 2:02pm in open session.', '14:02'],
    ['The Chair opened the meeting at 7.30pm and welcomed members.', '19:30'],
    ['Meeting called to order @ 1:05 PM EST.', '13:05'],
    ['The meeting was opened at 10am.', '10:00'],
  ])('reads "%s"', (sentence, start) => {
    expect(opened(sentence)).toBe(start);
  });

  it('takes no time from a sentence about something else', () => {
    expect(opened('The library opened at 9am for the consultation.')).toBeNull();
  });

  it('takes the opening a few minutes after the time the header gives, when the meeting began', () => {
    const { minutes } = parseLines([...wordHeader('14 March 2023', '7.30 p.m.'), ...roster, 'The meeting opened at 7.40pm.', '', '### **1. Welcome**', '', '1.1 **MO** welcomed members.']);
    expect(minutes.start).toBe('19:40');
  });

  it('keeps the time the header gives when the opening stated is long after it', () => {
    const { minutes } = parseLines([...wordHeader('14 March 2023', '7.30 p.m.'), ...roster, 'The meeting opened at 9.40pm.', '', '### **1. Welcome**', '', '1.1 **MO** welcomed members.']);
    expect(minutes.start).toBe('19:30');
  });
});
