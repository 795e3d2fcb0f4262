// Utilities and energy bodies' minutes: drainage and irrigation boards, water and energy customer forums, electric
// co-operatives, water districts (session 18). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const roll = (lines: string[]) => minutes(lines).attendees.map((a) => `${a.honorific ? `${a.honorific} ` : ''}${a.name} ${a.attendance}`);

describe('a PDF text whose paragraphs a document site kept as <p> tags on one line', () => {
  it('reads each paragraph as a line of its own', () => {
    const text = [
      '<p> BROOK LEVEL DRAINAGE BOARD</p><p>MINUTES of the proceedings of the Board at a Meeting held at the Pump House, Brook on Wednesday 4 March 2015</p><p>Present: A.B. Hale (Chairman)</p><p>Apologies: C. Lind</p><p>1. CHAIRMAN\'S REPORT</p><p>1.1 The Chairman reported on the pumps.</p><p>2. FINANCE</p><p>The accounts were noted.</p>',
    ];
    const m = minutes(text);
    expect(m.body).toBe('BROOK LEVEL DRAINAGE BOARD');
    expect(m.title).toBe('MINUTES of the proceedings of the Board at a Meeting held at the Pump House, Brook on Wednesday 4 March 2015');
    expect(roll(text)).toEqual(['A.B. Hale present', 'C. Lind apologies']);
    expect(m.items.map((i) => `${i.number} ${i.title}`)).toEqual(["1 CHAIRMAN'S REPORT", '2 FINANCE']);
  });

  it('leaves a table row whose cell holds paragraphs as it was', () => {
    const row = ['| Topic | Notes | Decision |', '| --- | --- | --- |', '| Budget | Discussed. | <p>Agreed.</p><p>Report back.</p> |'];
    expect(minutes(row).items.map((i) => i.title)).not.toContain('Agreed.');
  });
});

describe('members listed as initials and surnames whose commas a PDF lost', () => {
  it('are read a person at each new initial, on the line under the chair', () => {
    const lines = ['MINUTES OF THE MEETING of the BOARD held at the Offices, Brook on Monday 7 January 2019', '', 'Members of the Board Present', '', 'Chairman: A Hale', '', 'B Rowe-Lind C Finch D.E. Moss F Reed', '', 'Apologies were received from G Young and H Ball.', '', '1. Minutes', 'Agreed.'];
    expect(roll(lines)).toEqual(['A Hale present', 'B Rowe-Lind present', 'C Finch present', 'D.E. Moss present', 'F Reed present', 'G Young apologies', 'H Ball apologies']);
  });

  it('under the plural title "Messrs", a bracket and a title kept with their person, as are initials written against the surname', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: A.B. Hale (Chairman)', '', 'Messrs: C. Lind D Moss E. Finch (Vice-Chairman) F Reed Mrs G.Young', '', '1. MINUTES', 'Agreed.'];
    const m = minutes(lines);
    expect(roll(lines)).toEqual(['A.B. Hale present', 'C. Lind present', 'D Moss present', 'E. Finch present', 'F Reed present', 'Mrs G. Young present']);
    expect(m.attendees.find((a) => a.name === 'E. Finch')?.role).toBe('Vice-Chairman');
  });

  it('are no list where the words are a heading or a sentence', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: Ann Hale, Ben Rowe', '', 'Flood Risk Update', '', 'The Engineer reported.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present']);
  });
});

describe('the apologies heading "for non-attendance"', () => {
  it('heads the list of those away, as "for absence" does', () => {
    const lines = ['Minutes of the Board held on 4 March 2015', '', 'Present: Ann Hale, Ben Rowe', '', 'Apologies for non-attendance were received from:-', '', 'Cara Lind, Dan Moss and Eve Finch', '', '1. MINUTES', 'Agreed.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind apologies', 'Dan Moss apologies', 'Eve Finch apologies']);
  });
});

describe('a district\'s staff', () => {
  it('heads a list of its own under "District Staff Present:", after the members absent', () => {
    const lines = ['Advisory Committee of the Brook Water District', 'April 3, 2008', '', 'Members Present: Ann Hale - League of Voters; Ben Rowe', '', 'Members Absent:  None', '', 'District Staff Present:  Cara Lind \u2013 General Manager; Dan Moss \u2013 Executive Assistant', '', '1. Call to Order', 'The meeting was called to order.'];
    expect(roll(lines)).toEqual(['Ann Hale present', 'Ben Rowe present', 'Cara Lind secretariat', 'Dan Moss secretariat']);
  });
});
