// The meeting's header as boards', councils' and clubs' minutes write it (session 10). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

describe('the title', () => {
  it('goes on with when the meeting was held, wrapped onto the next line', () => {
    const m = minutes(['Minutes of the BROOK BOARD held in the Corn Exchange, Ashford', 'at 10.00am on Monday 14th May 2012', '', ...ROSTER]);
    expect(m.title).toBe('Minutes of the BROOK BOARD held in the Corn Exchange, Ashford at 10.00am on Monday 14th May 2012');
    expect(m.date).toBe('2012-05-14');
    expect(m.start).toBe('10:00');
  });

  it('does not take in a dated line under a title that says nothing of where it was held', () => {
    expect(minutes(['Minutes of the Brook Board', 'on Monday 14th May 2012', '', ...ROSTER]).title).toBe('Minutes of the Brook Board');
  });

  it('goes on with the last word of its place, wrapped alone onto the next line of a centred title', () => {
    const m = minutes(['        Minute of Meeting held on Tuesday 9 March 2010 in The Blue', '                 Room', '', ...ROSTER]);
    expect(m.title).toBe('Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room');
    expect(m.venue).toBe('The Blue Room');
    expect(minutes(['Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room', 'Present', 'Ann Hale', '', '1. Welcome']).title).toBe('Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room');
  });

  it('is not a document site\'s caption ending in its uploader\'s name, nor a file reference, when the minutes have a title of their own', () => {
    const page = ['brook crt minutes BROOK UNIVERSITY Court Minute by quietfox7', '', 'VIEWS: 12 PAGES: 4', '', '            brook.crt/crt/minutes/2010-03-03/1', '', 'BROOK UNIVERSITY', '', 'Court', '', 'Minute of Meeting held on Wednesday 3 March 2010 in the Hall', '', ...ROSTER];
    expect(minutes(page).title).toBe('Minute of Meeting held on Wednesday 3 March 2010 in the Hall');
    expect(minutes(['Brook Board Minutes May 12 by quietfox7', '', ...ROSTER]).title).toBe('Brook Board Minutes May 12 by quietfox7');
  });
});

describe('the body', () => {
  it('is read from a title that calls the record a minute, as Scottish minutes do', () => {
    expect(minutes(['Minute of the Meeting of the Brook Community Council held on 4 May 2010', '', ...ROSTER]).body).toBe('Brook Community Council');
    expect(minutes(['MINUTE OF MEETING OF THE BROOK LICENSING BOARD', 'Tuesday 4 May 2010', '', ...ROSTER]).body).toBe('BROOK LICENSING BOARD');
    expect(minutes(['Minute of the Brook Licensing Board', '4 May 2010', '', ...ROSTER]).title).toBe('Minute of the Brook Licensing Board');
  });
});

describe('a page flattened into one paragraph', () => {
  const flattened =
    'Brook Enterprise Partnership Board Minutes of the Meeting held on Tuesday, 4th May, 2010 at 6.00 pm at the Council Chamber, Civic Centre, Ashford Present Mr A Hale (Chair) Cllr B Rowe Mr C Lind In Attendance Ms D Moss Mr E Finch (Company Secretary) 1. Welcome and Apologies for Absence The Chair welcomed all to the meeting. 2. Minutes of the last meeting The minutes were agreed. 3. Matters Arising There were none.';

  it('ends the title before the roster’s label, and reads each list after its label, with or without a colon', () => {
    const m = minutes([flattened]);
    expect(m.title).toBe('Brook Enterprise Partnership Board Minutes of the Meeting held on Tuesday, 4th May, 2010 at 6.00 pm at the Council Chamber, Civic Centre, Ashford');
    expect(m.attendees.map((a) => `${a.name} ${a.attendance}`)).toEqual(['A Hale present', 'B Rowe present', 'C Lind present', 'D Moss in-attendance', 'E Finch in-attendance']);
    const attended = minutes(['MINUTES OF THE BROOK SAFEGUARDING BOARD MEETING 26th January 2016 1.45pm to 4.45pm Council Chamber, Civic Offices, Ashford Attended: Ann Hale (Chair), Ben Rowe, Cara Lind Apologies: Dan Moss 1. WELCOME AND INTRODUCTIONS The Chair welcomed everyone.']);
    expect(attended.title).toBe('MINUTES OF THE BROOK SAFEGUARDING BOARD MEETING 26th January 2016 1.45pm to 4.45pm Council Chamber, Civic Offices, Ashford');
    expect(attended.attendees.map((a) => `${a.name} ${a.attendance}`)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind present', 'Dan Moss apologies']);
  });

  it('is found under a page count, and is not cut where no title comes before the label', () => {
    expect(minutes(['14', flattened]).attendees).toHaveLength(5);
    const prose = minutes(['The group talked at length about the plans for the spring fair, the stalls and the raffle, and about who would run the tea tent this year, since the old rota had lapsed and several volunteers had moved away. Present Day Plans were then discussed.', ...ROSTER]);
    expect(prose.attendees.map((a) => a.name)).toEqual(['Ann Hale', 'Ben Rowe', 'Cara Lind']);
  });
});

describe('the date', () => {
  const page = (date: string, title: string, heading: string) => ['---', `title: "${title}"`, `date: "${date}"`, 'categories:', '  - "news"', '---', '', heading, '', ...ROSTER];

  it('takes the year of a web page’s date for a day and month alone, the year before when that day was still to come', () => {
    expect(minutes(page('2002-07-01', 'Brook Liaison Committee Meeting', 'Minutes from the meeting on the 14th of June')).date).toBe('2002-06-14');
    expect(minutes(page('2003-01-08', 'Brook Liaison Committee Meeting', 'Minutes from the meeting on the 12th of December')).date).toBe('2002-12-12');
    expect(minutes(page('2003-01-08', 'Brook Liaison Committee Meeting', 'Minutes of the Brook Liaison Committee')).date).toBeNull();
  });

  it('reads a page title whose characters a blog wrote as entities', () => {
    const m = minutes(page('2006-07-26', 'Meeting Notes &#58; Brook Liaison Meeting from 19 July', 'Sgt Ann Hale met with residents.'));
    expect(m.title).toBe('Meeting Notes : Brook Liaison Meeting from 19 July');
    expect(m.date).toBe('2006-07-19');
  });

  it('reads a month, day and year written with a comma and no space', () => {
    expect(minutes(['# Town of Brook', 'Monthly Meeting', 'November 16,2020', '', ...ROSTER]).date).toBe('2020-11-16');
  });
});

describe('times and places as clubs’ and charities’ minutes write them', () => {
  it('reads the start a dated title gives as a 24-hour clock, and keeps a sentence about a video out of the title and body', () => {
    const m = minutes(['General Meeting 09:00 24-Sep-2023', '=================================', '', 'Held at the Town Hall, Brook during BrookConf 2023 and chaired by Ann Hale.', 'A video of the meeting is available on the website.', '', ...ROSTER]);
    expect(m.title).toBe('General Meeting 09:00 24-Sep-2023');
    expect(m.body).toBeNull();
    expect(m.start).toBe('09:00');
    expect(m.venue).toBe('the Town Hall, Brook');
  });

  it('reads "Opened: OPEN 8:08pm" and a 24-hour "Closed: 2130" field', () => {
    const m = minutes(['# Brook Makerspace Committee Meeting 2016-11-09', '', 'Opened: OPEN 8:08pm', '', ...ROSTER, '', 'Closed: 2130']);
    expect(m.start).toBe('20:08');
    expect(m.end).toBe('21:30');
  });
});
