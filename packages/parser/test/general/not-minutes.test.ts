// What the parser must not do: invent (issue 3). A text that is not minutes yields no
// attendees and a diagnostic saying so; a field the text does not state stays empty;
// a wrong attendee is worse than a missing one. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { codes, names, parse, people, person } from './support.js';

describe('texts that are not minutes', () => {
  it('reads a committee report as not minutes: no attendees, no actions, and a diagnostic', () => {
    const result = parse(
      'OAKHURST DISTRICT COUNCIL',
      '',
      'Report to: Finance and Resources Committee',
      'Date: 12 June 2023',
      'Report of: Chief Finance Officer',
      'Subject: Treasury management outturn 2022/23',
      '',
      '1. Purpose of the report',
      '1.1 To report the treasury management activity for 2022/23.',
      '',
      '2. Recommendations',
      '2.1 That the committee notes the outturn. Action: the committee to note the report.',
      '',
      '3. Background',
      '3.1 The council borrowed no new money in the year.',
      '',
      'Contact officer: Lena Ortiz, Treasury Accountant',
    );
    expect(result.minutes.kind).toBe('other');
    expect(result.minutes.attendees).toEqual([]);
    expect(result.minutes.actions).toEqual([]);
    expect(codes(result)).toContain('LSMP1001');
  });

  it('reads a decision notice as not minutes, without taking the decision maker for an attendee', () => {
    const result = parse(
      'Record of decision taken by an individual Cabinet Member',
      '',
      'Decision maker: Cllr Ada Finch, Cabinet Member for Housing',
      'Date of decision: 3 July 2023',
      'Subject: Award of the Oakhurst estate repairs contract',
      '',
      'Decision: To award the contract to Greyholt Builders Ltd.',
      '',
      'Reasons for the decision: The tender gave the best value.',
      '',
      'Conflicts of interest declared: None.',
    );
    expect(result.minutes.kind).toBe('other');
    expect(result.minutes.attendees).toEqual([]);
    expect(result.minutes.actions).toEqual([]);
    expect(codes(result)).toContain('LSMP1001');
  });

  it('reads an index page of meetings as not minutes, with no meeting date', () => {
    const result = parse(
      '# Planning Committee - meetings',
      '',
      '- [12 January 2023](https://example.org/meetings/101) Agenda, Minutes pdf icon PDF 120 KB',
      '- [9 February 2023](https://example.org/meetings/102) Agenda, Minutes pdf icon PDF 98 KB',
      '- [9 March 2023](https://example.org/meetings/103) Agenda',
    );
    expect(result.minutes.kind).toBe('other');
    expect(result.minutes.attendees).toEqual([]);
    expect(result.minutes.items).toEqual([]);
    expect(result.minutes.date).toBeNull();
    expect(codes(result)).toContain('LSMP1001');
  });
});

describe('fields the text does not state', () => {
  it('leaves body, date, times, venue, status and next meeting empty', () => {
    const { minutes } = parse(
      'Notes of the meeting',
      '',
      'Present: Ada Finch, Bernard Oakes, Priya Venn',
      '',
      '1. Allotment rents',
      'Rents stay at £40.',
      '',
      '2. Any other business',
      'None.',
    );
    const { title, body, date, start, end, venue, status, nextMeeting, complete } = minutes;
    expect({ title, body, date, start, end, venue, status, nextMeeting, complete }).toEqual({
      title: 'Notes of the meeting',
      body: null,
      date: null,
      start: null,
      end: null,
      venue: null,
      status: null,
      nextMeeting: null,
      complete: true,
    });
    expect(people(minutes)).toEqual([person('Ada Finch'), person('Bernard Oakes'), person('Priya Venn')]);
    expect(minutes.actions).toEqual([]);
  });

  it('leaves the title empty when no line names the meeting', () => {
    const { minutes } = parse('Present: Ada Finch, Bernard Oakes, Priya Venn', '', '1. Allotment rents', 'Rents stay at £40.');
    expect(minutes.title).toBeNull();
    expect(minutes.body).toBeNull();
    expect(minutes.date).toBeNull();
  });
});

describe('a wrong attendee is worse than a missing one', () => {
  it('does not read members of the public, representatives of a body or "none" as people', () => {
    const { minutes } = parse(
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023',
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, two members of the public',
      'Also present: Representatives of Wealden Water',
      'Apologies: None received',
      '',
      '1. Footpaths',
      'The stile is broken.',
    );
    expect(people(minutes)).toEqual([person('Ada Finch', { honorific: 'Cllr', chair: true }), person('Bernard Oakes', { honorific: 'Cllr' })]);
  });

  it('does not add people who are only named in the discussion', () => {
    const { minutes } = parse(
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023',
      '',
      'Present: Cllr Ada Finch (Chair), Cllr Bernard Oakes, Cllr Priya Venn',
      '',
      '1. Public forum',
      'Mr Hugo Dunn of Mill Lane asked about the potholes. Dr Lena Ortiz spoke about the surgery car park.',
      '',
      '2. Correspondence',
      'A letter from Jess Moor, Wealden Water, was noted.',
    );
    expect(names(minutes)).toEqual(['Ada Finch', 'Bernard Oakes', 'Priya Venn']);
  });

  it('reports a roster line it cannot read instead of guessing a person from it', () => {
    const result = parse(
      'Minutes of the meeting of Oakhurst Parish Council held on 4 April 2023',
      '',
      'Present:',
      'Cllr Ada Finch (Chair)',
      'Cllr Bernard Oakes',
      'the whole of the youth forum',
      '',
      '1. Footpaths',
      'The stile is broken.',
    );
    expect(people(result.minutes)).toEqual([
      person('Ada Finch', { honorific: 'Cllr', chair: true }),
      person('Bernard Oakes', { honorific: 'Cllr' }),
    ]);
    // Either "unrecognised roster line" or "skipped text" says it; silence does not.
    const said = result.diagnostics.filter((d) => d.code === 'LSMP2001' || d.code === 'LSMP1004');
    expect(said.map((d) => d.actual)).toEqual(['the whole of the youth forum']);
  });
});

describe('an agenda', () => {
  it('is not minutes although it lists "Minutes of the last meeting", and keeps the date of the meeting "to be held"', () => {
    const result = parse('Oakhurst Parish Council', '', 'AGENDA for the meeting to be held on Tuesday 4 April 2023 at 7.30pm', '', 'Councillors are summoned to attend.', '', '1. Apologies for absence', '2. Minutes of the last meeting', '3. Planning');
    expect(result.minutes.kind).toBe('other');
    expect(result.minutes.attendees).toEqual([]);
    expect([result.minutes.date, result.minutes.start]).toEqual(['2023-04-04', '19:30']);
    expect(codes(result)).toContain('LSMP1001');
  });
});
