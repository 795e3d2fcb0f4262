// Parks and open spaces bodies' minutes (session 20). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const gap = (n: number) => ' '.repeat(n);

describe('an action tag set at the right of a numbered item line', () => {
  it('reads the item title before the text and the tag as an action of the sentences before it', () => {
    const text = [
      'Millbrook Playing Field Committee',
      '',
      'Present: Ann Hale, Tom Finch, Rob Dyer',
      '',
      `1.      Grass cutting – The contractor has missed two cuts.  RD to write to him.${gap(40)}Action RD`,
      '',
      `2.      Painting of the pavilion.  TF had found a painter.${gap(50)}Action: All`,
      '',
      `3.      Benches.  TF to order two more.  AH has the catalogue.${gap(30)}Action TF`,
      '',
      '4.      Any other business',
    ];
    const m = minutes(text);
    expect(m.items.map((i) => i.title)).toEqual(['Grass cutting', 'Painting of the pavilion', 'Benches', 'Any other business']);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([
      ['RD to write to him.', ['RD']],
      ['Painting of the pavilion. TF had found a painter.', ['All']],
      [expect.stringMatching(/^TF to order two more/), ['TF']],
    ]);
  });
});

describe('a municipal committee page exported from PDF', () => {
  const text = [
    'Town of Elmvale',
    'Trails Advisory Committee',
    'Meeting Minutes',
    'Date:',
    'Time:',
    'Location:',
    'Wednesday, May 8, 2024',
    '6 p.m.',
    'Cedar Room, Elmvale Civic Centre',
    'Committee Members: Councillor Ada Finch (Chair)',
    'Bo Lind*',
    'Cy Moss* (departed 6:40 p.m.)',
    'Dee Nash',
    'Members Absent: Eve Park',
    'Other Attendees: Fay Quill, Senior Trails Planner*',
    'Gus Rowe, Manager, Parks',
    'Hal Sand, Committee Coordinator',
    '*Attended electronically',
    '1. Call to Order',
    'The Chair called the meeting to order at 6:02 p.m.',
  ];

  it('pairs the stacked field labels with the stacked values in order', () => {
    expect(minutes(text).venue).toBe('Cedar Room, Elmvale Civic Centre');
  });

  it('takes the star marking electronic attendance off the entries, wherever it stands', () => {
    const present = minutes(text).attendees.filter((a) => a.attendance === 'present').map((a) => a.name);
    expect(present).toEqual(['Ada Finch', 'Bo Lind', 'Cy Moss', 'Dee Nash']);
  });

  it('reads the entry on the label line as one person and post, as the lines under it are', () => {
    const others = minutes(text).attendees.filter((a) => a.attendance === 'in-attendance').map((a) => [a.name, a.role]);
    expect(others).toEqual([
      ['Fay Quill', 'Senior Trails Planner'],
      ['Gus Rowe', 'Manager'],
      ['Hal Sand', 'Committee Coordinator'],
    ]);
  });
});
