// Where the meeting was held, as minutes of many bodies write it in their opening lines (session 22). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const venue = (lines: string[]) => parseLines(lines).minutes.venue;

describe('a sentence that says where the meeting was held', () => {
  it('reads the place after "was held at", not the sentence before it, and leaves an aside in brackets out', () => {
    const lines = [
      "Minutes of 2021 Members' Meeting",
      '',
      "The Annual Members' Meeting of the Alder Creek Water Company (ACWC) was held at the Fellowship Hall of the Grace Valley Church (formerly the Old Mill Chapel), 412 Orchard Road on May 11, 2021",
      '',
      'Present: Ann Bell, Tom Reed',
    ];
    expect(venue(lines)).toBe('the Fellowship Hall of the Grace Valley Church, 412 Orchard Road');
  });

  it('reads "Held at Flat 6, starting at 7.30 pm" as held at Flat 6', () => {
    expect(venue(['Briar Court Residents Company AGM', '12 March 2019', '', 'Held at Flat 6, starting at 7.30 pm', '', 'Present: Ann Bell, Tom Reed'])).toBe('Flat 6');
  });

  it('reads a place with no place word on a line that opens with "Held at"', () => {
    expect(venue(['March 3, 2022', '', '', 'Held at Elmfield Surgery at 2:30pm', '', '1) Welcome'])).toBe('Elmfield Surgery');
  });

  it('reads the place after the time the meeting was held at, its address and town, without the notice it was called by', () => {
    const lines = [
      'MINUTES OF THE',
      'ANNUAL MEETING OF',
      'OAK LAKES HOMEOWNERS ASSOCIATION, INC.',
      '',
      'March 4, 2015',
      '',
      'The Annual Meeting of Oak Lakes Homeowners Association, Inc. was held at 7:00 p.m. at Redfield Elementary School, 410 Lake Parkway, Redfield, Texas pursuant to the notice attached.',
    ];
    expect(venue(lines)).toBe('Redfield Elementary School, 410 Lake Parkway, Redfield, Texas');
  });

  it('reads where the board met, a place in capitals after "the" though no place word names it', () => {
    expect(venue(['Minutes', '', 'The Fenwick County Ambulance District board met Monday, Oct. 9, in the Fenwick Ambulance Barn.', '', 'Present: Ann Bell'])).toBe('Fenwick Ambulance Barn');
    expect(venue(['Minutes', '', 'Public notice having been duly given, the 9-1-1 Board met at 3:00 p.m. in the Basement Conference Room of City Hall.'])).toBe(
      'Basement Conference Room of City Hall',
    );
  });

  it('reads the address and town after "the regular meeting ... was held <date> at"', () => {
    const lines = ['Minutes', '', 'The regular meeting of Reclamation District #9 was held March 11, 2019 at 2210 Levee St, River Bend. Present were Trustees Ann Bell.'];
    expect(venue(lines)).toBe('2210 Levee St, River Bend');
  });

  it('reads the building, street and town that follow the place the board met in', () => {
    const lines = [
      'Drainage Board Minutes - 03/06/2012',
      '',
      'TOLLAND COUNTY DRAINAGE BOARD',
      '',
      'TUESDAY, MARCH 6, 2012',
      '',
      'The Tolland County Drainage Board met on Tuesday, March 6, 2012 in the City Council Chambers, Ashby City Building, 120 West Main Street, Ashby.',
    ];
    expect(venue(lines)).toBe('City Council Chambers, Ashby City Building, 120 West Main Street, Ashby');
  });

  it('reads the street and town that follow the place on a dated line', () => {
    expect(venue(['Minutes', '', 'Thursday, May 4, 2017, 6:00 pm, Hearing Room, 410 Elm Street, Castleford', '', 'Present: Ann Bell'])).toBe('Hearing Room, 410 Elm Street, Castleford');
  });

  it('reads the council chambers after the hall, and no heading in capitals run on after them', () => {
    expect(venue(['Minutes', '', 'The Board met at 5:00 PM in the Elmton Town Hall, Council Chambers, ROLL CALL Present: Ann Bell, Tom Reed'])).toBe('Elmton Town Hall, Council Chambers');
  });

  it('reads where the meeting was held, said before it was called to order', () => {
    const page = ['07/21/1998 REGULAR MEETING BOARD OF EDUCATION BAY ISLAND SCHOOL DISTRICT . July 21, 1998 CALL TO ORDER Meeting was held in the Art room of the Bay Island School and was called to order at 7:32 p.m. by Board of Education President Ann Bell. Present: Tom Reed.'];
    expect(venue(page)).toBe('Art room of the Bay Island School');
  });

  it('reads no place in "continued to the next meeting at the request of the owner"', () => {
    const lines = ['DISTRICT 12 Meeting Minutes for Thursday, May 29, 2014 2:00 PM 1. Called to Order at 2:02 PM. 2. Permits: d. Dock: The permit was continued to the next meeting at the request of the homeowner. e. Levee: no news.'];
    expect(venue(lines)).toBeNull();
  });

  it('still reads no place where the board met at the request of a member', () => {
    expect(venue(['Minutes', '', 'The Board met at 6:00 p.m. at the request of the Chair.', '', 'Present: Ann Bell'])).toBeNull();
  });
});
