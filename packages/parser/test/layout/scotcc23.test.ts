// Community councils of Scotland and Wales and similar small local councils (session 23): minutes as their
// websites publish them. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.role]);

describe('a community council names its minutes secretary below the lists', () => {
  const lines = [
    'Minutes of meeting held on Monday 9th March 2021 in Glenbrae Hall at 7.00pm',
    '',
    'Present: Ruth Hale, Chair (RH), Owen Pike, Vice Chair (OP), Dan Reed (DR)',
    '',
    'Apologies: Tess Moore, Treasurer (TM)',
    '',
    'Minutes Secretary: Nora Quinn',
    '',
    'Item 1. Welcome. The Chair welcomed everyone.',
  ];

  it('reads "Minutes Secretary:" as the secretariat, not one more apology', () => {
    expect(people(lines).slice(3)).toEqual([
      ['apologies', null, 'Tess Moore', 'Treasurer'],
      ['secretariat', null, 'Nora Quinn', 'Minutes Secretary'],
    ]);
  });
});

describe('a Welsh community council spells the county councillor the American way', () => {
  const lines = [
    'Minutes of the Community Council Meeting held at Pentre Hall on Tuesday, 8th March 2022.',
    '',
    '1          Present',
    '',
    'Councillors, Mr Iolo Price (Chair), Mrs Gwen Rees & Mr Huw Lloyd (Clerk). Also: County Councilor Mr Dafydd Bowen',
    '',
    '2          Welcome',
    '',
    'The Chair welcomed everyone.',
  ];

  it('reads "County Councilor Mr" as the title, leaving the name alone', () => {
    expect(people(lines).at(-1)).toEqual(['in-attendance', 'County Councilor Mr', 'Dafydd Bowen', null]);
  });
});

describe('a Welsh community council numbers its apologies item and runs the names in', () => {
  it('reads "1) Apologies – Councillors A, B and C" as three apologies, the plural title each one\'s', () => {
    const lines = [
      'Minutes of the Council Meeting, 11th April 2023',
      '',
      'In Attendance',
      'Councillors T Moss (TM) Chair, R Lane (RL), K Webb (KW).',
      '1) Apologies – Councillors F Doyle, H Pryce and M Bell.',
      '2) Declarations of Interest – none',
      '3) Minutes of previous meeting',
      'The minutes were approved.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', 'Councillor', 'F Doyle', null],
      ['apologies', 'Councillor', 'H Pryce', null],
      ['apologies', 'Councillor', 'M Bell', null],
    ]);
  });

  it('reads "were received from:" that opens the apologies item\'s text as the sentence its title began', () => {
    const lines = [
      'Minutes of the Community Council Meeting held at Llanfor Hall on Tuesday, 8th March 2022.',
      '',
      '1          Present',
      '',
      'Councillors, Mr Iolo Price (Chair), Mrs Gwen Rees & Mr Huw Lloyd (Clerk).',
      '',
      '2          Apologies',
      '',
      'were received from: Councillors Mr Emyr Roberts & Mrs Sian Hughes.',
      '',
      '3          Welcome',
      '',
      'The Chair welcomed everyone.',
    ];
    expect(people(lines).filter(([attendance]) => attendance === 'apologies')).toEqual([
      ['apologies', 'Mr', 'Emyr Roberts', null],
      ['apologies', 'Mrs', 'Sian Hughes', null],
    ]);
  });
});

describe('a forum of community councils writes the time with an at sign', () => {
  it('reads "@ 19:00" after the date as the start', () => {
    const lines = [
      'Annual General Meeting of the Eastvale Community Council Forum',
      'Tuesday 3rd May 2022 @ 19:00 in Riverside Community Centre',
      '1) Welcome',
      'Present: Tom Reed, Ann Lowe, Jo Finch',
      '2) Office Bearers’ Report',
      'The office bearers reported.',
    ];
    expect([minutes(lines).date, minutes(lines).start]).toEqual(['2022-05-03', '19:00']);
  });

  it('still reads an e-mail address with figures after its at sign as no time', () => {
    const lines = ['Minutes of the Eastvale Community Council, 3rd May 2022', 'Contact: clerk@12.40.5.9', 'Present: Tom Reed, Ann Lowe'];
    expect(minutes(lines).start).toBeNull();
  });
});

describe('a community council lists the police officers who came to report', () => {
  it('reads "PCs" before the names as each officer\'s rank', () => {
    const lines = [
      'Minutes of meeting held on Monday 9th March 2021 in Glenbrae Hall at 7.00pm',
      '',
      'Present: Ruth Hale, Chair (RH), Owen Pike (OP)',
      '',
      'Also present: PCs Ian Bell (IB), Lee Grant (LG)',
      '',
      'Item 1. Welcome. The Chair welcomed everyone.',
    ];
    expect(people(lines).slice(2)).toEqual([
      ['in-attendance', 'PC', 'Ian Bell', null],
      ['in-attendance', 'PC', 'Lee Grant', null],
    ]);
  });
});
