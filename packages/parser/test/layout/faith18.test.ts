// Faith and church bodies' minutes: councils, chapters, synods, vestries, temple and mosque boards (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name]);

describe("the clergy's styles before a name", () => {
  const lines = [
    'DIOCESAN BOARD MEETING',
    'Minutes of Tuesday 4 March 2014 at 10.00am',
    '',
    'Present: The Right Rev’d Dr Ann Hale (Chair), Ven Tom Reed, Rev’d Jo Finch, The Very Reverend Dr Sam Lowe, Pastor Ade Bello, Deacon Mary Cole',
    "Apologies: Rev'd Canon Lee Ward, Pandit Ravi Joshi, The Most Revd Alan Moss",
    '',
    '1. Welcome',
  ];

  it('keeps each style, with either apostrophe, as the honorific and off the name', () => {
    expect(people(lines)).toEqual([
      ['present', 'The Right Rev’d Dr', 'Ann Hale'],
      ['present', 'Ven', 'Tom Reed'],
      ['present', 'Rev’d', 'Jo Finch'],
      ['present', 'The Very Reverend Dr', 'Sam Lowe'],
      ['present', 'Pastor', 'Ade Bello'],
      ['present', 'Deacon', 'Mary Cole'],
      ['apologies', "Rev'd Canon", 'Lee Ward'],
      ['apologies', 'Pandit', 'Ravi Joshi'],
      ['apologies', 'The Most Revd', 'Alan Moss'],
    ]);
  });

  it('leaves "Ven" as a given name before a surname alone', () => {
    const council = ['COUNCIL MEETING', '', 'Present: Ann Hale, Ven Okafor, Tom Reed', '', '1. Welcome'];
    expect(people(council).map((p) => p[2])).toEqual(['Ann Hale', 'Ven Okafor', 'Tom Reed']);
  });
});
