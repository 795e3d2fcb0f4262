// Planning and place bodies' minutes (session 17): planning committees and boards, zoning boards, licensing
// committees, neighbourhood plan groups, regeneration partnerships and development corporations. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe('a committee page whose only list is its venue', () => {
  it('reads "Venue: Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling" as the venue, not as five people', () => {
    const m = minutes([
      'Agenda and minutes',
      '',
      'Licensing Committee - Tuesday, 9th May, 2017 7.30 pm',
      '',
      'Venue: Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling',
      '',
      'Contact: Committee Services',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      'Declarations of Interest',
      '',
      'Minutes:',
      '',
      'There were no declarations of interest.',
    ]);
    expect(m.venue).toBe('Civic Suite, Moor Building, Moor Drive, Kings Oak, West Malling');
    expect(m.attendees).toEqual([]);
  });
});

/** Each attendee as "name|attendance|role". */
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.name}|${a.attendance}|${a.role ?? ''}`);

describe('a planning board’s lists of members and alternates', () => {
  it('reads "Alternates Present:", "Alternates Excused:" and empty "Arriving Late" lists', () => {
    expect(
      roll([
        'Town of Elmford – Planning Board',
        'Work Session Minutes',
        'March 2, 2015      7:00 PM',
        '',
        'Members Present:     Ann Pole, Ben Gray',
        'Members Excused:    Cal Hart',
        'Members Arriving Late: None',
        'Alternates Present:    D.J. Moss and Eve Lind',
        'Alternates Arriving Late: None',
        'Alternates Excused: Fay Ross',
        'Alternates Absent:  None',
        '',
        '1. CALL TO ORDER',
        'The roll call was taken at 7:00 PM.',
      ]),
    ).toEqual(['Ann Pole|present|', 'Ben Gray|present|', 'Cal Hart|apologies|', 'D.J. Moss|present|', 'Eve Lind|present|', 'Fay Ross|apologies|']);
  });

  it('reads "Planning board members absent:" as the apologies and the public who spoke as speakers', () => {
    expect(
      roll([
        'Elmford Planning Board',
        'Minutes of Public Meeting',
        'DATE: Thursday, March 5, 2015',
        '',
        'Planning board members present:',
        'Ann Pole (AP), planning board member and chair;',
        'Ben Gray (BG), planning board member; and',
        'Cal Hart (CH), selectmen’s ex officio planning board member.',
        '',
        'Planning board members absent:',
        'Dee Moss (DM), alternate planning board member.',
        '',
        'Members of the public appearing before the planning board: Eve Lind and Fay Ross (building inspector).',
        '',
        'AGENDA ITEM 1: Call to Order',
      ]),
    ).toEqual([
      'Ann Pole|present|planning board member',
      'Ben Gray|present|planning board member',
      'Cal Hart|present|selectmen’s ex officio planning board member',
      'Dee Moss|apologies|alternate planning board member',
      'Eve Lind|speaker|',
      'Fay Ross|speaker|building inspector',
    ]);
  });
});

describe('"Excused:" with a post written before the first name', () => {
  it('reads "Vice Chair Ada Moss and Tom J. Hale" as two people, the post the first one’s', () => {
    expect(
      roll([
        'Planning Board Minutes May 3, 2016',
        '',
        'PRESENT: Chairman Sam Pike, Jo Reed, and Kit Vale (recording secretary)',
        '',
        'EXCUSED: Vice Chair Ada Moss and Tom J. Hale',
        '',
        'Chairman Pike called the meeting to order at 6:30.',
      ]).filter((r) => r.includes('|apologies|')),
    ).toEqual(['Ada Moss|apologies|Vice Chair', 'Tom J. Hale|apologies|']);
  });
});

describe('"Members of the Public:" naming who came', () => {
  it('reads the names as in attendance, not as members', () => {
    expect(
      roll([
        'BVRP Minutes',
        '',
        'Present: Ann Pole (AP), Ben Gray (BG), Cal Hart (CH)',
        '',
        'Members of the Public:    Gil Shore',
        '',
        '1.    Chair’s welcome',
        '      AP welcomed everyone.',
      ]),
    ).toEqual(['Ann Pole|present|', 'Ben Gray|present|', 'Cal Hart|present|', 'Gil Shore|in-attendance|']);
  });
});

describe('two lists’ captions side by side on one line', () => {
  it('reads "PRESENT:        ABSENT:" over rows of two cells as two columns, not as the absent list alone', () => {
    expect(
      roll([
        'ELMFORD PLANNING BOARD MINUTES',
        'MAY 2, 2007',
        '',
        'PRESENT:        ABSENT:',
        'Mr. Sam Pike, Chair     Ms. Ada Moss',
        'Mr. Tom Reed            Mr. Kit Vale',
        'Ms. Jo Lind',
        '',
        'Chair Pike called the meeting to order at 7:00 PM.',
      ]),
    ).toEqual(['Sam Pike|present|', 'Tom Reed|present|', 'Jo Lind|present|', 'Ada Moss|apologies|', 'Kit Vale|apologies|']);
  });
});

describe('the meeting’s date line repeated at each page’s foot', () => {
  const lines = (top: string) => [
    'DEVELOPMENT COMMITTEE',
    '',
    top,
    'Minutes of a meeting of the DEVELOPMENT COMMITTEE held in the Council Chamber,',
    'Council Offices, Moor Road, Elmford at 9.30 am when there were present:',
    'Councillors',
    'Mrs S A Pike (Chairman)',
    'R Reed (Vice-Chairman)',
    'M J Lind',
    'Officers',
    'Mrs N Hale – Head of Planning',
    '(12) CHAIRMAN’S ANNOUNCEMENT',
    'The Chairman welcomed the new Development Manager to the Committee and thanked',
    'the officers of the Planning and Legal teams for their work over the past year on',
    'the appeal against the refusal of the application for the wind turbine at Elm Farm.',
    '(13) APOLOGIES FOR ABSENCE AND DETAILS OF SUBSTITUTE MEMBERS',
    'All Members were in attendance.',
    'Development Committee',
    '1',
    '20 February 2014',
    '(14) MINUTES',
    'The Minutes of the meeting held on 23 January 2014 were approved.',
  ];

  it('keeps the first "20 FEBRUARY 2014" as the meeting’s date, though the footer repeats it', () => {
    expect(minutes(lines('20 FEBRUARY 2014')).date).toBe('2014-02-20');
  });

  it('drops a council pack’s running date where the line under it dates the meeting otherwise', () => {
    const packed = lines('1 APRIL 2014').map((l) => (l === '20 February 2014' ? '1 April 2014' : l));
    packed.splice(3, 0, 'Appendix 1 - Meeting Minutes, 28 February 2014');
    expect(minutes(packed).date).toBe('2014-02-28');
  });
});

describe('a small board’s closing sentences', () => {
  const lines = (closing: string) => [
    'Planning Board Minutes May 3, 2016',
    '',
    'TUESDAY, MAY 3, 2016',
    '6:30 P.M.',
    '',
    'PRESENT: Ann Pole, Ben Gray, Cal Hart',
    '',
    'Minutes from April 5, 2016',
    'Ben made a motion to approve the minutes as written. Cal second the motion. The motion passed.',
    '',
    'The Board will meet again on June 7, 2016 to continue this discussion.',
    '',
    closing,
  ];

  it('reads "At 7:30, Ann made a motion to adjourn." as the end, and "will meet again on June 7, 2016" as the next meeting', () => {
    const m = minutes(lines('At 7:30, Ann made a motion to adjourn. Ben second the motion. The motion passed by all.'));
    expect([m.start, m.end, m.nextMeeting?.date]).toEqual(['18:30', '19:30', '2016-06-07']);
  });

  it('reads no end from "At 7:02 p.m., Ann adjourned the meeting to a Closed Session."', () => {
    expect(minutes(lines('At 7:02 p.m., Ann adjourned the meeting to a Closed Session.')).end).toBeNull();
  });
});

describe('a scanned page’s sentences with a space before each full stop', () => {
  it('reads "... were also present . Tim Robb was absent ..." as two sentences: those also present, then the absent', () => {
    expect(
      roll([
        'DIRECTORS OF ELMTON DEVELOPMENT CORPORATION MINUTES SEPTEMBER 14 , 1993',
        '',
        'The Directors met in regular session at 4 : 00 P.M. on Tuesday, September 14 , 1993 . Those present were President Ray Cole, Vice President John Tobb and member John Moss . Executive Director Carl Womb and City Manager Steve Nord were also present . Tim Robb was absent from the meeting . President Ray Cole called the meeting to order .',
        '',
        'DISCUSS AND CONSIDER APPROVAL OF MINUTES:',
        'The minutes were approved .',
      ]),
    ).toEqual([
      'Ray Cole|present|President',
      'John Tobb|present|Vice President',
      'John Moss|present|member',
      'Carl Womb|in-attendance|Executive Director',
      'Steve Nord|in-attendance|City Manager',
      'Tim Robb|apologies|',
    ]);
  });
});

describe('a list’s last name set apart by a blank line', () => {
  it('reads "Members Present:  Ann Pole, Ben Gray" / "" / "        and Cal Hart." as three members', () => {
    expect(
      roll([
        'Town of Elmford –Planning Board',
        '',
        'Work Session Minutes',
        '',
        'September 20, 2010      7:00 PM',
        '',
        'Members Present:     Ann Pole, Ben Gray, Dee Moss',
        '',
        '                                    and Cal Hart.',
        '',
        'Members Excused:    Eve Lind',
        '',
        'OPEN MEETING AT 7:00 PM',
      ]),
    ).toEqual(['Ann Pole|present|', 'Ben Gray|present|', 'Dee Moss|present|', 'Cal Hart|present|', 'Eve Lind|apologies|']);
  });
});
