// Libraries', archives', museums' and heritage bodies' minutes (session 19). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance, a.chair, a.role]);

describe('captions of the members present', () => {
  it('reads "Acting Chairperson" over a name as who chaired, not as a person', () => {
    const text = ['Riverside Museum Board', '', 'MINUTES', '', 'PRESENT', '', 'Acting Chairperson', '', 'Harriet Vane', '', 'Members', '', 'Peter Wimsey', '', 'Mervyn Bunter', '', '1       Apologies', '', 'Apologies were received from Tom Lovell.'];
    expect(people(text).slice(0, 3)).toEqual([
      ['Harriet Vane', 'present', true, null],
      ['Peter Wimsey', 'present', false, null],
      ['Mervyn Bunter', 'present', false, null],
    ]);
    expect(people(text.map((l) => (l === 'Acting Chairperson' ? 'Interim Chair' : l)))[0]).toEqual(['Harriet Vane', 'present', true, null]);
  });
});

describe('a list of members without its caption', () => {
  it('reads "Name - who" lines, a blank line after each, under the meeting\'s fields as those present', () => {
    const text = ['Harbour Museum Advisory Committee', '', 'Open Minutes', '', 'Date:                Monday 2 March 2015', '', 'Time:                10.00am', '', 'Venue:               Museum Meeting Room, 4 Quay Road, Portview', '', '', 'Ada Lowe - Chairman (Portview Community Board member)', '', 'Ben Marsh - Portview Community Board Representative', '', 'Cal Nye - Friends of the Museum', '', 'Dee Orr - Friends of the Museum', '', '', '2 March 2015', '', '1.   Apologies', '', 'Apologies were received from Eve Price.', '', '2.   Declarations of Interest', '', 'There were none.'];
    const m = minutes(text);
    expect(m.attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['Ada Lowe', 'Ben Marsh', 'Cal Nye', 'Dee Orr']);
    expect(m.attendees[2]!.organisation).toBe('Friends of the Museum');
    expect(m.items.map((i) => i.title)).toEqual(['Apologies', 'Declarations of Interest']);
  });

  it('does not read a spaced block of report lines as people', () => {
    const text = ['Harbour Museum Advisory Committee', '', 'Date: Monday 2 March 2015', '', 'Annual Report - received', '', 'Loan Policy - adopted', '', 'Shop Stock - deferred', '', '1.   Apologies', '', 'None.'];
    expect(minutes(text).attendees).toEqual([]);
  });
});

describe('the chair word before a bracket', () => {
  it('marks the chair and keeps who they are from the bracket', () => {
    const m = minutes(['Harbour Museum Advisory Committee', '', 'Present:', 'Ada Lowe - Chairman (Portview Community Board)', 'Ben Marsh - Friends of the Museum', 'Cal Nye', '', '1. Apologies', 'None.']);
    expect(m.attendees.map((a) => [a.name, a.chair])).toEqual([['Ada Lowe', true], ['Ben Marsh', false], ['Cal Nye', false]]);
    expect(m.attendees[0]!.organisation ?? m.attendees[0]!.role).toBe('Portview Community Board');
  });
});

