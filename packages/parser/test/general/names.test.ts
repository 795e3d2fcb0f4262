// Titles, letters and marks written around names in roster lists (issue 3).
// Every text is fictional; the expected values are what a careful reader records.
import { describe, expect, it } from 'vitest';
import { type Person, parse, people, person } from './support.js';

/** The people of a small minutes text whose roster is `lines` (headings included). */
function roster(...lines: string[]): Person[] {
  const { minutes } = parse(
    'Minutes of the Greyholt Community Safety Partnership meeting held on 10 October 2022',
    '',
    ...lines,
    '',
    '1. Welcome',
    'The chair welcomed everyone.',
    '',
    '2. Night-time economy',
    'The partnership noted the report.',
  );
  return people(minutes);
}

describe('titles before a name', () => {
  it('reads "Cllr"', () => {
    expect(roster('Present:', 'Cllr Ada Finch', 'Bernard Oakes')).toEqual([
      person('Ada Finch', { honorific: 'Cllr' }),
      person('Bernard Oakes'),
    ]);
  });

  it('reads "Cll" as written', () => {
    expect(roster('Present:', 'Cll Tom Reedbank, Larchford Borough Council')).toEqual([
      person('Tom Reedbank', { honorific: 'Cll', organisation: 'Larchford Borough Council' }),
    ]);
  });

  it('reads "Cllr." with a full stop and "Councillor" spelled out', () => {
    expect(roster('Present:', 'Cllr. Ada Finch', 'Councillor Bernard Oakes')).toEqual([
      person('Ada Finch', { honorific: 'Cllr' }),
      person('Bernard Oakes', { honorific: 'Councillor' }),
    ]);
  });

  it('reads stacked titles "Cllr Mrs"', () => {
    expect(roster('Present:', 'Cllr Mrs O Gantry', 'Cllr P Lane')).toEqual([
      person('O Gantry', { honorific: 'Cllr Mrs' }),
      person('P Lane', { honorific: 'Cllr' }),
    ]);
  });

  it('reads "County Councillor" whole', () => {
    expect(roster('Present:', 'County Councillor R Pike', 'Cllr T Quill')).toEqual([
      person('R Pike', { honorific: 'County Councillor' }),
      person('T Quill', { honorific: 'Cllr' }),
    ]);
  });

  it('reads "Deputy Dr" as one stacked title', () => {
    expect(roster('Present:', 'Deputy Dr Selina Marr', 'Ada Finch')).toEqual([
      person('Selina Marr', { honorific: 'Deputy Dr' }),
      person('Ada Finch'),
    ]);
  });

  it('reads the police ranks "Commander" and "Chief Superintendent"', () => {
    expect(
      roster('Present:', 'Commander Neil Ashby, Metropolitan Police Service', 'Chief Superintendent Jo Harker (Greyholt Police)'),
    ).toEqual([
      person('Neil Ashby', { honorific: 'Commander', organisation: 'Metropolitan Police Service' }),
      person('Jo Harker', { honorific: 'Chief Superintendent', organisation: 'Greyholt Police' }),
    ]);
  });

  it('reads "Rev"', () => {
    expect(roster('Present:', 'Rev Martin Quayle, Larchford Churches Together')).toEqual([
      person('Martin Quayle', { honorific: 'Rev', organisation: 'Larchford Churches Together' }),
    ]);
  });
});

describe('letters after a name', () => {
  it('drops "OBE" and "MBE" from the name', () => {
    expect(roster('Present:', 'Priya Venn OBE', 'Hal Price MBE (Director, Vale Tenants Association)')).toEqual([
      person('Priya Venn'),
      person('Hal Price', { role: 'Director', organisation: 'Vale Tenants Association' }),
    ]);
  });

  it('drops "AM" from the name and still reads the chair mark after it', () => {
    expect(roster('Present:', 'Gwen Rhys AM (Chair)', 'Ada Finch')).toEqual([
      person('Gwen Rhys', { chair: true }),
      person('Ada Finch'),
    ]);
  });
});

describe('who chaired', () => {
  it.each(['(chair)', '(Chair)', '(CHAIR)', '(Chairman)', '(chairperson)'])('reads the mark %s in any case', (mark) => {
    expect(roster('Present:', `Ada Finch ${mark}`, 'Bernard Oakes')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Bernard Oakes'),
    ]);
  });

  it('reads "Vice Chair, chairing the meeting" as the role of the person who chaired', () => {
    expect(roster('Councillors present:', 'B Oakes (Vice Chair, chairing the meeting)', 'C Venn')).toEqual([
      person('B Oakes', { role: 'Vice Chair', chair: true }),
      person('C Venn'),
    ]);
  });

  it('keeps "Chair" as the role of a chair who is absent, who did not chair', () => {
    expect(
      roster(
        'Councillors present: B Oakes (Vice Chair, chairing the meeting), C Venn, D Holt',
        'Councillors absent: R Pike (Chair), F Grey',
      ),
    ).toEqual([
      person('B Oakes', { role: 'Vice Chair', chair: true }),
      person('C Venn'),
      person('D Holt'),
      person('R Pike', { role: 'Chair', attendance: 'apologies' }),
      person('F Grey', { attendance: 'apologies' }),
    ]);
  });

  it('does not take the chair of another body for the chair of this meeting', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Hal Price (Chair, Vale Tenants Association)')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Hal Price', { role: 'Chair', organisation: 'Vale Tenants Association' }),
    ]);
  });
});

