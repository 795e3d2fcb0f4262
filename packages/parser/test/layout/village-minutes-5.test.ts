// More layouts of village minutes as a newsletter reprints them: a dash against the "Present" label,
// apologies run in after their heading, numbers the minutes skip, bold run-in titles, bold headings
// without numbers, spaces a web export lost. Every text is fictional and written by the test.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

// The opening lines of a mill's liaison committee minute.
const millHeader = ['AMBLECOTE MILL LIAISON MINUTES', '', 'Wednesday 6th March 2019', ''];
const who = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.honorific, a.name, a.attendance]);
const headings = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);

describe('roster lists of reprinted village minutes', () => {
  it('reads "Present–" with the dash against the label, and two sentences of people', () => {
    expect(
      who([
        'MINUTES OF AMBLECOTE PARISH COUNCIL MEETING HELD AT THE CHURCH MONDAY MARCH 4TH 2019',
        '',
        'Present– Cllr Rita Thorn - Chairman, Cllr Eric Pike, Cllr Sam Lowe. Borough Councillor Ada Reed County Councillor Tom Vale',
        '',
        '1\\. Apologies for Absence Cllr Joan Hale, Cllr Ivor Dunn',
        '',
        '2\\. Matters Arising',
        'None.',
      ]),
    ).toEqual([
      ['Cllr', 'Rita Thorn', 'present'],
      ['Cllr', 'Eric Pike', 'present'],
      ['Cllr', 'Sam Lowe', 'present'],
      ['Borough Councillor', 'Ada Reed', 'present'],
      ['County Councillor', 'Tom Vale', 'present'],
      ['Cllr', 'Joan Hale', 'apologies'],
      ['Cllr', 'Ivor Dunn', 'apologies'],
    ]);
  });

  it('parts two people written with no comma between their dotted titles', () => {
    expect(
      who([
        ...millHeader,
        'Present: Mr. Al Reed (Parish Council)',
        '',
        'Mrs. Jo Finch (Borough Council)',
        '',
        '1. **Apologies.** Mrs. S Hale Mr. A Dunn-Parry',
        '',
        '2. **Noise.** No complaints.',
      ]).filter((a) => a[2] === 'apologies'),
    ).toEqual([
      ['Mrs', 'S Hale', 'apologies'],
      ['Mr', 'A Dunn-Parry', 'apologies'],
    ]);
  });

  it('spaces a title and a bracket a web export glued to the name', () => {
    expect(
      parseLines([
        ...millHeader,
        'Present: Mrs. Jo Finch (Parish Council)',
        '',
        'Mr.Al Reed(Acme Mills)',
        '',
        '1. Apologies',
        'None.',
      ]).minutes.attendees.map((a) => [a.honorific, a.name, a.organisation]),
    ).toEqual([
      ['Mrs', 'Jo Finch', 'Parish Council'],
      ['Mr', 'Al Reed', 'Acme Mills'],
    ]);
  });

  it('reads "Page" as a surname', () => {
    expect(who(['Minutes of Amblecote Parish Council, 4 March 2019', '', 'PRESENT: Jo Finch (JF), Claire Page (CP), Al Reed (AR)', '', '1. Apologies', 'None.']).map((a) => a[1])).toEqual([
      'Jo Finch',
      'Claire Page',
      'Al Reed',
    ]);
  });
});

