// Minutes exported from Word or PDF tables that lost what parted their cells: the tab between
// a name and its description (and at times the space), the space after an item's number.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a roster whose tab between the name and the description was lost', () => {
  const { minutes } = parseLines([
    'NORTHBRIDGE YOUTH BOARD',
    '14th March 2023',
    'Present:',
    'Ada Finch Head of Community Services (Chair)',
    'Tomasz Pawlak Harbour Trust',
    'Rosa SantosDeputy Director, Riverside Forum',
    'Jamal Reid Youth Service Manager',
    'Apologies:',
    'Amir Rahimi Chief Inspector, Northbridge Police',
    'Lena MoreauOperations Manager, Youth Offending Team',
    '1.Minutes and matters arising',
    'The minutes were agreed.',
    '2.Youth Justice Plan',
    'The plan was noted.',
  ]);

  it('parts the name from the post or body after it, with a space or none between them', () => {
    expect(people(minutes)).toEqual([
      person('Ada Finch', 'present', 'Present', { role: 'Head of Community Services', chair: true }),
      person('Tomasz Pawlak', 'present', 'Present', { organisation: 'Harbour Trust' }),
      person('Rosa Santos', 'present', 'Present', { role: 'Deputy Director', organisation: 'Riverside Forum' }),
      person('Jamal Reid', 'present', 'Present', { role: 'Youth Service Manager' }),
      person('Amir Rahimi', 'apologies', 'Apologies', { role: 'Chief Inspector', organisation: 'Northbridge Police' }),
      person('Lena Moreau', 'apologies', 'Apologies', { role: 'Operations Manager', organisation: 'Youth Offending Team' }),
    ]);
  });

  it('reads an item whose number lost the space after its stop', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes and matters arising'],
      ['2', 'Youth Justice Plan'],
    ]);
  });
});

