// Text that PDF extraction cuts: a labelled action wrapped over two lines, and a
// sentence cut in two by page furniture between pages.
import { describe, expect, it } from 'vitest';
import { actionFacts, para, paragraphs, parseLines, pdfHeader } from './build.js';

const roster = ['', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

describe('a labelled action wrapped over two lines', () => {
  it('reads the whole action', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      '1. Harbour walk',
      '',
      'Action 1: TP to check that the invite list for the harbour walk can be',
      'expanded to include the youth forum.',
    ]);
    expect(actionFacts(minutes.actions)).toEqual([
      {
        number: '1',
        text: 'TP to check that the invite list for the harbour walk can be expanded to include the youth forum.',
        owners: ['TP'],
        origin: 'new',
        status: null,
      },
    ]);
    expect(minutes.items[0]!.paragraphs).toEqual([]);
  });
});

describe('a sentence cut by page furniture', () => {
  it('is rejoined across the page break', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      ...roster,
      'NORTHBRIDGE COUNCIL',
      '',
      '1. Harbour walk',
      '',
      '1.1 TP reported that the walk had attracted volunteers from every part of the',
      '',
      'NORTHBRIDGE COUNCIL',
      '',
      'town and that a second walk was planned.',
      '',
      '1.2 MO thanked TP.',
      '',
      'NORTHBRIDGE COUNCIL',
    ]);
    expect(paragraphs(minutes.items[0]!.paragraphs)).toEqual([
      para('TP reported that the walk had attracted volunteers from every part of the town and that a second walk was planned.', {
        number: '1.1',
        speaker: 'TP',
      }),
      para('MO thanked TP.', { number: '1.2', speaker: 'MO' }),
    ]);
  });
});

const names = (minutes: ReturnType<typeof parseLines>['minutes']) => minutes.attendees.map((a) => `${a.name} | ${a.attendance} | ${a.organisation ?? ''} | ${a.role ?? ''}`);

describe('roster lines cut by the page width', () => {
  it('joins a table row whose last cell wrapped onto a line of its own, and reads the rows after it', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'MO\tMaria Okafor\tDeputy Director, Housing Policy, Department for Levelling Up and Local',
      'Government',
      'TP\tTomasz Pawlak\tHarbour Trust',
      'RS\tRosa Santos\tRiverside Forum',
      '',
      '1. Harbour walk',
      '',
      'MO welcomed members.',
    ]);
    expect(names(minutes)).toEqual([
      'Maria Okafor | present | Department for Levelling Up and Local Government | Deputy Director, Housing Policy',
      'Tomasz Pawlak | present | Harbour Trust | ',
      'Rosa Santos | present | Riverside Forum | ',
    ]);
  });

  it('joins a bullet whose bracket goes on on the next line', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      '* Mr Tomasz Pawlak (Principal Environmental Health Officer, Northbridge and West Vale',
      'District Council)',
      '* Mrs Rosa Santos (Chair, Riverside Forum)',
      '* Mr Jamal Reid (Northbridge Youth Service)',
      '',
      '1. Harbour walk',
      '',
      'Mr Pawlak welcomed members.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Tomasz Pawlak', 'Rosa Santos', 'Jamal Reid']);
    expect(minutes.attendees[0]!.organisation).toContain('District Council');
  });

  it('joins a run-on list cut after an initial or a title', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 14 March 2023',
      '',
      'Councillors present: A Okafor (Chair), T Pawlak, R',
      'Santos, J Reid, Cllr Mrs',
      'K Lund',
      '',
      '1. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['A Okafor', 'T Pawlak', 'R Santos', 'J Reid', 'K Lund']);
  });

  it('joins a list run in after an item heading and cut after a title', () => {
    const { minutes } = parseLines([
      'Minutes of Northbridge Parish Council meeting held on 14 March 2023',
      '',
      '1.   Those attending:   Cllr A Okafor (Chairman), Cllr Mrs T',
      'Pawlak, Cllr R Santos, 4 members of the public.   PCSO',
      'Kay Lund was present for part of the meeting.',
      '',
      '2. Apologies',
      '',
      'None.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['A Okafor', 'T Pawlak', 'R Santos', 'Kay Lund']);
  });

  it('keeps a name ending in an initial, one to a line, as it is', () => {
    const { minutes } = parseLines([...pdfHeader(), '', '• Ann L', '• Raj Patel (Northbridge Council)', '', '1. Welcome', '', 'Welcome.']);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ann L', 'Raj Patel']);
  });

  it('reads a person under a row of two people as a row of their own', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      'Maria Okafor (Harbour Trust)                  Tomasz Pawlak (Northbridge Council)',
      'Cllr Rosa Santos (Riverside Forum)',
      '',
      '1. Welcome',
      '',
      'Welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Maria Okafor', 'Tomasz Pawlak', 'Rosa Santos']);
  });

  it('reads a name below the first column of a laid-out row as a row of its own, not the last cell wrapped', () => {
    const { minutes } = parseLines([
      ...pdfHeader(),
      '',
      '              Maria Okafor OBE               Dame Rosa Santos DBE',
      '              Tomasz Pawlak',
      '',
      '1. Welcome',
      '',
      'Welcome.',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toContain('Tomasz Pawlak');
    expect(JSON.stringify(minutes.attendees[0])).not.toContain('Pawlak');
  });
});