describe('item numbers of reprinted village minutes', () => {
  it('goes on past numbers the minutes skipped, and takes a numbered sentence in the run of items', () => {
    expect(
      headings([
        'Minutes of Amblecote Parish Council meeting held on 4 March 2019',
        '',
        'Present: Cllr R Thorn, Cllr E Pike',
        '',
        '1\\. Apologies for Absence received from Cllr J Hale',
        '',
        'No Declarations of Interest made',
        '',
        'The Minutes of the last meeting were agreed as a true record.',
        '',
        '4\\. Matters Arising',
        '',
        'The bench has been repaired.',
        '',
        '5\\. The Minutes of the planning meeting held on 12.02.19 were agreed as a true record.',
        '',
        '6\\. Correspondence',
        '',
        '1\\. Norfolk Link',
        '',
        '2\\. Rural news',
        '',
        '7\\. Planning',
        '',
        'No applications.',
      ]),
    ).toEqual([
      ['1', 'Apologies for Absence received from Cllr J Hale'],
      ['4', 'Matters Arising'],
      ['5', 'The Minutes of the planning meeting held on 12.02.19 were agreed as a true record'],
      ['6', 'Correspondence'],
      ['7', 'Planning'],
    ]);
  });

  it('keeps a list inside an item out of the items, though its next number would fit', () => {
    expect(
      headings([
        'Minutes of Amblecote Parish Council meeting held on 4 March 2019',
        '',
        'Present: Cllr R Thorn, Cllr E Pike',
        '',
        '1\\. Apologies',
        'None.',
        '',
        '2\\. Matters Arising',
        '',
        '1)      The bench has been repaired by the handyman this month.',
        '',
        '2)      Cllr Pike reported on the pond and the fish in it.',
        '',
        '3)      It was agreed to accept the quote and Cllr Pike will tell the contractor.',
        '',
        '4)      Proposer Cllr R Thorn, 2nd Cllr E Pike',
        '',
        '3\\. Correspondence',
        'None.',
      ]),
    ).toEqual([
      ['1', 'Apologies'],
      ['2', 'Matters Arising'],
      ['3', 'Correspondence'],
    ]);
  });

  it('takes a bold title run into its text as the title, and skips numbers after it', () => {
    expect(
      headings([
        '**DRAFT MINUTES OF AMBLECOTE PARISH COUNCIL MEETING**',
        '',
        '**THURSDAY 4 APRIL 2019**',
        '',
        '**PRESENT** **(3 Councillors)**: - Jo Finch (JF), Al Reed (AR), Ed Lowe (EL)',
        '',
        '3 members of the public were in attendance.',
        '',
        '1. **Apologies for Absence.**  Apologies had been received from Cllr. Tom Vale, who was away.',
        '',
        '2. **Minutes of the Meeting held on 7 March 2019.** The Chairman confirmed all Councillors had seen the minutes of the meeting.',
        '',
        '3.1         **Chairman’s Report.** The hedges were planted in March by volunteers.',
        '',
        '5. **Location of two new dog bins.** An item had appeared in the village notice inviting residents to comment on the places.',
        '',
        '6. **Planning Applications.**',
        '',
        'None received.',
      ]),
    ).toEqual([
      ['1', 'Apologies for Absence'],
      ['2', 'Minutes of the Meeting held on 7 March 2019'],
      ['5', 'Location of two new dog bins'],
      ['6', 'Planning Applications'],
    ]);
  });
});

describe('bold headings without numbers', () => {
  it('reads the bold lines as the topics, and the short labelled lines under them as their text', () => {
    expect(
      headings([
        '**AMBLECOTE PARISH COUNCIL**',
        '',
        '**Draft minutes of the Annual Meeting held on Tuesday 7th May 2019 at 7.00pm in Amblecote village hall**',
        '',
        '**Present:** Cllr R Thorn, Cllr E Pike, Cllr S Lowe',
        '',
        '**Declarations of interest:**',
        '',
        'None declared.',
        '',
        '**Annual reports**',
        '',
        'End of year accounts were approved.',
        '',
        'Proposer: Cllr E Pike',
        '',
        '2nd: Cllr S Lowe.',
        '',
        '**Resolutions**',
        '',
        'The Council confirmed representatives for:',
        '',
        'Cemetery: Cllr S Lowe',
        '',
        'Play area: Cllr E Pike',
      ]),
    ).toEqual([
      [null, 'Declarations of interest'],
      [null, 'Annual reports'],
      [null, 'Resolutions'],
    ]);
  });
});

