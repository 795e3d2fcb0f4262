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

describe('roman item headings closed by a colon', () => {
  it('reads "I. Website:" as the first item, not as a roster line of the initial I', () => {
    const text = [
      'Friends of Alder Park Meeting Minutes',
      'Mar. 3rd, 2021, 7:00 pm',
      '',
      'Members Present: Ann Lee (Chair), Bo Chan, Cy Dee',
      '',
      'I. Website:',
      '',
      '  • the events page needs updating.',
      '',
      'II. Treasurer’s report:',
      '',
      '  • Current balance: $1,200.00',
      '',
      'III. Spring clean-up:',
      '',
      '  • Bo will order gloves.',
    ];
    expect(minutes(text).items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Website'],
      ['II', 'Treasurer’s report'],
      ['III', 'Spring clean-up'],
    ]);
  });
});

describe('names laid out two to a row', () => {
  it('reads an initialled name beside a name as two people, and the rows under it so too', () => {
    const text = [
      'Glenmore Tidy Towns AGM 2019',
      '',
      'Attendance – P. Hughes – Chair',
      '',
      `R. Doyle${gap(15)}Mary Walsh`,
      '',
      `Sean Byrne${gap(12)}Kate Ryan`,
      '',
      'Chairman – welcomed all.',
    ];
    expect(minutes(text).attendees.map((a) => a.name)).toEqual(['P. Hughes', 'R. Doyle', 'Mary Walsh', 'Sean Byrne', 'Kate Ryan']);
  });
});

describe('a web page table of two lists copied with pipes', () => {
  it('keeps the rows whose second cell is empty ("Cllr Jo Hale | |")', () => {
    const text = [
      'Report of Parks SPC Meeting held on 3rd March 2015',
      'Members | Officials |',
      'Cllr A Byrne | Mary Cole, Senior Parks Officer |',
      'Cllr B Duffy | Tom Egan, Administrative Officer |',
      'Cllr C Flynn | |',
      'Dan Gill | |',
      'Apologies: Cllr E Hayes',
      '1) Minutes of previous meeting',
    ];
    const m = minutes(text);
    expect(m.attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['A Byrne', 'B Duffy', 'C Flynn', 'Dan Gill']);
    expect(m.attendees.filter((a) => a.attendance !== 'present' && a.attendance !== 'apologies').map((a) => a.name)).toEqual(['Mary Cole', 'Tom Egan']);
  });
});

describe('a roll call written as sentences after its label', () => {
  it('reads "Present were ..." and "Absent were ..." run on after "1. ROLL CALL." and the one who called the meeting to order', () => {
    const text = [
      'PARKS & RECREATION BOARD',
      'TUESDAY, MAY 12, 2015',
      'REGULAR MEETING',
      '1. ROLL CALL. Mr. Dunn called meeting to order at 7:02 pm. Present were Mr. Dunn, Ms. Ellis, and Mr. Ford. Absent were Ms. Gray and Mr. Hart.',
      '2. APPROVAL OF MINUTES. Ms. Ellis moved to accept the April minutes. Seconded by Mr. Ford.',
    ];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance, a.chair])).toEqual([
      ['Dunn', 'present', true],
      ['Ellis', 'present', false],
      ['Ford', 'present', false],
      ['Gray', 'apologies', false],
      ['Hart', 'apologies', false],
    ]);
  });

  it('does not read the units that sent no one as people', () => {
    const text = ['PARKS & RECREATION BOARD', 'TUESDAY, MAY 12, 2015', '1. ROLL CALL. The Clerk called roll. Present were Mr. Dunn and Ms. Ellis. Absent were representatives from Forestry, Leisure Services and Planning.', '2. APPROVAL OF MINUTES. Approved.'];
    expect(minutes(text).attendees.map((a) => a.name)).toEqual(['Dunn', 'Ellis']);
  });
});

describe('a note of late arrival or early leaving after a post', () => {
  it('takes "(left early)" and "(arrived late)" off the post, even with no space before the bracket', () => {
    const text = ['PARKS AND RECREATION BOARD', 'MINUTES', 'MARCH 2,2020', 'Present:', 'Ann Lee,Chair(left early)', 'Bo Chan, Secretary (arrived late)', 'Cy Dee', 'Call to Order', 'Chair Lee called the meeting to order at 6:30 p.m.'];
    expect(minutes(text).attendees.map((a) => [a.name, a.role, a.partial])).toEqual([
      ['Ann Lee', null, true],
      ['Bo Chan', 'Secretary', true],
      ['Cy Dee', null, false],
    ]);
  });
});

describe('a comma lost in a list under a plural title', () => {
  it('parts "Lowe Mrs Hale" into two members at the honorific', () => {
    const text = ['Minutes of a meeting of the Open Spaces Committee held in the Library on 3rd May 2019 at 19:30', '', 'Councillors Present: Cllrs Ash, Birch, Lowe Mrs Hale, Oak (Chairman)', 'In attendance: Mrs P Reed – Clerk to Council', '', '1. To consider apologies for absence – None.'];
    expect(minutes(text).attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['Ash', 'Birch', 'Lowe', 'Hale', 'Oak']);
  });
});

describe('the council liaison of a parks board', () => {
  it('reads "City Council Liaison:" over a name as a list of those in attendance', () => {
    const text = ['PARKS AND RECREATION BOARD', 'MINUTES', 'MAY 6,2019', 'Present:', 'Ann Lee, Chair', 'Bo Chan', 'City Council Liaison:', 'Cy Dee', 'City Staff:', 'Dana Fox, Director, Parks and Recreation', 'Call to Order', 'Chair Lee called the meeting to order at 6:30 p.m.'];
    expect(minutes(text).attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ann Lee', 'present'],
      ['Bo Chan', 'present'],
      ['Cy Dee', 'in-attendance'],
      ['Dana Fox', 'secretariat'],
    ]);
  });
});
