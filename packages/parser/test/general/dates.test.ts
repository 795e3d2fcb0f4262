// The meeting's date and times as minutes write them, and dates that are not the
// meeting's (issue 3). Every text is fictional; the expected values are what a
// careful reader records.
import { describe, expect, it } from 'vitest';
import { parse } from './support.js';

const ROSTER = ['', 'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, Cllr Priya Venn', ''];
const BODY = ['1. Apologies for absence', 'None.', '', '2. Footpaths', 'The stile on the church path is broken.'];

function meeting(minutes: ReturnType<typeof parse>['minutes']) {
  const { title, body, date, start, end, venue } = minutes;
  return { title, body, date, start, end, venue };
}

describe('the meeting date', () => {
  it('reads the date, time, venue and body from one title line', () => {
    const title = 'MINUTES OF OAKHURST PARISH COUNCIL MEETING HELD AT THE MEMORIAL HALL, OAKHURST Tuesday 7th March 2023 at 7.30pm';
    const { minutes } = parse(title, ...ROSTER, ...BODY);
    expect(meeting(minutes)).toEqual({
      title,
      body: 'OAKHURST PARISH COUNCIL',
      date: '2023-03-07',
      start: '19:30',
      end: null,
      venue: 'THE MEMORIAL HALL, OAKHURST',
    });
  });

  it('reads "Friday 14th November 2003" on a line of its own', () => {
    const { minutes } = parse('Minutes of the Greyholt Quarry Liaison Committee', 'Friday 14th November 2003', ...ROSTER, ...BODY);
    expect(meeting(minutes)).toEqual({
      title: 'Minutes of the Greyholt Quarry Liaison Committee',
      body: 'Greyholt Quarry Liaison Committee',
      date: '2003-11-14',
      start: null,
      end: null,
      venue: null,
    });
  });

  it('reads "7.30 p.m." as the start', () => {
    const { minutes } = parse('Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023 at 7.30 p.m.', ...ROSTER, ...BODY);
    expect(minutes.date).toBe('2023-04-04');
    expect(minutes.start).toBe('19:30');
  });

  it('reads a 24-hour "at 18.45" as the start', () => {
    const { minutes } = parse('Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023 at 18.45', ...ROSTER, ...BODY);
    expect(minutes.start).toBe('18:45');
  });

  it('reads a start and end written as a range, "10.00am – 12.00pm"', () => {
    const { minutes } = parse('Minutes of the Greyholt Quarry Liaison Committee', 'Friday 14th November 2003, 10.00am – 12.00pm', ...ROSTER, ...BODY);
    expect([minutes.date, minutes.start, minutes.end]).toEqual(['2003-11-14', '10:00', '12:00']);
  });

  it('reads a numeric date day first, as UK minutes write it', () => {
    const { minutes } = parse('Minutes of the meeting of Oakhurst Parish Council', 'Date: 04/05/2023', ...ROSTER, ...BODY);
    expect(minutes.date).toBe('2023-05-04');
  });

  it('reads "20.25pm" (a 24-hour time with pm) as 20:25', () => {
    const { minutes } = parse(
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023 at 7.30pm',
      ...ROSTER,
      ...BODY,
      '',
      '3. Close',
      'There being no further business the meeting closed at 20.25pm.',
    );
    expect(minutes.start).toBe('19:30');
    expect(minutes.end).toBe('20:25');
  });
});

describe('dates that are not the meeting date', () => {
  it('does not take the publication date in YAML front matter for the meeting date', () => {
    const { minutes } = parse(
      '---',
      'title: Oakhurst Parish Council minutes April 2023',
      'date: 2023-05-02',
      '---',
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023',
      ...ROSTER,
      ...BODY,
    );
    expect(minutes.date).toBe('2023-04-04');
    expect(minutes.title).toBe('Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023');
  });

  it('leaves the date empty when only the front matter has one', () => {
    const { minutes } = parse(
      '---',
      'title: Oakhurst Parish Council minutes',
      'date: 2023-05-02',
      '---',
      'Minutes of the April meeting of Oakhurst Parish Council',
      ...ROSTER,
      ...BODY,
    );
    expect(minutes.date).toBeNull();
  });

  it('reads the dates of the previous and next meetings as theirs, not this meeting\'s', () => {
    const { minutes } = parse(
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023',
      ...ROSTER,
      '1. Minutes of the last meeting',
      'The minutes of the meeting held on 7 March 2023 were approved.',
      '',
      '2. Date of next meeting',
      'Tuesday 2 May 2023 at 7.30pm in the Memorial Hall.',
    );
    expect(minutes.date).toBe('2023-04-04');
    expect(minutes.nextMeeting).toMatchObject({ date: '2023-05-02', start: '19:30', end: null, originalDate: null, note: null });
  });

  it('reads "10.00am on Friday 9th January 2004" as the next meeting', () => {
    const { minutes } = parse(
      'Minutes of the Greyholt Quarry Liaison Committee',
      'Friday 14th November 2003',
      ...ROSTER,
      ...BODY,
      '',
      '3. Date of next meeting',
      'The next meeting will be held at 10.00am on Friday 9th January 2004.',
    );
    expect(minutes.date).toBe('2003-11-14');
    expect(minutes.nextMeeting).toMatchObject({ date: '2004-01-09', start: '10:00', end: null });
  });

  it('leaves the meeting date empty when the text gives only the previous and next meetings\' dates', () => {
    const { minutes } = parse(
      'Minutes of the April meeting of Oakhurst Parish Council',
      ...ROSTER,
      '1. Minutes of the last meeting',
      'The minutes of the meeting held on 7 March 2023 were approved.',
      '',
      '2. Date of next meeting',
      'Tuesday 2 May 2023 at 7.30pm.',
    );
    expect(minutes.date).toBeNull();
    expect(minutes.start).toBeNull();
    expect(minutes.nextMeeting).toMatchObject({ date: '2023-05-02', start: '19:30' });
  });

  it('skips a header line that dates another meeting', () => {
    const { minutes } = parse(
      'Oakhurst Parish Council',
      'Draft minutes, to be approved at the meeting on 2 May 2023',
      'Meeting held on Tuesday 4 April 2023 at 7.30pm',
      ...ROSTER,
      ...BODY,
    );
    expect(minutes.date).toBe('2023-04-04');
    expect(minutes.start).toBe('19:30');
  });

  it('skips the times on a header line that dates another meeting', () => {
    const { minutes } = parse(
      'Oakhurst Parish Council: minutes of the meeting held on Tuesday 4 April 2023',
      'Published 6 April 2023 at 9am; to be approved at the next meeting',
      ...ROSTER,
      ...BODY,
    );
    expect(minutes.date).toBe('2023-04-04');
    expect(minutes.start).toBeNull();
  });

  it('keeps the meeting date when a later clause of its line names another meeting', () => {
    const { minutes } = parse('Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023 (to be approved on 2 May 2023)', ...ROSTER, ...BODY);
    expect(minutes.date).toBe('2023-04-04');
  });

  it('reads a date that extraction glued to the time before it ("4.00pm1 July 2021")', () => {
    const { minutes } = parse('Oakhurst Parish Council', 'Planning Committee', '4.00pm1 July 2021', 'MINUTES', ...ROSTER, ...BODY);
    expect([minutes.date, minutes.start]).toEqual(['2021-07-01', '16:00']);
  });
});

