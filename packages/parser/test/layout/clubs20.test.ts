// Service and social clubs' minutes: Lions and Rotary clubs, legion branches, bowls and walking clubs (session 20).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe('a Lions club lists its members under their title', () => {
  const lines = [
    'Fernvale Lions Monthly Board Meeting - March 2, 2019',
    '',
    'Board Members In Attendance: Lions Ada B., Tom, Rhea and Sol',
    '',
    "Secretary's Report: The February minutes were approved.",
    '',
    "Treasurer's Report: The balance is $1,200.",
  ];

  it('reads the plural "Lions" as every member\'s title, not as a part of the first name', () => {
    expect(people(lines)).toEqual([
      ['present', 'Lion', 'Ada B'],
      ['present', 'Lion', 'Tom'],
      ['present', 'Lion', 'Rhea'],
      ['present', 'Lion', 'Sol'],
    ]);
  });

  it('reads "Lions Present:" as the list of those present', () => {
    const club = ['AM Meeting Minutes for 4/11/2019', "Lions Present: Lion's Abe, Cal, Dot, and Eve.", 'Dates to Remember –', '– Pancake Breakfast May 4, 2019', 'Tail Twister – Lion Cal fined Lion Abe a dollar.'];
    expect(people(club)).toEqual([
      ['present', 'Lion', 'Abe'],
      ['present', 'Lion', 'Cal'],
      ['present', 'Lion', 'Dot'],
      ['present', 'Lion', 'Eve'],
    ]);
  });

  it('leaves how often the board meets out of the body, and reads no body in a morning meeting\'s "AM"', () => {
    expect(minutes(lines).body).toBe('Fernvale Lions Board');
    expect(minutes(['AM Meeting Minutes for 4/11/2019', "Lions Present: Lion's Abe, Cal, Dot, and Eve.", 'Dates to Remember –', '– Pancake Breakfast May 4, 2019']).body).toBeNull();
  });

  it('finds the chair who called the meeting to order under a title and a long post', () => {
    const club = [
      'The meeting was called to order at 6:00 pm by Lion Second Vice President Ana Quill . Members present were Lions Bo Reyes, Ana Quill and Cy Dunn.',
      '',
      '1. Minutes. The minutes were approved.',
    ];
    expect(minutes(club).attendees.filter((a) => a.chair).map((a) => a.name)).toEqual(['Ana Quill']);
  });
});

describe('an item heading that opens with the word "action"', () => {
  // (The list's numbers restart at 1, as a web page's flattened lists do, so the numbered lines are read as no items.)
  it('reads "ACTION PLAN FOR ..." as a heading, not as an action labelled without a colon', () => {
    const lines = [
      'MEADOW BOWLING CLUB COMMITTEE MEETING',
      '',
      '  1. IN ATTENDANCE – Ann Lee (AL), Bob Hart (BH)',
      '',
      '  1. APOLOGIES FOR ABSENCE: none',
      '  2. APPROVAL OF MINUTES',
      '  • The minutes were approved.',
      '',
      '  1. RULES',
      '',
      'The new rules were agreed.',
      '',
      'Action: AL to put the rules on the website.',
      '',
      '  1. ACTION PLAN FOR NEW SEASON',
      '',
      'The plan was updated and agreed.',
    ];
    expect(minutes(lines).actions.map((a) => a.text)).toEqual(['AL to put the rules on the website.']);
  });
});

describe('where a club met', () => {
  const venue = (lines: string[]) => minutes(lines).venue;

  it('reads the place after the time when both follow "at" on the held line', () => {
    expect(venue(['Minutes of the Board of the Rotary Club of Fernvale', '', 'Held on Thursday 14 July 2022 at 5pm at the Fernvale Soldiers Club', '', 'Attendance: Jo Finch (Chair), Al Reed'])).toBe('the Fernvale Soldiers Club');
  });

  it('ends the place where the clause of the time begins', () => {
    expect(venue(['Minutes of the General Meeting of the Fernvale Branch held on 3rd July 2008', '', 'Minutes of the General Meeting of the Fernvale Branch held on 3rd July at The Drill Hall, Fernvale, commencing 19:00 hrs.', '', 'Present: Mr A Hale, Chairman; Mr B Rowe.'])).toBe('The Drill Hall, Fernvale');
  });

  it('reads a club or sports facility it was said to be held at', () => {
    expect(venue(['Minutes of the Fernvale RSL Sub-Branch General Meeting', 'Held at the Fernvale Bowling Club on 16 April 2018', '', 'The Chairman declared the meeting open at 1400hrs.', 'Previous Minutes. Accepted.', '', 'Correspondence In:', 'Letter from the District.'])).toBe('the Fernvale Bowling Club');
    expect(venue(['Fernvale Camera Club', '', 'Minutes Of Annual General Meeting 2017', '', 'Meeting held at Fernvale Sports Facility, on 24th April at 7.45p.m.', '', 'Members present:', 'Ann Lee, Bob Hart'])).toBe('Fernvale Sports Facility');
  });

  it('reads a venue field with a dash for its colon, without the time after it', () => {
    expect(venue(['Fernvale Ramblers', 'Committee Meeting Minutes', 'Monday 20th May 2019', '', 'Venue – The Plough Fernvale at 10am', 'Attendees:  Ann Lee (Chair), Bob Hart'])).toBe('The Plough Fernvale');
  });

  it('keeps the line held at a place under the title out of the topics', () => {
    const lines = ['Minutes of the Fernvale RSL Sub-Branch General Meeting', 'Held at the Fernvale Bowling Club on 16 April 2018', '', 'Treasurer', '', 'The report was accepted.', '', 'Correspondence', '', 'Two letters were read.'];
    expect(minutes(lines).items.map((i) => i.title)).not.toContain('Held at the Fernvale Bowling Club on 16 April 2018');
  });
});

