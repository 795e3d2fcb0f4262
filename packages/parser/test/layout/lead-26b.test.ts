// The lead's general rules of session 26, second round. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const titles = (lines: string[]) => parseLines(lines).minutes.items.map((item) => [item.number, item.title]);

describe('minute numbers with the academic year, as governing bodies write them', () => {
  const HEAD = ['Minutes of the Local Academy Board meeting held on Monday 15th May 2031 at 5pm in the Hub.', '', 'Present: Mrs C Dunn (Chair), Mr P Kirk', ''];

  it('reads "LAB/58/30-31 Apologies ..." as the items, the count before the year', () => {
    const text = [
      ...HEAD,
      'LAB/58/30-31 Apologies for absence No apologies for absence were received.',
      '',
      'LAB/59/30-31 Declaration of interest There were no declarations.',
      '',
      'LAB/60/30-31 Minutes of the last meeting The minutes were agreed.',
    ];
    expect(titles(text)).toEqual([
      ['LAB/58/30-31', 'Apologies for absence'],
      ['LAB/59/30-31', 'Declaration of interest'],
      ['LAB/60/30-31', 'Minutes of the last meeting'],
    ]);
  });

  it('reads "BD/30-31/112 Apologies" as the items, the year before the count', () => {
    const text = [...HEAD, 'BD/30-31/112 Apologies', 'None were received.', '', 'BD/30-31/113 Declarations of interest', 'There were none.', '', 'BD/30-31/114 Minutes of the last meeting', 'The minutes were agreed.'];
    expect(titles(text)).toEqual([
      ['BD/30-31/112', 'Apologies'],
      ['BD/30-31/113', 'Declarations of interest'],
      ['BD/30-31/114', 'Minutes of the last meeting'],
    ]);
  });

  it('still reads a reference with the year in a sentence as the text it is', () => {
    const text = [...HEAD, '1. Finance', 'The board noted paper FIN/12/30-31 and agreed it.', '', '2. Premises', 'The roof is mended.'];
    expect(titles(text)).toEqual([
      ['1', 'Finance'],
      ['2', 'Premises'],
    ]);
  });
});

describe('an alderman\'s title with its stop in a list of those present', () => {
  it('reads "Ald. Madden" as one person, the stop no sentence\'s end', () => {
    // (A web page's minutes flattened onto one line, as a committee's document site gives them.)
    const text = [
      'Quarry Liaison Committee Minutes - 3/3/2031 Quarry Liaison Committee MINUTES March 3, 2031 Chairman Reed called the meeting to order at 5:00 PM. PRESENT: Mr. Tom Reed, Mr. Sam Cole, Ms. Ann Vale, Ald. Madden, Mr. Ian Ross and Mr. Lee Hart. GUESTS: Mr. Al Hart of the quarry. APPROVAL OF MINUTES Mr. Ross moved to approve the minutes. Ald. Madden seconded. The motion carried.',
    ];
    expect(parseLines(text).minutes.attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(['Tom Reed', 'Sam Cole', 'Ann Vale', 'Madden', 'Ian Ross', 'Lee Hart']);
  });
});

describe('a shared PDF\'s page whose file name, cut short, the text below gives again whole', () => {
  it('reads the title from the text, not from the site\'s cut copy of it', () => {
    const lines = [
      'WESTFORD COMMUNITY COUNCIL Minutes of Meeting Held',
      'Total Page:16',
      'File Type:pdf, Size:1020Kb',
      'WESTFORD COMMUNITY COUNCIL Minutes of meeting held from 1st March 2031 to 31st March 2032 Date: Tuesday 8th May 2031 Present: Cllr A Dunn (Chair), Cllr B Poe, Cllr C Lee Apologies: Cllr D Moss 1. Declarations of interest None were made. 2. Finance The accounts were approved.',
    ];
    expect(parseLines(lines).minutes.title).toMatch(/^WESTFORD COMMUNITY COUNCIL Minutes of meeting held from 1st March 2031 to 31st March 2032/);
  });

  it('drops the site\'s part number after the name ("... s1") when comparing', () => {
    const lines = ['Harbour Co-op Board Meeting s1', 'Total Page:16', 'File Type:pdf, Size:1020Kb', 'Harbour Co-op Board Meeting Approved Minutes of 2/1/31', 'Present: Ann Dunn, Bob Poe', '1. Finance', 'Noted.'];
    expect(parseLines(lines).minutes.title).toBe('Harbour Co-op Board Meeting Approved Minutes of 2/1/31');
  });

  it('still reads the file name as the title where the text below does not give it again', () => {
    const lines = ['Harbour Co-op Board Minutes 6 May 2031', 'Total Page:16', 'File Type:pdf, Size:1020Kb', 'NB: these minutes are a draft until approved.', 'Present: Ann Dunn, Bob Poe', '1. Finance', 'Noted.'];
    expect(parseLines(lines).minutes.title).toBe('Harbour Co-op Board Minutes 6 May 2031');
  });
});