describe('substitutes, shadows and part attendance', () => {
  it('reads "attending as their representative" as a substitute for the member who sent apologies', () => {
    expect(
      roster('Present:', 'Ada Finch (Chair)', '', 'Apologies:', 'Cllr Tom Reedbank (Jess Moor attending as their representative)'),
    ).toEqual([
      person('Ada Finch', { chair: true }),
      person('Tom Reedbank', { honorific: 'Cllr', attendance: 'apologies' }),
      person('Jess Moor', { substituteFor: 'Tom Reedbank' }),
    ]);
  });

  it('reads "represented by X" and "substitute: X" on an apologies list as a substitute who was present', () => {
    expect(
      roster('Present:', 'Ada Finch (Chair)', '', 'Apologies:', 'Cllr Tom Reedbank (Larchford Borough Council, represented by Cllr Hal Price)', 'Priya Venn, Wealden Water (substitute: Jess Moor)'),
    ).toEqual([
      person('Ada Finch', { chair: true }),
      person('Tom Reedbank', { honorific: 'Cllr', organisation: 'Larchford Borough Council', attendance: 'apologies' }),
      person('Hal Price', { honorific: 'Cllr', substituteFor: 'Tom Reedbank' }),
      person('Priya Venn', { organisation: 'Wealden Water', attendance: 'apologies' }),
      person('Jess Moor', { substituteFor: 'Priya Venn' }),
    ]);
  });

  it('reads "attending as X\'s representative" on the representative\'s own line as a substitute', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Jess Moor, attending as Cllr Hal Price\'s representative')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Jess Moor', { substituteFor: 'Hal Price' }),
    ]);
  });

  it('reads "(Organisation, attending as their representative)" as the organisation the person represents', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Jess Moor (Wealden Water, attending as their representative)')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Jess Moor', { organisation: 'Wealden Water' }),
    ]);
  });

  it('reads "for X" after the organisation, without the title of the member stood in for', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Jess Moor, Wealden Water for Cllr Hal Price')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Jess Moor', { organisation: 'Wealden Water', substituteFor: 'Hal Price' }),
    ]);
  });

  it('reads "(for X)" in brackets', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Jess Moor (for Hal Price)')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Jess Moor', { substituteFor: 'Hal Price' }),
    ]);
  });

  it('reads "Shadowing X" as the role, and the person shadowed', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'Dr Lena Ortiz, Shadowing Ada Finch')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Lena Ortiz', { honorific: 'Dr', role: 'Shadowing Ada Finch', shadowing: 'Ada Finch' }),
    ]);
  });

  it('reads "(for part of the meeting)" as partial attendance', () => {
    expect(roster('Present:', 'Ada Finch (Chair)', 'PCSO Kim Hale (for part of the meeting)')).toEqual([
      person('Ada Finch', { chair: true }),
      person('Kim Hale', { honorific: 'PCSO', partial: true }),
    ]);
  });

  it('reads "was present for part of the meeting" in a run-on paragraph', () => {
    const { minutes } = parse(
      'Minutes of Brindle Parish Council Meeting held in the Village Institute on 4 September 2023',
      '',
      '1. Those Attending: Cllr G Rowe (Chairman), Cllr K Hext, Mrs J Tarrant (Clerk). PCSO Kim Hale was present for part of the meeting.',
      '',
      '2. Apologies for absence: none.',
    );
    expect(people(minutes)).toEqual([
      person('G Rowe', { honorific: 'Cllr', chair: true }),
      person('K Hext', { honorific: 'Cllr' }),
      person('J Tarrant', { honorific: 'Mrs', role: 'Clerk' }),
      person('Kim Hale', { honorific: 'PCSO', partial: true }),
    ]);
  });
});

describe('police ranks abbreviated', () => {
  it('reads "Insp." and "Sgt" as titles', () => {
    expect(roster('Present:', 'Insp. Dan Reed - Oakhurst Police (Chair)', 'Sgt Amy Cole - Oakhurst Police')).toEqual([
      person('Dan Reed', { honorific: 'Insp', organisation: 'Oakhurst Police', chair: true }),
      person('Amy Cole', { honorific: 'Sgt', organisation: 'Oakhurst Police' }),
    ]);
  });
});