describe('the body and the venue', () => {
  it('reads the body from "... Meeting of the X" and the venue without the time before it', () => {
    const { minutes } = parse('Minutes of the Annual General Meeting of the Larch Residents\' Association, held at 7pm in the Memorial Hall, Oakhurst on 12th April 2023', ...ROSTER, ...BODY);
    expect([minutes.body, minutes.venue, minutes.start]).toEqual(["Larch Residents' Association", 'the Memorial Hall, Oakhurst', '19:00']);
  });

  it('reads a line naming a body at the top as the body, not as the venue, and skips labelled fields', () => {
    const { minutes } = parse('Oakhurst Surgery Patient Participation Group', 'Minutes of meeting held Tuesday 3rd October 2023, 6.00pm – 7.30pm', 'Time: 18:00 UK', 'Committee Room 2, Oakhurst Surgery', ...ROSTER, ...BODY);
    expect([minutes.body, minutes.venue]).toEqual(['Oakhurst Surgery Patient Participation Group', 'Committee Room 2, Oakhurst Surgery']);
  });

  it('reads the body before a date that ends the title ("Minutes of Oakhurst Parish Council 22 November 2023")', () => {
    const { minutes } = parse('Minutes of Oakhurst Parish Council 22 November 2023', ...ROSTER, ...BODY);
    expect([minutes.body, minutes.date]).toEqual(['Oakhurst Parish Council', '2023-11-22']);
  });

  it('reads the place named in a dated line, and invents none from lines that name no place', () => {
    expect(parse('Riverside Forum', 'Minutes of meeting on 5 July 2012, City Hall, 2pm-4pm', ...ROSTER, ...BODY).minutes.venue).toBe('City Hall');
    expect(parse('Minutes of the Riverside Forum meeting, 5 July 2012', 'Housing Strategy Review', 'Our Priorities', ...ROSTER, ...BODY).minutes.venue).toBeNull();
  });

  it('leaves a letterhead in capitals out of the venue, and keeps a room in capitals', () => {
    const lines = (...place: string[]) => ['THE MAYOR OF NORTHBRIDGE', '', 'Minutes of the Riverside Forum meeting', '14 March 2023', ...place, ...ROSTER, ...BODY];
    expect(parse(...lines('Committee Room 4, Civic Centre')).minutes.venue).toBe('Committee Room 4, Civic Centre');
    expect(parse(...lines('City Hall', 'CR 2')).minutes.venue).toBe('City Hall, CR 2');
    expect(parse(...lines('CITY HALL')).minutes.venue).toBe('CITY HALL');
  });

  it('reads a venue field without its colon, "Venue Apex Court", as a flattened header table writes it', () => {
    expect(parse('Minutes of the Riverside Forum meeting', 'Date 14/03/2023', 'Venue Apex Court', ...ROSTER, ...BODY).minutes.venue).toBe('Apex Court');
    expect(parse('Minutes of the Riverside Forum meeting', 'Date 14/03/2023', 'Venue to be confirmed.', ...ROSTER, ...BODY).minutes.venue).toBeNull();
  });
});

describe('a header table flattened one cell to a line', () => {
  it('takes the title from under its "Title of meeting" label, not the label', () => {
    const { minutes } = parse('Title of meeting |', '12th Larchford Board Meeting |', 'Date |', '14/03/2023 |', ...ROSTER, ...BODY);
    expect([minutes.title, minutes.date]).toEqual(['12th Larchford Board Meeting', '2023-03-14']);
  });

  it('reads the venue from the line under a "Venue" label', () => {
    const { minutes } = parse('Title of meeting |', '12th Larchford Board Meeting |', 'Venue |', 'Apex Court |', ...ROSTER, ...BODY);
    expect(minutes.venue).toBe('Apex Court');
  });
});
