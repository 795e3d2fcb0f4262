// Header lines of session 14. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const body = (lines: string[]) => parseLines(lines).minutes.body;
const rest = ['', 'Present: Ann Hale (Chair), Tom Reed', '', '1. Welcome', '', 'All welcomed.', '', '2. Finance', '', 'Accounts approved.'];

describe('a body read from words that are no name', () => {
  it('drops what follows the name: a sentence, the meeting\'s frequency, the form of the meeting', () => {
    expect(body(['The Riverside and Hale Community Council held their meeting on 3 May 2021 at the hall.', ...rest])).toBe('Riverside and Hale Community Council');
    expect(body(['Minutes of the Riverside Community Council virtual meeting held on 3 May 2021', ...rest])).toBe('Riverside Community Council');
    expect(body(['# Harbourview monthly meeting', ...rest])).toBe('Harbourview');
  });

  it('gives no body where the words read are a date\'s numbers or a phrase cut short', () => {
    expect(body(['2016 10 20 TSC Meeting', ...rest])).toBeNull();
    expect(body(['Minutes of the Harbour Authority Board and', 'Tide Committee joint meeting, 3 May 2021', ...rest])).toBeNull();
  });

  it('keeps names that end in lower case or carry a stop', () => {
    expect(body(['Minutes of the CRAG committee meeting held on 3 May 2021', ...rest])).toBe('CRAG committee');
    expect(body(['Minutes of the St. Anne Refugee Committee meeting held on 3 May 2021', ...rest])).toBe('St. Anne Refugee Committee');
  });
});

describe('a venue a flattened page ran on', () => {
  const venue = (title: string) => parseLines([title, ...rest]).minutes.venue;

  it('ends the place before the first item, a label glued to it, or the sentence that goes on', () => {
    expect(venue('Minutes of the Parish Council meeting held on 3 May 2021 at Orwell Church Hall 1. Welcome: In the absence of the Chair, Ann Hale presided.')).toBe('Orwell Church Hall');
    expect(venue('Minutes of the Steering Group meeting held on 3 May 2021 at The Cock Inn, Sibson.Attendance: Ann Hale, Tom Reed')).toBe('The Cock Inn, Sibson');
    expect(venue('Minutes of the Board meeting held on 3 May 2021 in the Board Room of Hale College and the following members were present: Ann Hale, Tom Reed')).toBe(
      'the Board Room of Hale College',
    );
    expect(venue('Minutes of the Council meeting held on 3 May 2021 at the Welfare Hall, Cwmgwrach and via Zoom, commencing at 7pm')).toBe('the Welfare Hall, Cwmgwrach and via Zoom');
  });

  it('keeps the stops of abbreviations', () => {
    expect(venue('Minutes of the Council meeting held on 3 May 2021 at St. Anne\'s Hall, Gorey, Co. Wexford')).toBe("St. Anne's Hall, Gorey, Co. Wexford");
  });
});

describe("a sharing site's caption over the minutes", () => {
  const lines = [
    'Item 3 Harbour Board May 2010 Minutes by k9fella',
    '',
    'VIEWS: 15 PAGES: 4',
    '',
    'Harbour Performance Board',
    '',
    'Friday 7th May 2010',
    '',
    'Present:',
    'Ann Hale            Director (Chair)',
    'Tom Reed            Harbour Trust',
    'Jo Finch            Harbour Trust (minutes)',
    '',
    '1. Welcome',
    '',
    'Ann welcomed all.',
    '',
    '2. Finance',
    '',
    'Accounts were noted.',
  ];

  it('is no item: the minutes below keep their date and items', () => {
    const { minutes } = parseLines(lines);
    expect(minutes.date).toBe('2010-05-07');
    expect(minutes.items.map((i) => `${i.number} ${i.title}`)).toEqual(['1 Welcome', '2 Finance']);
  });

  it('is read only with an uploader\'s handle after "by"', () => {
    const { minutes } = parseLines(['Item 3 Harbour Board May 2010 Minutes by Chairman', ...lines.slice(1)]);
    expect(minutes.items[0]?.title).toBe('Harbour Board May 2010 Minutes by Chairman');
  });

  it('reads no title from a roster line marking who took the minutes', () => {
    expect(parseLines(['Harbour Performance Board', '', 'Friday 7th May 2010', '', ...lines.slice(9)]).minutes.title).not.toBe('Jo Finch Harbour Trust (minutes)');
  });
});