describe('a garden club\'s web page', () => {
  const lines = [
    'Return to Minutes Menu',
    '',
    'Fernvale Garden Club',
    '',
    'Meeting Minutes',
    '',
    'April 12, 2012',
    '',
    '  1. Call to order',
    '',
    'President, Pamela called to order the regular meeting of the Fernvale Garden Club at 6:00 pm on April 12, 2012 in the home of member Tina.',
    '',
    '  1. Roll call',
    '',
    'There were 4 members present.',
  ];

  it('takes the link back to the menu for no title', () => {
    expect(minutes(lines).title).toBe('Meeting Minutes');
  });

  it('reads the start from the opening sentence that names the club before the clock', () => {
    expect(minutes(lines).start).toBe('18:00');
  });
});

describe('a bowls club committee', () => {
  it('reads the initials of a name written with no space after its initial, as the minutes call the member', () => {
    const lines = [
      'Minutes of Committee Meeting held on Saturday 7th March, 2015',
      'Present: K.Homewood (Chairman), J.Baird, D.Bardsley',
      '',
      'Crazy paving',
      '',
      'KH reported that he was obtaining quotes for the paving.',
    ];
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials])).toEqual([
      ['K.Homewood', 'KH'],
      ['J.Baird', null],
      ['D.Bardsley', null],
    ]);
  });

  it('reads a heading closed by a dash for its colon without the dash', () => {
    const lines = [
      'Evening Meeting Minutes for 4/11/2019',
      '',
      'Lions Present: Lion Abe, Lion Cal.',
      '',
      'Good of the Order –',
      '',
      'Lion Cal said the flyers are printed.',
      '',
      'Opportunity Drawing –',
      '',
      'Lion Abe won the drawing this week.',
    ];
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['Good of the Order', 'Opportunity Drawing']);
  });
});

describe('the meeting date of a club page', () => {
  it('gives the day and month of the held line the year the title names alone', () => {
    const lines = ['Fernvale Camera Club', '', 'Minutes Of Annual General Meeting 2017', '', 'Meeting held at the Scout Hut, on 24th April at 7.45p.m.', '', 'Members present:', 'Ann Lee, Bob Hart'];
    expect(minutes(lines).date).toBe('2017-04-24');
  });

  it('reads no day from a paragraph further down the page', () => {
    const lines = ['June 2017 Meeting Minutes', '', 'Directors present: Ann Lee, Bob Hart.', '', 'The meeting was called to order at 5:01 PM.', '', 'A check had been paid from the fund on June 8, and the report was accepted by all the directors present.'];
    expect(minutes(lines).date).toBeNull();
  });

  it('dates the meeting by its own date line under a blog post\'s date and title', () => {
    const lines = ['Monday, 28 May 2012', '', 'Minutes from May Meeting', '', 'Formation Meeting, Chapel Hall, Fernvale.', '', '17th May 2012', '', 'Present: Ann Lee, WI Adviser', 'Bob Hart'];
    expect(minutes(lines).date).toBe('2012-05-17');
  });
});

describe('a club that meets at a member\'s house', () => {
  it('reads "held at the home of ..." as the venue', () => {
    const lines = ['Meeting Minutes for August 9th, 2018', '', 'The Meeting – was held at the home of Sandy Reyes', '', 'Present: Ann Lee, Bob Hart'];
    expect(minutes(lines).venue).toBe('the home of Sandy Reyes');
  });

  it('reads the house named in the sentence that opens the meeting', () => {
    const lines = ['Fernvale Garden Club', '', 'Meeting Minutes', '', 'April 12, 2012', '', 'President Pamela called the meeting to order at 6:00 pm in the home of member Tina.', '', 'Present: Ann Lee, Bob Hart'];
    expect(minutes(lines).venue).toBe('home of member Tina');
  });
});
