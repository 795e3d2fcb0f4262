// Header lines of session 13. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const body = (lines: string[]) => parseLines(lines).minutes.body;
const rest = ['', 'Wednesday 9 October 2013', '', 'Present: Ann Hale, Tom Finch, Jo Reed', '', '1. Welcome', 'The Chair welcomed members.'];

describe('the body named by the kind of body', () => {
  it('reads senates, cabinets, assemblies, task forces and workgroups as bodies', () => {
    expect(body(['Faculty Senate Minutes', ...rest])).toBe('Faculty Senate');
    expect(body(['Minutes of the Northbridge Student Assembly', ...rest])).toBe('Northbridge Student Assembly');
    expect(body(['Minutes of the Asylum Housing Taskforce', ...rest])).toBe('Asylum Housing Taskforce');
    expect(body(['# Records Workgroup', ...rest])).toBe('Records Workgroup');
  });

  it('leaves the date of the papers out of a body named before "Minutes of"', () => {
    expect(body(['Cabinet 21st October 2009 Minutes of the meeting held on 23rd September 2009', ...rest.slice(2)])).toBe('Cabinet');
  });

  it('reads the body after a title that opens with the meeting', () => {
    expect(body(['Meeting of the Harbour Lane Memorial Library', ...rest])).toBe('Harbour Lane Memorial Library');
    expect(body(['SPECIAL MEETING OF POLICE AND CRIME PANEL', ...rest])).toBe('POLICE AND CRIME PANEL');
  });

  it('reads the body before "Meeting Minutes" in an undated title', () => {
    expect(body(['Te Awa - Community Review Committee Meeting Minutes - Unconfirmed', ...rest])).toBe('Te Awa - Community Review Committee');
    expect(body(['COMMISSION ON NEWCOMER AFFAIRS REGULAR MEETING MINUTES', ...rest])).toBe('COMMISSION ON NEWCOMER AFFAIRS');
  });

  it('reads no body from a caption with full stops between its words', () => {
    expect(body(['Bowls Section. Committee Meeting Minutes. Thursday 10 th March 2016', ...rest])).not.toBe('Bowls Section. Committee');
  });
});

const venue = (lines: string[]) => parseLines(lines).minutes.venue;

describe('the place the opening sentence names', () => {
  const title = ['Northbridge Library Board', '', 'Minutes', '', 'Wednesday 9 October 2013', ''];
  const after = ['', '1. Minutes of the last meeting', 'Approved.'];

  it('reads the place where the meeting was called to order', () => {
    expect(venue([...title, 'The meeting was called to order at 7:00 p.m. in the Harbour Room by Chair Ann Hale.', ...after])).toBe('Harbour Room');
    expect(venue([...title, 'Chair Hale called Board Meeting 212 to order at 5:38 p.m. on Wednesday, 9 October 2013, in Room B12 Mill Building.', ...after])).toBe('Room B12 Mill Building');
  });

  it('reads the place where the meeting took place, with its article in capitals', () => {
    expect(venue([...title, 'The meeting took place on 9 October 2013, at The Larches Centre.', ...after])).toBe('The Larches Centre');
  });

  it('reads no place from a sentence that names none', () => {
    expect(venue([...title, 'The meeting was called to order at 7:00 p.m. by Chair Ann Hale.', ...after])).toBeNull();
  });
});

describe('the place a dated title ends with', () => {
  const after = ['', 'Present: Ann Hale, Tom Finch, Jo Reed', '', '1. Welcome', 'The Chair welcomed members.'];

  it('reads the place after "at" at the end of a dated or timed title', () => {
    expect(venue(['MINUTES of Bowls AGM 8pm 14 Feb 2017 at The Pavilion Hut', ...after])).toBe('The Pavilion Hut');
  });

  it('reads the place after a date written straight after "held"', () => {
    expect(venue(['Minutes of Meeting held 2nd February 2019 10am at Larch Arts Hall', ...after])).toBe('Larch Arts Hall');
  });

  it('reads no place from a time or a body after "at"', () => {
    expect(venue(['Minutes of the meeting held remotely on 5th May 2020 at 19:30', ...after])).toBeNull();
    expect(venue(['Minutes of the meeting of 5 May 2020 at Northwold Parish Council', ...after])).toBeNull();
  });
});

describe('the start the minutes record', () => {
  const start = (opening: string) =>
    parseLines(['Minutes of the Northbridge Library Board', '', 'Wednesday 9 October 2013, 6:30 pm', '', 'Present: Ann Hale, Tom Finch, Jo Reed', '', '1. Call to order', opening]).minutes.start;

  it('is when the meeting was called to order, a few minutes after its time', () => {
    expect(start('Chair Hale called the meeting to order at 6:35 pm.')).toBe('18:35');
  });

  it('stays the scheduled time when the sentence tells of an opening long after it or before it', () => {
    expect(start('Chair Hale called the meeting to order at 8:30 pm.')).toBe('18:30');
    expect(start('The meeting was opened at 6:00 pm for the public.')).toBe('18:30');
  });
});

describe('the end stated with the opening', () => {
  const end = (sentence: string) =>
    parseLines(['Minutes of the Northbridge Library Board', '', 'Wednesday 9 October 2013', '', sentence, '', 'Present: Ann Hale, Tom Finch, Jo Reed', '', '1. Welcome', 'The Chair welcomed members.']).minutes.end;

  it('reads the close after the opening in one sentence', () => {
    expect(end('The meeting commenced at 6.30 p.m. and closed at 8.50 p.m.')).toBe('20:50');
  });

  it('reads a close written as a field after the opening', () => {
    expect(end('Meeting opened at 7:30pm / closed: 9:10pm')).toBe('21:10');
  });
});

describe('the opening time after a title with its stop', () => {
  it('reads the time past "Dr." in the sentence that calls the meeting to order', () => {
    const { minutes } = parseLines(['Minutes of the Northbridge Ethics Commission', '', 'Thursday 15 September 2016', '', 'Present: Ann Hale, Tom Finch', '', '1. Call to order', 'The meeting was called to order by Chair Dr. Hale at 5:30 p.m.']);
    expect(minutes.start).toBe('17:30');
  });
});
