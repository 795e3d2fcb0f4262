// Where and when a meeting was held, as the headers of boards', councils' and societies' minutes write it (session
// 9): a place's line under the date, an address, a line parted by dashes, a time before the place, and the times a
// field or a sentence gives. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

describe('the venue', () => {
  it('reads an address on the line under the date, however long, and not the letterhead above the title', () => {
    expect(minutes(['Minutes of Meeting of the Brook Voices Board', '', 'Tuesday, 4 February 2014 at 2.00 pm', '', 'Brook Advocacy, Mill House, 14 Bridge Street, Worcester WR1 2AQ', '', ...ROSTER]).venue).toBe(
      'Brook Advocacy, Mill House, 14 Bridge Street, Worcester WR1 2AQ',
    );
    const letterhead = minutes(['Mill House, 41 Bridge Street, Bradford, West Yorkshire BD1 1RD', '', 'Secure email:', '', 'Minutes of the Brook Board Meeting', '', '19 March 2012', '', ...ROSTER]);
    expect(letterhead.venue).toBeNull();
  });

  it('reads a place that is a house number and a street, after "at" on its own line', () => {
    expect(minutes(['Minutes of the Brook Owners Committee meeting', 'Wednesday 15th November, 2017 at 10.00am', 'at 12/4 Quay View', ...ROSTER]).venue).toBe('12/4 Quay View');
  });

  it('reads the place after the date and time of "held on", named by an address', () => {
    const m = minutes(['BROOK HOUSING MINUTES of a meeting of the Board held on Thursday 29 January 2009 at Brook Housing, 2 Beta Court, Mill Drive, York at 6.00pm', ...ROSTER]);
    expect(m.venue).toBe('Brook Housing, 2 Beta Court, Mill Drive, York');
  });

  it('keeps no full stop after a place written in capitalised words, and reads a sentence as no place', () => {
    expect(minutes(['Brook Residents’ Association', 'Minutes of the Open Committee Meeting held on', 'Wednesday 26th November 2014 at 7.00pm', 'The Old Mill Inn, Chester.', ...ROSTER]).venue).toBe('The Old Mill Inn, Chester');
    expect(minutes(['Brook Residents’ Association', 'Minutes of the Committee Meeting', 'Wednesday 26th November 2014 at 7.00pm', 'Tea was served in the hall.', ...ROSTER]).venue).toBeNull();
  });

  it('reads the place after the time on the line under the date', () => {
    const m = minutes(['Minutes of PCC Meeting held on June 13th', 'St Ann’s Church, Brook', 'Parochial Church Council', 'Minutes of Meeting', 'Thursday 13th June 2019', '7.30 pm in St Ann’s Hall.', ...ROSTER]);
    expect(m.venue).toBe('St Ann’s Hall');
  });

  it('reads the place between the date and the time of a line parted by dashes', () => {
    expect(minutes(['Executive Board Minutes – 12 March 2023', '12.03.23 Briefing room – Brook Police Station 09:00 – 11:00', ...ROSTER]).venue).toBe('Briefing room – Brook Police Station');
    expect(minutes(['#### 15th December 2016 - WebEx - meeting minutes', '', ...ROSTER]).venue).toBe('WebEx');
    // A body's name between the dashes is no place.
    expect(minutes(['Finance Committee - 15th December 2016 - Minutes', '', ...ROSTER]).venue).toBeNull();
  });

  it('reads the place of "Meeting at the ... on <date>"', () => {
    expect(minutes(['Meeting Notes 3rd April 2024', '', 'Meeting at the Civic Hall on 3rd April 2024 at 7pm', '', ...ROSTER]).venue).toBe('the Civic Hall');
    expect(minutes(['Meeting at 7pm on 3rd April 2024', '', ...ROSTER]).venue).toBeNull();
  });
});

describe('the times', () => {
  it('reads the start and end of a duration field below the roster', () => {
    const m = minutes(['Brook Partnership Panel', 'Notes of the meeting of 14 October 2020', 'Present: Ann Hale (AH), Ben Rowe (BR)', 'Notes: Cara Lind', 'Duration: 15:00 till 16:57', '', '1. Welcome', 'AH welcomed everyone.']);
    expect([m.start, m.end]).toEqual(['15:00', '16:57']);
  });

  it('reads a township\'s "called the monthly meeting to order" and "adjourn the meeting at"', () => {
    const m = minutes([
      '# Town of Brook',
      'August 19, 2019',
      '',
      '## CALL TO ORDER',
      'Chair Ann Hale called the monthly meeting to order at 6:30 pm on August 19, 2019 at the Brook Town Hall.',
      '',
      '## ADJOURNMENT',
      'Motion and second to adjourn the meeting at 7:25 pm.',
    ]);
    expect([m.start, m.end]).toEqual(['18:30', '19:25']);
  });
});

