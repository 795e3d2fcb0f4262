// Youth bodies' minutes: youth councils, youth parliaments and forums, scout and guide committees (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const names = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance]);

describe('a name the page width cut, its surname opening the next line of the list', () => {
  it('joins "..., Matt" / "Pecota, ..." under a roll call', () => {
    const text = ['YOUTH ADVISORY COMMITTEE MEETING', 'MINUTES OF MARCH 4, 2015', 'ROLL CALL',
      'Committee Members (CM) Present: Amy Bright, Ben Castle, Cora Dale Jr., Dan Eaves, Matt',
      'Quarry, Tessa Vale, Una West, Vic Yates,', 'Wes Zane, Abe Cole',
      'Committee Members Absent: Ivy Lane', 'NEW BUSINESS', 'The committee met.'];
    const present = names(text).filter(([, a]) => a === 'present').map(([n]) => n);
    expect(present).toContain('Matt Quarry');
    expect(present).not.toContain('Quarry');
    expect(present).toHaveLength(10);
  });

  it('joins it in a list run in after a numbered item\'s line', () => {
    const text = ['MINUTES: LAKESIDE GUIDE REGION', 'Meeting 3 May 2016', '1.', 'Meeting opened at 7.10pm', '2.',
      'Present: Anna Bellamy, Carl Dunnett, Erin Fordham, Gary Halliwell, Carol', 'Mathers, Ian Jones, Kim Lee, Mia Nash,',
      'Olga Pike, Pia Quinn, Rob Stone', '3.', 'Apologies: Oli Park', '4.', 'Treasurer', 'Report tabled.'];
    const present = names(text).filter(([, a]) => a === 'present').map(([n]) => n);
    expect(present).toContain('Carol Mathers');
    expect(present).not.toContain('Carol');
  });
});

describe('a note of when someone left, after their post', () => {
  it('is no part of the post: "Name - Post – Left meeting at 10:54am"', () => {
    const text = ['Minutes of the Youth Advisory Committee', '', 'Meeting Date:     Wednesday, 1 March 2023', '', 'The following members were present:', '',
      'Ms Ada Finch - Chairperson', '', 'Mr Tom Reed - Lakeside High School', '', 'Others present:', '',
      'Ms Cara Bell - Manager Media & Communications – Left meeting at 10:54am', '', 'Mr Jon Hale - Youth Worker – Left the meeting at 11.05am', '',
      'Apologies / Leave of Absence', '', 'Apologies were received from Mr Sam Poe.'];
    const seen = minutes(text).attendees.filter((a) => a.attendance === 'in-attendance');
    expect(seen.map((a) => [a.name, a.role])).toEqual([['Cara Bell', 'Manager Media & Communications'], ['Jon Hale', 'Youth Worker']]);
  });
});

describe('one apology under the apologies heading', () => {
  it('reads "An apology was received from Clr Lee." as that person\'s apologies', () => {
    const text = ['Minutes of the Youth Advisory Committee', '', 'The following members were present:', '', 'Clr Ann Pike', '', 'Tom Reed – Lakeside High School', '',
      'Apologies / Leave of Absence', '', 'An apology was received from Clr Alldrick.', '', 'Confirmation of the Minutes', '', 'RESOLVED (By consent)', '', 'That the Minutes be confirmed.'];
    const away = minutes(text).attendees.filter((a) => a.attendance === 'apologies');
    expect(away.map((a) => [a.honorific, a.name])).toEqual([['Clr', 'Alldrick']]);
  });

  it('reads it as apologies under the list of those in attendance too', () => {
    const text = ['MINUTES OF A meeting of the Lakeside Youth Forum', 'Date: Friday 18 February 2011', 'Ann Pike – Police', 'Tom Reed – High School',
      'In Attendance: Cy Hale – Youth Worker', 'Di Moss – Committee Secretary', 'An apology was received from Councillor Furness.', '2. CONFLICT OF INTEREST DECLARATIONS', 'None.'];
    const m = minutes(text);
    expect(m.attendees.filter((a) => a.name === 'Furness').map((a) => a.attendance)).toEqual(['apologies']);
  });
});

describe('a post written with a hyphen before the person in brackets', () => {
  it('reads "Youth Co-ordinator (Ryan Gale)" as the post and its holder', () => {
    const text = ['MINUTES OF A MEETING OF THE Lakeside Youth Council', 'Present: Ada Finch, Kate Allen', 'IN ATTENDANCE: Youth Co-ordinator (Ryan Gale)', 'Committee Secretary (Ann Moss)', '1. Apologies', 'None.'];
    const seen = minutes(text).attendees.filter((a) => a.attendance !== 'present');
    expect(seen.map((a) => [a.name, a.role])).toEqual([['Ryan Gale', 'Youth Co-ordinator'], ['Ann Moss', 'Committee Secretary']]);
  });
});

