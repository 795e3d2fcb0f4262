// Rosters whose line breaks or table cells were lost in conversion, several people run together on one line (session 25).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const people = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.attendance, a.name]);

describe('two people run together, four words and no commas', () => {
  it('reads a short staff list as two people, each a given name and a surname', () => {
    const lines = [
      'Larchmere Lake Advisory Committee Meeting Minutes May 3, 2011',
      'Members Present: Dora Quill Ned Ashby Vera Tolland',
      '',
      'Staff Present: Owen Pardew Lena Marsh',
      '',
      'Owen Pardew called the meeting to order at 7:00pm.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Dora Quill'],
      ['present', 'Ned Ashby'],
      ['present', 'Vera Tolland'],
      ['secretariat', 'Owen Pardew'],
      ['secretariat', 'Lena Marsh'],
    ]);
  });

  it('reads two apologies under a numbered heading as two people', () => {
    const lines = [
      'Agenda/Meeting Minutes',
      '1. Purpose of Meeting',
      'Harwick Village Plan Steering Group',
      '2. Attendance at Meeting',
      'Name Name Name Name',
      'Tom Rudd Ivy Barr Sam Lowe Rita Gale',
      'Hugh Pell',
      '3. Apologies',
      'Greta Finlow Basil Crane',
      '4. Meeting Agenda',
      '1) Welcome and introductions',
    ];
    expect(people(lines).filter(([status]) => status === 'apologies')).toEqual([
      ['apologies', 'Greta Finlow'],
      ['apologies', 'Basil Crane'],
    ]);
  });

  it('still reads a titled person with a longer name, or a body before a titled person, as no pair of people', () => {
    const lines = ['Present:', 'Mr Arno Van Tilde', 'Northway Mr Piers Hallam', 'Cllr J Ynyr Bowen Chairman', '', '1. Minutes', 'The minutes were agreed.'];
    expect(people(lines).map(([, name]) => name)).not.toContain('Arno');
    expect(people(lines).map(([, name]) => name)).not.toContain('Northway Mr');
    expect(people(lines).map(([, name]) => name)).not.toContain('Bowen Chairman');
  });
});

describe('a "Name, Position" table flattened into one line, each post run on into the next name', () => {
  const roles = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.role]);

  it('gives each post to the name before it, and reads the first name of the list after a bracket of column captions', () => {
    const lines = [
      'Elmgrove Co-op Board Meeting Approved Minutes of 3/04/16 A regular meeting of the Elmgrove Co-op Board of Directors was held at the store at 6:30 pm on March 4, 2016. Present: (Name, Position/Affiliation with the Co-op) Nora Pell, General Manager Ida Crane, Board Administrator Tom Vance, Board Member Lou Brandt, Board Member Ray Okafor, Staff Representative Sue Lamb, Owner Ben Tullis was absent. 1. Meeting called to order at 6:36 p.m. We have a quorum. 2. Review Agenda: Tom moved item 6 off the consent agenda.',
    ];
    expect(roles(lines).slice(0, 5)).toEqual([
      ['Nora Pell', 'General Manager'],
      ['Ida Crane', 'Board Administrator'],
      ['Tom Vance', 'Board Member'],
      ['Lou Brandt', 'Board Member'],
      ['Ray Okafor', 'Staff Representative'],
    ]);
  });

  it('still reads a list whose every part opens with a post as posts before names', () => {
    const lines = ['Present: Board Member Ann Lee, Board Member Tom Hale, Treasurer Ivy Reed, Secretary Bo Finch', '', '1. Minutes', 'The minutes were approved.'];
    expect(roles(lines)).toEqual([
      ['Ann Lee', 'Board Member'],
      ['Tom Hale', 'Board Member'],
      ['Ivy Reed', 'Treasurer'],
      ['Bo Finch', 'Secretary'],
    ]);
  });
});
