// Meeting dates and times written in forms the parser misread: typed or OCR'd clocks, dates in words (session 24).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe("a typed or OCR'd clock with the letter O or l for a figure", () => {
  it('reads "8.OOp.m." with the letter O as 20:00', () => {
    const lines = ['Minutes of the meeting of The Brackenfold Parish Council', '', 'held on Tuesday 14th May 2009 at 8.OOp.m.', '', 'in the Village Hall', '', '1. Present: Mrs. Amble, Mr. Coss', '', '2. Apologies: None'];
    expect(minutes(lines).start).toBe('20:00');
  });

  it('reads "At 7.3Opm" on the line under the title as 19:30', () => {
    const lines = ['Minutes of Hollowmere Parish Council Meeting held in The Community Centre', '', 'At 7.3Opm on Wednesday 11 March 2015', '', 'Those Attending: Cllr A Dunn (Chairman), Cllr B Rowe', '', '1. Minutes of the last Meeting: agreed.'];
    expect(minutes(lines).start).toBe('19:30');
  });

  it('reads "The meeting closed at 8.l0p.m." with the letter l as the end, 20:10', () => {
    const lines = ['Minutes of Ferncott Parish Council held on Monday 12th October 2009 at 7.30pm', '', 'Present: Mr. Abel, Mrs. Dace', '', '1. Footpaths: the stile is mended.', '', 'The meeting closed at 8.l0p.m.'];
    expect(minutes(lines).end).toBe('20:10');
  });

  it('still reads no clock in "Room 7.OL" or a reference "3.1O" without am or pm', () => {
    const lines = ['Minutes of Ferncott Parish Council held on Monday 12th October 2009', '', 'Present: Mr. Abel, Mrs. Dace', '', '1. Footpaths: see paragraph 3.1O of the report; Room 7.OL.'];
    expect([minutes(lines).start, minutes(lines).end]).toEqual([null, null]);
  });
});

describe('a clock written "noon" after "at"', () => {
  it('reads "was called to order at noon" as a start at 12:00', () => {
    const lines = ['MINUTES OF THE SPECIAL MEETING OF THE BOARD OF DIRECTORS', 'Thursday, April 8, 2021', '', 'The Special Meeting of the Board of Directors of Larkspur Water Cooperative was called to order at noon by Chair Venn. Members present were Ames, Boyle and Crane.', '', '1. Approval of the agenda'];
    expect(minutes(lines).start).toBe('12:00');
  });

  it('reads "Time: Tuesday March 8, 2016 at Noon ET" as a start at 12:00', () => {
    const lines = ['Minutes of the meeting of the Lantern Project', 'Location: the project chat room', 'Time: Tuesday March 8, 2016 at Noon ET', '', 'Present: Ada, Ben, Cal', '', '1. Release status'];
    expect([minutes(lines).date, minutes(lines).start]).toEqual(['2016-03-08', '12:00']);
  });

  it('still reads no clock in "no later than noon on the day before"', () => {
    const lines = ['Minutes of the Larkspur Joint Committee held on 4 May 2022', '', 'Present: Cllr Ames, Cllr Boyle', '', '1. Questions must be sent no later than noon on the day before the meeting.'];
    expect(minutes(lines).start).toBeNull();
  });
});

describe('a header line with the date and the time, then where', () => {
  const header = (line: string) => ['Annual General Meeting of the Larch Community Council Forum', line, '1) Welcome', 'Present:', 'Ann Bell, Cy Dale'];

  it('reads "Wednesday 4th June 2025 @ 19:00 in Fernhill Community Centre" as the venue after the clock', () => {
    expect(minutes(header('Wednesday 4th June 2025 @ 19:00 in Fernhill Community Centre')).venue).toBe('Fernhill Community Centre');
  });

  it('reads "... at 10.30 am in Fernhill Village Hall" so too', () => {
    expect(minutes(header('Wednesday 4th June 2025 at 10.30 am in Fernhill Village Hall')).venue).toBe('Fernhill Village Hall');
  });

  it('reads "March 21, 2007, 7:00 PM at the Oakfield Library" without the article, as before', () => {
    expect(minutes(['Minutes: 03/21/2007', '', 'March 21, 2007, 7:00 PM at the Oakfield Library', '', 'Directors Present: Ann Bell, Cy Dale']).venue).toBe('Oakfield Library');
  });

  it('still reads no venue where the words after the clock name no place ("in Larch")', () => {
    expect(minutes(header('Wednesday 4th June 2025 at 7pm in Larch')).venue).toBeNull();
  });
});