describe('groups of people parted by semicolons, each group\'s school in the bracket after its last name', () => {
  const text = ['MINUTES OF A MEETING OF THE Lakeside Youth Council', 'HELD IN THE Council Chamber ON Wednesday, 6 June 2018 AT 3.45pm', 'Present: Chair: Ada Finch (Havelock High)',
    'Kate Allen, Cara Jones, Hena Dugh and Emma Scar (LGHS); Cam Young (Deputy Chair), Abi Mase and Hope Mack (Karamu High); Gus Sek and Oscar Mal (LBHS); Xin Chen (Iona); and Ella Matt',
    '1. Apologies', 'None.'];
  const people = () => minutes(text).attendees.map((a) => [a.name, a.organisation, a.role]);

  it('gives the bracket to every name of the group, the two joined by "and" too', () => {
    expect(people().slice(1, 8)).toEqual([
      ['Kate Allen', 'LGHS', null], ['Cara Jones', 'LGHS', null], ['Hena Dugh', 'LGHS', null], ['Emma Scar', 'LGHS', null],
      ['Cam Young', 'Karamu High', 'Deputy Chair'], ['Abi Mase', 'Karamu High', null], ['Hope Mack', 'Karamu High', null],
    ]);
  });

  it('reads capitals that are not the last person\'s initials as the pair\'s school, and keeps initials that are', () => {
    expect(people().slice(8, 10)).toEqual([['Gus Sek', 'LBHS', null], ['Oscar Mal', 'LBHS', null]]);
    const own = minutes(['MINUTES OF A MEETING OF THE Lakeside Youth Council', 'Present: Cllr S. Leet and Cllr A. Jenkinson (AJ); Bo Lee (Iona)', '1. Apologies', 'None.']);
    expect(own.attendees.map((a) => [a.name, a.initials, a.organisation])).toEqual([['S. Leet', null, null], ['A. Jenkinson', 'AJ', null], ['Bo Lee', null, 'Iona']]);
  });
});

describe('a web page\'s nested numbered list: the items at the outer indent, their points deeper', () => {
  const text = ['Minutes from the May 2019 District Meeting', '',
    '  1. Call to order 7:30 pm', '  2. Opening Ceremony', '  3. Welcome and Recognitions', '    1. New District Chair, Ann Lee', '    2. New Eagle Scout, Tom R',
    '  4. District Commissioner Report – Bob Hale', '    1. Units are doing well.', '    2. Paperwork is due.', '    3. Training is due.', '    4. Packs may take girls.', '    5. Monthly meetings go on.', '    6. Camps are full.',
    '  5. Upcoming Events', '    1. See the calendar', '      1. Add Flag Day on June 14', '      2. Update the Derby date', '      3. Update the Camporee', '      4. Add the fair on March 2',
    '  6. VI. Committee Reports', '    1. No Report Given', '  7. VII. Other Business', '    1. None.', '  8. Adjournment 8:45 pm'];

  it('reads the outer numbers as the items, though the points\' numbers run on from them and set the usual indent', () => {
    expect(minutes(text).items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Call to order', '2 Opening Ceremony', '3 Welcome and Recognitions', '4 District Commissioner Report – Bob Hale', '5 Upcoming Events',
      '6 Committee Reports', '7 Other Business', '8 Adjournment',
    ]);
  });

  it('takes the start from "Call to order 7:30 pm" and the end from "Adjournment 8:45 pm"', () => {
    const m = minutes(text);
    expect([m.start, m.end]).toEqual(['19:30', '20:45']);
  });
});

describe('a youth forum\'s lists under its first item', () => {
  const text = ['Youth Forum - Wednesday 14th December 2022 4.30 pm', '', 'Items', 'No. Item', '', '1.', '', 'Welcomes, Introductions and Apologies', '', 'Minutes:', '',
    'Kayla welcomed everyone.', '', 'Apologies received from Ruva (NSB) and Nicole (CS)', '', 'Present for the meeting: Lissy (NA), Honey (NSB), Kayla (WPS), Tomas (BC)', '',
    'Officers/Guests: Aimee Luck (LBC), Morwen Walker (adult co-chair), Eli Neal (Lakeshire Police)', '', '2.', '', 'Stop and Search', '', 'Minutes:', '', 'Police attended.'];

  it('reads "Officers/Guests:" as the list of those there beside the members', () => {
    const seen = minutes(text).attendees.filter((a) => a.attendance === 'in-attendance').map((a) => a.name);
    expect(seen).toEqual(['Aimee Luck', 'Morwen Walker', 'Eli Neal']);
  });

  it('reads the apologies by given names where those present are listed by them', () => {
    const away = minutes(text).attendees.filter((a) => a.attendance === 'apologies');
    expect(away.map((a) => [a.name, a.organisation])).toEqual([['Ruva', 'NSB'], ['Nicole', 'CS']]);
  });

  it('reads "Non-Voting Members present –" as those there beside the voting members', () => {
    const m = minutes(['Youth Council Meeting', '', '25th April 2024', '', 'Attendance', '', 'Voting members present – Olivia, Yusuf, Teigan and Eva.', '',
      'Non-Voting Members present – Mary, John and Anna', '', 'Future meetings', '', 'Members agreed to meet every six weeks.']);
    expect(m.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Olivia', 'present'], ['Yusuf', 'present'], ['Teigan', 'present'], ['Eva', 'present'], ['Mary', 'in-attendance'], ['John', 'in-attendance'], ['Anna', 'in-attendance'],
    ]);
  });
});
