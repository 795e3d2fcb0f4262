// The lead's general rules of session 19. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role, a.chair]);

describe('a sentence whose subject sent apologies, an auxiliary or an adverb before the verb', () => {
  const withSentence = (sentence: string) => [
    'Minutes of the Committee Meeting held on 4 March 2031',
    'Present:',
    'Ruth Lane (Chair), Owen Pike and Amy Ross.',
    '1. Apologies',
    sentence,
    '2. Minutes of the last meeting',
    'The minutes were approved.',
  ];
  const apologies = (sentence: string) => people(withSentence(sentence)).filter(([attendance]) => attendance === 'apologies').map(([, , name]) => name);

  it('reads "Name had sent her apologies" without the auxiliary', () => {
    expect(apologies('Jo Finch had sent her apologies.')).toEqual(['Jo Finch']);
  });

  it('reads "Name has given apologies" and "Name had also sent apologies"', () => {
    expect(apologies('Hal Dunn has given apologies.')).toEqual(['Hal Dunn']);
    expect(apologies('Kit Lowe had also sent apologies.')).toEqual(['Kit Lowe']);
  });

  it('still reads "Name also sent his apologies" and "Name had offered his apologies"', () => {
    expect(apologies('Tom Reed also sent his apologies.')).toEqual(['Tom Reed']);
    expect(apologies('Ivor Mole had offered his apologies.')).toEqual(['Ivor Mole']);
  });

  it('leaves a guest who sent apologies to an item under its label ("Update: Ann Rook, KCC Roads Mrs Rook had sent apologies")', () => {
    const read = people([
      'Minutes of the Committee Meeting held on 4 March 2031',
      'Present:',
      'Ruth Lane (Chair), Owen Pike and Amy Ross.',
      '1. Apologies',
      'None.',
      '2. Roads Matters',
      'i. Roads update: Ann Rook, KCC Roads Mrs Rook had sent apologies and provided a report to the Clerk.',
      '3. Any other business',
      'None.',
    ]);
    expect(read.filter(([attendance]) => attendance === 'apologies')).toEqual([]);
  });
});

describe('a sentence alone under the lists that says who sent apologies', () => {
  const read = (sentence: string) =>
    people([
      'Minutes of the Committee Meeting held on 4 March 2031',
      'Present: Ruth Lane (Chair), Owen Pike and Amy Ross.',
      sentence,
      '',
      '1. Minutes of the last meeting',
      'The minutes were approved.',
      '2. Roads',
      'The roads were discussed at length.',
    ]).map(([attendance, , name]) => [attendance, name]);

  it('reads "Jo Finch had sent her apologies." as her apologies, the list above kept', () => {
    expect(read('Jo Finch had sent her apologies.')).toEqual([
      ['present', 'Ruth Lane'],
      ['present', 'Owen Pike'],
      ['present', 'Amy Ross'],
      ['apologies', 'Jo Finch'],
    ]);
  });

  it('reads two names that "also sent apologies for absence"', () => {
    expect(read('Cllrs Lee and Hale also sent apologies for absence.').filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', 'Lee'],
      ['apologies', 'Hale'],
    ]);
  });
});

describe('the sentence that says when the meeting was called to order, whatever its subject', () => {
  const startOf = (sentence: string) =>
    minutes([
      'Minutes of the Board Meeting',
      '4 March 2031',
      'Present: Ann Croft (Chair), Ben Hale, Cy Lowe',
      '',
      '1. Opening',
      'Members were welcomed to the meeting.',
      sentence,
      '',
      '2. Minutes',
      'The minutes of the last meeting were approved.',
      '3. Finance',
      'The accounts were received.',
    ]).start;

  it('reads the clock after "The Executive Board was called to order" and a resolution that it "be called to order"', () => {
    expect(startOf('The Executive Board was called to order at 9:30 a.m. President Lee was in the Chair.')).toBe('09:30');
    expect(startOf('THAT the Regular Council Meeting held on May 27, 2031 be called to order at 6:04 p.m.')).toBe('18:04');
  });

  it('reads a heading that gives the clock ("CALLED TO ORDER – 6:03 pm", "CALL TO ORDER: 9:35 a.m.", "Called to Order at 19:00")', () => {
    expect(startOf('CALLED TO ORDER – 6:03 pm')).toBe('18:03');
    expect(startOf('CALL TO ORDER: 9:35 a.m. with Warden Hale in the chair.')).toBe('09:35');
    expect(startOf('Called to Order at 19:00 on November 1, 2031. Quorum was established.')).toBe('19:00');
  });

  it('reads the clock after who called it to order, an initial among their names, or "@"', () => {
    expect(startOf('The meeting was called to order by President Ann Croft at 3:30 p.m.')).toBe('15:30');
    expect(startOf('Meeting Called to Order by H. Lamos-Parker at 3:33 pm')).toBe('15:33');
    expect(startOf('Meeting called to order by President Frank Bliss @ 19:10.')).toBe('19:10');
  });

  it('reads "brought the Meeting to order" and "The 12th meeting of the Deputies was opened on Monday, ... at 3 pm"', () => {
    expect(startOf('With a quorum present, the Chair brought the Meeting to order at 3:32 p.m.')).toBe('15:32');
    expect(startOf('The 12th meeting of the Deputies was opened on Monday, 4 March 2031 at 3 pm, under the Chairmanship of Mr. R. Doise.')).toBe('15:00');
  });

  it('leaves the next meeting that "will be called to order"', () => {
    expect(startOf('The next meeting will be called to order at 7:00 pm on 5 June 2031.')).toBeNull();
  });
});