describe('the body', () => {
  it('reads the body after "Meeting Minutes for"', () => {
    expect(minutes(['Meeting Minutes for Brook Refugee Hub', 'Date: September 22, 6-8 pm', ...ROSTER]).body).toBe('Brook Refugee Hub');
    expect(minutes(['Minutes for approval', '12 May 2020', ...ROSTER]).body).toBeNull();
  });

  it('takes initials before "Minutes <date>" as the body, but not a kind of meeting', () => {
    expect(minutes(['PPG Minutes 10th January 2024', ...ROSTER]).body).toBe('PPG');
    expect(minutes(['AGM Minutes 10th January 2024', ...ROSTER]).body).toBeNull();
    expect(minutes(['# BRUG Annual General Meeting 2023 Minutes', '* Time: Tuesday 10th January 2023 at 7:00 PM', '', ...ROSTER]).body).toBe('BRUG');
  });

  it('names no body "AGM" from "Minutes of the AGM held at ..."', () => {
    expect(minutes(['Minutes of the AGM held at The Mill Hotel, Brook, on Saturday 28 August 2021', ...ROSTER]).body).toBeNull();
  });

  it('reads a body whose name has a place word in it ("Church Council"), and no venue from it', () => {
    const m = minutes(['BROOK PAROCHIAL CHURCH COUNCIL', '', 'MINUTES', '', 'Meeting held on Tuesday 22nd January 2013', '', 'Present: Ann Hale, Ben Rowe', '', '1. Prayers', 'The meeting began with prayer.']);
    expect([m.body, m.venue]).toEqual(['BROOK PAROCHIAL CHURCH COUNCIL', null]);
  });

  it('reads a municipality named at the top as the body', () => {
    const m = minutes(['---', 'title: Minutes (Aug., 2019)', 'date: 2019-08-19', '---', '', '# Town of Brook', 'August 19, 2019', '', '## CALL TO ORDER', 'Chair Ann Hale called the meeting to order at 6:30 pm.']);
    expect(m.body).toBe('Town of Brook');
    expect(minutes(['# Town of Brook roads: a plan for 2020', 'August 19, 2019', '', '## CALL TO ORDER', 'Chair Ann Hale called the meeting to order at 6:30 pm.']).body).toBeNull();
  });

  it('prefers the line that spells the body out to a caption that gives its initials', () => {
    const m = minutes(['PPG Minutes 6th December 2021', 'Minutes of the meeting of St Anne’s Surgery Patient Participation Group', 'Held on Monday 6th December 2021 at St Anne’s Surgery', ...ROSTER]);
    expect([m.title, m.body]).toEqual(['Minutes of the meeting of St Anne’s Surgery Patient Participation Group', 'St Anne’s Surgery Patient Participation Group']);
  });
});

describe('the title', () => {
  it('joins a bold title that a converter wrote as two paragraphs, the first ending mid-phrase', () => {
    const m = minutes(['**Minutes of Meeting of Brook Area Committee held at Mill House,**', '', '**Brook on Thursday 24th April 2014 at 3.30 p.m.**', '', '**Members Present**', '', 'Councillors Ann Hale, Ben Rowe.']);
    expect(m.title).toBe('Minutes of Meeting of Brook Area Committee held at Mill House, Brook on Thursday 24th April 2014 at 3.30 p.m.');
    // Two bold lines, the first a whole title: no joining.
    expect(minutes(['**Minutes of the Brook Area Committee**', '', '**Members Present**', '', 'Councillors Ann Hale, Ben Rowe.']).title).toBe('Minutes of the Brook Area Committee');
  });
});

describe('the date', () => {
  it('reads a date whose day, month and year a PDF export glued together', () => {
    expect(minutes(['BROOK YOT MANAGEMENT BOARD', '', '19thAugust2014', '', 'Present:', 'Ann Hale Chair of the Brook Partnership (Chair)']).date).toBe('2014-08-19');
    expect(minutes(['BROOK BOARD', '', 'report_may2014.pdf', '', 'Present:', 'Ann Hale (Chair)']).date).toBeNull();
  });

  it('reads the date and start of an opening sentence when no header dates the minutes', () => {
    const lines = ['In attendance: Fr Ann Hale (Chairman)', 'Ben Rowe Cara Lind', 'Apologies: Dan Moss', 'The St Anne’s Parish Council met under Fr Ann’s chairmanship on Friday 13th October 2017 at 7.30pm.', '1. Introduction', 'Fr Ann welcomed everyone.'];
    const m = minutes(lines);
    expect([m.date, m.start]).toEqual(['2017-10-13', '19:30']);
    // The date of another meeting is not this one's.
    expect(minutes(['Present: Ann Hale, Ben Rowe', 'The minutes of the last meeting held on 8 May 2017 were agreed.', '1. Introduction', 'Ann welcomed everyone.']).date).toBeNull();
  });
});