describe('the next meeting of reprinted village minutes', () => {
  it('takes no date written before the cue in a long line', () => {
    const { minutes } = parseLines([
      'Amblecote Parish Council - December meeting',
      '',
      'Present: Cllr R Thorn, Cllr E Pike',
      '',
      '1\\. Apologies None.',
      '',
      '2\\. The Minutes of the meeting held on 11.09.17 were agreed. The minutes of the planning meeting will be made available at the next meeting of the Parish Council.',
    ]);
    expect(minutes.nextMeeting).toBeNull();
  });

  it('reads the date after the cue in a paragraph that names other dates first', () => {
    const { minutes } = parseLines([
      'MINUTES OF AMBLECOTE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON FRIDAY 29 JUNE 2018',
      '',
      'Present: Cllr R Thorn, Cllr E Pike',
      '',
      '1\\. Apologies None.',
      '',
      '2\\. Accounts The accounts are open to inspection between 2nd July and 10th August 2018. 3. Date of next Meeting To note that the next Parish Meeting will be held on Thursday 5th July 2018 at 7.30pm.',
    ]);
    expect([minutes.nextMeeting?.date, minutes.nextMeeting?.start]).toEqual(['2018-07-05', '19:30']);
  });
});

describe('lists cut over lines and run on from the date', () => {
  it('joins a name cut after its initial across a blank line', () => {
    expect(
      who([
        'Minutes from the January meeting of the Amblecote PC',
        '',
        'Tuesday 11th January 2006 in the Village Hall at 7.30 p.m.',
        '',
        '1\\. Present: G. Gott - Vice Chairman, Mrs. Willis, C. Humphries, T.',
        '',
        'Markham - Borough Councillor and a member of the public.',
        '',
        '2\\. Apologies: R. Lane and D. Pick.',
      ]).map((a) => a[1]),
    ).toEqual(['G. Gott', 'Willis', 'C. Humphries', 'T. Markham', 'R. Lane', 'D. Pick']);
  });

  it('cuts the list of those present off the date line it runs on from', () => {
    expect(
      who([
        'AMBLECOTE FEED MILL',
        '',
        'Wednesday 9th of May 2018 Present: Mrs S. Lowe (Parish Council), Mr R. Thorn, Ms K. Pike (Borough Council)',
        '',
        '1\\. Apologies',
        'None.',
      ]),
    ).toEqual([
      ['Mrs', 'S. Lowe', 'present'],
      ['Mr', 'R. Thorn', 'present'],
      ['Ms', 'K. Pike', 'present'],
    ]);
  });
});

describe('a village hall committee minute', () => {
  it('reads the date glued to its weekday and the last name after ", and"', () => {
    const { minutes } = parseLines([
      'Amblecote Village Hall Minutes of the Annual General Meeting held at the Village Hall on Wednesday14th November 2018 at 7.00pm',
      '',
      'Present: M Lowe (Chair), G Pike (Treasurer), P Sewell, and P Keel.',
      '',
      '1\\. Accounts The accounts were approved.',
      '',
      '2\\. Any Other Business None.',
    ]);
    expect(minutes.date).toBe('2018-11-14');
    expect(minutes.attendees.map((a) => a.name)).toEqual(['M Lowe', 'G Pike', 'P Sewell', 'P Keel']);
  });
});

describe('a heading in capitals answered after its colon', () => {
  it('keeps the answer out of the title', () => {
    expect(
      headings([
        'Amblecote Parish Council – Meeting Tuesday 5th June 2018, 7.30pm Amblecote Village Hall',
        '',
        'PRESENT: Cllr R Thorn, Cllr E Pike',
        '',
        '1\\. APOLOGIES None.',
        '',
        '2\\. TRAINING: No new requests',
      ]),
    ).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'TRAINING'],
    ]);
  });
});