describe('items numbered after a web page\'s bullet', () => {
  it('reads "• 2)  ..." as the next item though its text is a sentence, the numbering going on after it', () => {
    const text = ['Board of Trustees meeting, Monday 6th May 2024 at 10am at the Old Mill.', 'Minutes', '  • 1)  Welcome and Apologies for Absence:', '    Present: Ann Lee (AL), Bob Day (BD), Cy Fox (CF).', '  • Apologies: Di Gray (DG)', '  • 2)  Minutes of the previous meeting were agreed and signed.', '  • 3)  Treasurer\'s Report', '    £812.40 in hand.', '  • 4)  Exhibition Plan:', '  • a) Cases ordered.', '  • 5)  Date of next meeting'];
    expect(minutes(text).items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5']);
    expect(minutes(text).items[3]!.title).toBe('Exhibition Plan');
  });
});

describe('two people on one line joined by "and"', () => {
  it('parts them at the "and" outside the brackets, not at one inside the first post', () => {
    const text = ['PRESENT', '', 'Harriet Vane', '', 'Peter Wimsey', '', 'IN ATTENDANCE', '', 'Alice Tarrant (Manager Arts and Heritage) and Hugo Lamb (Museum Director)', '', '1       Apologies', '', 'None.'];
    const seen = minutes(text).attendees.filter((a) => a.attendance === 'in-attendance');
    expect(seen.map((a) => a.name)).toEqual(['Alice Tarrant', 'Hugo Lamb']);
    expect(seen[1]!.role).toBe('Museum Director');
  });
});

describe('a first item numbered "I."', () => {
  it('is the number one where the items after it are numbered 2, 3, ...', () => {
    const text = ['Minutes – March 5, 2018', '', 'Present:  Ann Lee, Bob Day, Cy Fox', '', 'I.   Call to Order:  7:02 p.m.', '', '2.  Minutes of previous meeting – approved as sent', '', '3.  Correspondence. Ann received a flyer.', '', '4.  Financial report.  Deposits from sales.'];
    expect(minutes(text).items.map((i) => i.number)).toEqual(['I', '2', '3', '4']);
  });

  it('leaves a list under Roman items alone', () => {
    const text = ['Minutes – March 5, 2018', '', 'Present:  Ann Lee, Bob Day, Cy Fox', '', 'I. Call to Order', '', '1) The chair opened the meeting.', '', '2) Due to the storm the meeting was short.', '', 'II. Adjournment'];
    expect(minutes(text).items.map((i) => i.number)).toEqual(['I', 'II']);
  });
});

describe('a board\'s members who took part remotely', () => {
  const text = ['Brook Public Library Board', 'Meeting Minutes', '1 Quay Street (5:00 p.m.)', 'Wednesday, March 10, 2021', 'Members Present (in person):', 'Councillor Ann Lee', 'Mr. Bob Day, Chair', 'Remote Participation:', 'Ms. Cy Fox', 'Mr. Dan Moss', 'Staff Present (in person):', 'Ms. E. Gray, CEO', '1. Call to Order', 'The Chair called the meeting to order at 5:00 p.m.', '2. Approval of Agenda', 'Carried.'];

  it('reads the names under "Remote Participation:" as present', () => {
    expect(people(text).map(([name, attendance]) => `${name} ${attendance}`)).toEqual(['Ann Lee present', 'Bob Day present', 'Cy Fox present', 'Dan Moss present', 'E. Gray secretariat']);
  });

  it('does not take the address over the meeting\'s time in brackets for an item', () => {
    expect(minutes(text).items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Call to Order', '2 Approval of Agenda']);
  });
});

describe('a couple in an apologies sentence', () => {
  it('reads "Graham and Gill Caley" after the other names as two people who share the surname', () => {
    const text = ['Minutes of the 5th Annual General Meeting of the Brook Local History Society held on Monday 15th February 2016 at 7.30 pm', '1. Apologies and Minutes of the Last Meeting:', 'Apologies had been received from Ann Lee, Cara Moss, and Graham and Gill Caley.', 'The minutes were accepted.', '2. Matters Arising: None.'];
    expect(people(text).map(([name, attendance]) => `${name} ${attendance}`)).toEqual(['Ann Lee apologies', 'Cara Moss apologies', 'Graham Caley apologies', 'Gill Caley apologies']);
  });

  it('does not pair places in a sentence that is no list of people', () => {
    const text = ['Minutes of the Brook Board held on Monday 15th February 2016', 'Present: Ann Lee, Cara Moss, Dan Hale', '1. Apologies', 'Apologies were also received from observers in Scotland, Wales and Northern Ireland.', '2. Matters Arising: None.'];
    expect(people(text).some(([name]) => String(name).startsWith('Wales'))).toBe(false);
  });
});

describe('the place with the meeting\'s time in brackets', () => {
  it('reads "1 Quay Street (5:00 p.m.)" under the title as the venue and the start', () => {
    const m = minutes(['Brook Public Library Board', 'Meeting Minutes', '1 Quay Street (5:00 p.m.)', 'Wednesday, March 10, 2021', '', 'Members Present:', 'Ann Lee', 'Bob Day', '', '1. Call to Order', 'Called to order.']);
    expect([m.venue, m.start]).toEqual(['1 Quay Street', '17:00']);
  });
});

describe('who presided', () => {
  it('reads "Name presided at the meeting." before the list of those attending as the chair, present', () => {
    const text = ['Brook Regional Library Board Minutes May 4, 2017', '', 'The Board of Trustees met at the Town Hall on May 4, 2017 at 7:00 pm. Carol Lane presided at the meeting. Those attending the meeting were John Barr, Leo Butts and Kay Ham. Carl Bell was absent.', '', '1. Approval of Minutes', 'Approved.'];
    expect(people(text).map(([name, attendance, chair]) => `${name} ${attendance}${chair ? ' chair' : ''}`)).toEqual(['Carol Lane present chair', 'John Barr present', 'Leo Butts present', 'Kay Ham present', 'Carl Bell apologies']);
  });
});