describe('the meeting\'s times as a range "between ... and ..." or in hours, and its close as the minutes word it', () => {
  const timesOf = (header: string, last = 'The meeting closed.') => {
    const read = minutes([
      'Minutes of the Annual General Meeting',
      header,
      '',
      '1. Apologies',
      'None were received.',
      '2. Accounts',
      'The accounts were received.',
      last,
    ]);
    return [read.start, read.end];
  };

  it('reads "between 7:15pm and 8:00pm" and "13:00 hrs to 15:50 hrs" as ranges', () => {
    expect(timesOf('The AGM was held on Thursday 5th March 2031, between 7:15pm and 8:00pm.')).toEqual(['19:15', '20:00']);
    expect(timesOf('Tuesday 10 February 2031 13:00 hrs to 15:50 hrs')).toEqual(['13:00', '15:50']);
  });

  it('leaves two times joined by "and" without "between" ("at 10am and 2pm")', () => {
    expect(timesOf('Tuesday 10 February 2031, site visits at 10am and 2pm')).toEqual(['10:00', null]);
  });

  it('reads the close from "Adjournment at", "called for the meeting to be adjourned at", "ADJOURNED AT:" and a clock before "the meeting was adjourned"', () => {
    const header = 'Tuesday 10 February 2031 at 7pm';
    expect(timesOf(header, '9. Adjournment at 8:17 p.m. Katie motioned.')[1]).toBe('20:17');
    expect(timesOf(header, 'Sam called for the meeting to be adjourned at 8:33pm')[1]).toBe('20:33');
    expect(timesOf(header, 'ADJOURNED AT: 9:45 p.m.')[1]).toBe('21:45');
    expect(timesOf(header, 'At 8:35 p.m., there being no further business, the meeting was adjourned.')[1]).toBe('20:35');
  });
});

describe('the next meeting named with the body\'s own words between "next" and "meeting"', () => {
  const nextOf = (title: string, sentence: string) =>
    minutes([
      title,
      '4 March 2031',
      '',
      '1. Apologies',
      'None were received.',
      '2. Any other business',
      'The treasurer raised the hall hire.',
      sentence,
    ]).nextMeeting?.date ?? null;

  it('reads "The next Advisory Group meeting is scheduled ... on 3rd April" in the Advisory Group\'s minutes', () => {
    expect(nextOf('Coastal Advisory Group minutes', 'The next Advisory Group meeting is scheduled to take place on 3rd April in the Town Hall.')).toBe('2031-04-03');
  });

  it('reads "the next scheduled Fire Commissioners meeting on August 19, 2031" in the Fire Commissioners\' minutes', () => {
    expect(nextOf('Board of Fire Commissioners', 'The matter will be carried over to the next scheduled Fire Commissioners meeting on August 19, 2031.')).toBe('2031-08-19');
  });

  it("leaves another body's next meeting (\"Next Personnel Board meeting will be Sept 14\" in a library board's minutes)", () => {
    expect(nextOf('Minutes of the Library Board of Trustees', 'Next Personnel Board meeting will be Sept 14. Documents were reviewed.')).toBeNull();
  });
});

describe('a line opened with the date as a file name writes it, an en dash before the title', () => {
  it('reads "20310411 – Business Meeting Minutes" as the 11 April 2031 meeting, as with a hyphen', () => {
    const dateOf = (first: string) => minutes([first, '', 'Meeting called to order at 18:30.', '', '1. Reports', 'The budget was approved.']).date;
    expect(dateOf('20310411 – Business Meeting Minutes')).toBe('2031-04-11');
    expect(dateOf('20310411 - Business Meeting Minutes')).toBe('2031-04-11');
  });
});