describe('a description run on after the name, its commas still describing', () => {
  it('keeps a glued row whole and does not read a phrase after "and" as a person', () => {
    const { minutes } = parseLines([
      'Present:',
      '',
      'Nadia BrownHead of Education, Early Years and Complex Needs',
      '',
      'Owen Pike Head of Children and Young People’s Services',
      '',
      '1. Welcome',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Nadia Brown', 'Owen Pike']);
  });
});

describe('a heading line under a list, read the same way as a person only where rows around it are', () => {
  it('leaves a running header after the apologies out of the list', () => {
    const { minutes } = parseLines([
      'Minutes of a meeting of the Northbridge Advisory Panel held on Thursday, 17 October 2013 at 5.30pm.',
      '',
      'PRESENT',
      '',
      'Ada Finch',
      '',
      'Sam Poe',
      '',
      'APOLOGIES',
      '',
      'Tom Reed',
      '',
      'Northbridge Peoples Advisory Panel',
      '',
      '1 Apologies',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Ada Finch', 'Sam Poe', 'Tom Reed']);
  });
});

describe('a roster table of initials, names and descriptions exported with single spaces', () => {
  const { minutes } = parseLines([
    'Minutes of the Northbridge Community Partnership meeting',
    '',
    '14 March 2023',
    '',
    'Present',
    '',
    'Chair Maria Okafor Deputy Leader of Northbridge Council',
    'TP Tomasz Pawlak Harbour Trust',
    'RS Rosa Santos NRF (Northbridge Refugee Forum)',
    'JR Jamal Reid NYS for Ada Finch',
    'AS Dr Amir Shah Shadowing Sam Poe',
    '',
    'Apologies:',
    '',
    'AF Ada Finch NYS',
    '',
    '1. Welcome and apologies',
    '',
    '1.1 MO welcomed members.',
  ]);

  it('reads the initials, the name and the description, and the chair from the initials column', () => {
    expect(minutes.attendees.map((a) => [a.initials, a.honorific, a.name, a.role, a.organisation, a.chair, a.substituteFor, a.shadowing])).toEqual([
      ['MO', null, 'Maria Okafor', 'Deputy Leader of Northbridge Council', null, true, null, null],
      ['TP', null, 'Tomasz Pawlak', null, 'Harbour Trust', false, null, null],
      ['RS', null, 'Rosa Santos', null, 'NRF (Northbridge Refugee Forum)', false, null, null],
      ['JR', null, 'Jamal Reid', null, 'NYS', false, 'Ada Finch', null],
      ['AS', 'Dr', 'Amir Shah', 'Shadowing Sam Poe', null, false, null, 'Sam Poe'],
      ['AF', null, 'Ada Finch', null, 'NYS', false, null, null],
    ]);
  });
});

describe('capitals closing a name in a bulleted list', () => {
  it('reads them as the organisation, not the surname', () => {
    const { minutes } = parseLines(['Attendees', '', '  • Jo Pike, Northbridge Council', '  • Lena Moreau NYS, Youth Service', '', '1. Welcome']);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Jo Pike', 'Northbridge Council'],
      ['Lena Moreau', 'NYS, Youth Service'],
    ]);
  });
});

describe('a roster table of names, initials and descriptions exported with single spaces', () => {
  it('takes the initials after the name out of the description', () => {
    const { minutes } = parseLines([
      'Present',
      '',
      'Maria Okafor MO Deputy Leader of Northbridge Council (Chair)',
      'Tomasz Pawlak TP Harbour Trust',
      '',
      'NCP:',
      '',
      'Amir Rahimi AR Senior Policy Officer, Housing and Migration',
      '',
      '1. Welcome',
    ]);
    expect(minutes.attendees.map((a) => [a.initials, a.name, a.role, a.organisation, a.attendance, a.chair])).toEqual([
      ['MO', 'Maria Okafor', 'Deputy Leader of Northbridge Council', null, 'present', true],
      ['TP', 'Tomasz Pawlak', null, 'Harbour Trust', 'present', false],
      ['AR', 'Amir Rahimi', 'Senior Policy Officer, Housing and Migration', null, 'secretariat', false],
    ]);
  });
});

describe('a PDF roster of "Name – Post, Organisation" rows cut by the page width', () => {
  const { minutes } = parseLines([
    'Minutes of the Meeting held on Wednesday 21st January 2015',
    'Present:',
    'Ada Finch – Independent Chair',
    'Tom Reed - Head of Service, Community Services, Adult Care',
    'Rosa Santos – Assistant Director of Nursing, Northbridge University Hospital',
    '(rep Sam Poe)',
    'Jamal Reid – Assistant General Manager, West Northbridge, East of England',
    'Ambulance Service NHS Trust',
    'Lena Moreau – Safeguarding Adults Lead, East Coast Community Health',
    'Care',
    'Amir Rahimi – Business Support Officer, Safeguarding Adults',
    'Item',
    '1 Apologies for Absence',
  ]);

  it('keeps the commas after a dash in the description and joins the wrapped parts to their rows', () => {
    expect(minutes.attendees.map((a) => [a.name, [a.role, a.organisation].filter(Boolean).join(' | ')])).toEqual([
      ['Ada Finch', 'Independent Chair'],
      ['Tom Reed', 'Head of Service | Community Services, Adult Care'],
      ['Rosa Santos', 'Assistant Director of Nursing | Northbridge University Hospital (rep Sam Poe)'],
      ['Jamal Reid', 'Assistant General Manager, West Northbridge | East of England Ambulance Service NHS Trust'],
      ['Lena Moreau', 'Safeguarding Adults Lead | East Coast Community Health Care'],
      ['Amir Rahimi', 'Business Support Officer, Safeguarding Adults'],
    ]);
  });
});

describe('a list of those present whose heading was lost, a blank line after every entry', () => {
  it('is read as those present when another list’s heading follows it', () => {
    const { minutes } = parseLines([
      'Northbridge Youth Board',
      '',
      '13th May 2008',
      '',
      'Ada Finch – Head of Community Services (Chair)',
      '',
      'Tom Reed – Youth Service Manager',
      '',
      'Rosa Santos – Operations Manager, Harbour Trust',
      '',
      'Also in attendance:',
      '',
      'Sam Poe (Senior Adviser)',
      '',
      '1. Minutes of the last meeting',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Tom Reed', 'present'],
      ['Rosa Santos', 'present'],
      ['Sam Poe', 'in-attendance'],
    ]);
  });
});
