// Minutes of international and inter-agency bodies: UN cluster and working-group meetings, EU and intergovernmental
// committees (session 16). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ITEMS = ['', '1. Welcome', 'The chair welcomed the partners.', '2. Partner updates', 'Partners gave updates.'];

describe('the meeting times', () => {
  it('read a morning meeting written to "12:00 AM" as ending at noon, not at midnight', () => {
    const m = minutes(['Brook Sector Working Group', 'Date: 20 February 2014', 'Time: 10:00AM - 12:00AM', 'Venue: Field Office', ...ITEMS]);
    expect([m.start, m.end]).toEqual(['10:00', '12:00']);
    expect(minutes(['Brook Sector Working Group', 'Date: 27th April, 2016', 'Time: 9:30 AM – 12:00 AM', ...ITEMS]).end).toBe('12:00');
  });

  it('still read an evening meeting to "12am" as ending at midnight', () => {
    expect(minutes(['Brook Club', 'Date: 2 May 2014', 'Time: 8pm - 12am', ...ITEMS]).end).toBe('00:00');
  });

  it('read hours and minutes parted by an "h"', () => {
    const m = minutes(['Brook Shelter Group', 'Date and time: Tuesday, 15 September 2015. 13h00-14h00 Geneva time', ...ITEMS]);
    expect([m.start, m.end]).toEqual(['13:00', '14:00']);
  });
});

describe('a meeting report under a case page', () => {
  const page = [
    'Report on the meeting in the Brook Ombudsman’s inquiry OI/2/2015 concerning the composition of advisory panels',
    '',
    'Case: OI/2/2015',
    'Opened on 3 March 2015 - Decision on 9 October 2018',
    '',
    'Date and time: 14 May 2017, 10:30 - 11:45',
    '',
    'Location: Rue Haute 12, Brussels, Room 4/B',
    '',
    '1. Introduction',
    'The team introduced itself.',
  ];

  it('is dated by its labelled date field, not by the case history above it', () => {
    const m = minutes(page);
    expect([m.date, m.start, m.end]).toEqual(['2017-05-14', '10:30', '11:45']);
    expect(minutes(['Brook Sector Group', 'Updated 2 June 2019', 'Meeting date: 20 May 2019', ...ITEMS]).date).toBe('2019-05-20');
  });

  it('takes its place from the location field, not from the inquiry its title names', () => {
    expect(minutes(page).venue).toBe('Rue Haute 12, Brussels, Room 4/B');
    expect(minutes(['Meeting at the King’s Head, Brook', 'Date: 2 May 2019', ...ITEMS]).venue).toBe('the King’s Head, Brook');
  });
});
