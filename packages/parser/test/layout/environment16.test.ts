// Environment bodies' minutes (session 16): catchment partnerships, conservation districts, national park and landscape
// boards, advisory boards. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation ?? null]);

describe('a roll call whose lines each end in "Present" or "Absent", under the call to order', () => {
  const lines = [
    'FY 24 March Meeting Minutes',
    '',
    'Call to Order',
    'Harriet Vale- Chairman- Absent',
    'Owen Pike- Supervisor- Present',
    'Lionel Marsh- Supervisor- Present',
    'Greta Fenn- Treasurer-Present',
    '',
    'I. Approval of Minutes',
    '',
    'The minutes were approved.',
  ];

  it('reads each line as a person with their post, the mark saying whether they were there', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Harriet Vale', 'Chairman'],
      ['present', 'Owen Pike', 'Supervisor'],
      ['present', 'Lionel Marsh', 'Supervisor'],
      ['present', 'Greta Fenn', 'Treasurer'],
    ]);
  });

  it('reads the marks in capitals under a roll call heading too', () => {
    expect(people(['Board Minutes', '', 'Roll Call', 'Ann Reed - Secretary - Present', 'Tom Lake - Director - Absent', '', '1. Minutes'])).toEqual([
      ['present', 'Ann Reed', 'Secretary'],
      ['apologies', 'Tom Lake', 'Director'],
    ]);
  });

  it('leaves a post that only ends in the word alone', () => {
    expect(people(['Board Minutes', '', 'Present:', 'Ann Reed - Omnipresent Ltd', 'Tom Lake - Director', '', '1. Minutes'])).toEqual([
      ['present', 'Ann Reed', 'Omnipresent Ltd'],
      ['present', 'Tom Lake', 'Director'],
    ]);
  });
});

describe('items numbered in Roman numerals typed against their titles, a motion and its outcome as the first items', () => {
  const lines = [
    'FY 24 March Meeting Minutes',
    '',
    'Present: Owen Pike, Greta Fenn, Lionel Marsh',
    '',
    'I.Motion to approve January 12, 2024 Minutes (Pike/Fenn). Motion passed.',
    '',
    'II.Motion to accept the Treasurer Report as presented (Fenn/Marsh). Motion passed.',
    '',
    'III.Staff Reports',
    '',
    '1.Iris Dale gave the district report.',
    '',
    '2.Paul Crane gave the field report.',
    '',
    'IV.New Business',
    '',
    '1.Motion to buy seed trays (Marsh/Pike). Motion passed.',
  ];

  it('reads each Roman number as an item, the motion before its stop as the title', () => {
    expect(minutes(lines).items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'Motion to approve January 12, 2024 Minutes (Pike/Fenn)'],
      ['II', 'Motion to accept the Treasurer Report as presented (Fenn/Marsh)'],
      ['III', 'Staff Reports'],
      ['IV', 'New Business'],
    ]);
  });
});

describe('a catchment partnership list of people with the initials they go by and their body', () => {
  const lines = [
    'Brook Catchment Partnership Steering Group Workshop 14-03-2019',
    '',
    'Attendees:',
    'Mina Forde (MF) Foundation for River Research',
    'Neil Tarrant (NT) Office for Rural Statistics',
    'Ada Pell (AP) Brook Rivers Trust',
    'Jon Ellery (JE) Fen Water Council for Donna Covey',
    '',
    '1. Welcome',
  ];

  it('keeps "for" after a body\'s head noun in the body\'s name, and reads it as a stand-in after a body named in full', () => {
    expect(minutes(lines).attendees.map((a) => [a.name, a.initials, a.organisation, a.substituteFor])).toEqual([
      ['Mina Forde', 'MF', 'Foundation for River Research', null],
      ['Neil Tarrant', 'NT', 'Office for Rural Statistics', null],
      ['Ada Pell', 'AP', 'Brook Rivers Trust', null],
      ['Jon Ellery', 'JE', 'Fen Water Council', 'Donna Covey'],
    ]);
  });
});

describe('a couple written with the surname once and their landcare group in brackets, in a run-in list', () => {
  const lines = [
    'Draft Minutes of Ordinary General Meeting Reedy Creek Landcare Inc.',
    '',
    'Present: Ann Reed (Oak LCG), Tom Lake (Elm DC). Apologies: Vera Hill (Ash DC), Les & Heather Fairey (Pine DC).',
    '',
    'WELCOME',
  ];

  it('reads two people, each with the bracket', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ann Reed', 'Oak LCG'],
      ['present', 'Tom Lake', 'Elm DC'],
      ['apologies', 'Vera Hill', 'Ash DC'],
      ['apologies', 'Les Fairey', 'Pine DC'],
      ['apologies', 'Heather Fairey', 'Pine DC'],
    ]);
  });
});

describe('a record filed under a numeric date whose header writes the date out with its month', () => {
  const lines = [
    'EAB Minutes 04/06/1998 MINUTES OF THE ENVIRONMENTAL ADVISORY BOARD',
    'DATE: April 6, 1998',
    'TIME: 9:00 A.M.',
    'PLACE: 3rd Floor Boardroom, County Government Center',
    'PRESIDING: Dana Pell, Chairman',
    'APPROVAL OF MINUTES:',
    'The minutes were approved.',
  ];

  it('reads the numeric date in the order the written-out date shows', () => {
    expect(minutes(lines).date).toBe('1998-04-06');
  });

  it('keeps the day first where the written-out date says so', () => {
    expect(minutes(['Board Minutes 04/06/1998', 'Date: 4th June 1998', '', '1. Apologies']).date).toBe('1998-06-04');
  });
});

describe('a conservation authority\'s labelled lists, each label opened by whose list it is, flattened into one paragraph', () => {
  const flat =
    'MINUTES MEETING: Board of Directors DATE: Thursday, July 14, 2011 TIME: 7:00 pm CHAIR: Bill Scrivel DIRECTORS PRESENT: Luke Charbon, Ron Coristo, John Eccleby DIRECTORS ABSENT, WITH REGRET: Brian Gambel, Doug Gowling DIRECTORS ABSENT: Roland Anstey OTHERS PRESENT: Jim Coffer, Chief Administrative Officer';

  it('cuts each list at its whole label, and reads "absent, with regret" as the apologies', () => {
    expect(people([flat, '', '1. Adoption of Agenda'])).toEqual([
      ['present', 'Bill Scrivel', null],
      ['present', 'Luke Charbon', null],
      ['present', 'Ron Coristo', null],
      ['present', 'John Eccleby', null],
      ['apologies', 'Brian Gambel', null],
      ['apologies', 'Doug Gowling', null],
      ['apologies', 'Roland Anstey', null],
      ['in-attendance', 'Jim Coffer', 'Chief Administrative Officer'],
    ]);
  });

  it('reads the same labels one a line', () => {
    const lines = flat.replace(/ (?=(?:DIRECTORS|OTHERS|CHAIR|DATE|TIME|MEETING):)/g, '\n').split('\n');
    expect(people([...lines, '', '1. Adoption of Agenda']).map((p) => p[0])).toEqual(['present', 'present', 'present', 'present', 'apologies', 'apologies', 'apologies', 'in-attendance']);
  });
});

describe('a name with its generation after a comma ("Jr.", "Sr.")', () => {
  it('keeps the generation with the name in a list a person a line', () => {
    expect(people(['Board Minutes', '', 'Present:', 'Thomas R. Ivo', 'James B. Brownell, Jr.', 'Stan D. Clarke', '', '1. Minutes']).map((p) => p[1])).toEqual([
      'Thomas R. Ivo',
      'James B. Brownell, Jr.',
      'Stan D. Clarke',
    ]);
  });

  it('keeps it in a run-in list, also where the next name runs on after it', () => {
    expect(people(['Board Minutes', '', 'PRESENT: Tim Doyle, Ann Barr, David P. Barnes, Jr., Rick Pine', '', '1. Minutes']).map((p) => p[1])).toEqual(['Tim Doyle', 'Ann Barr', 'David P. Barnes, Jr.', 'Rick Pine']);
    expect(people(['Board Minutes', '', 'PRESENT: Tim Doyle, Ann Barr, David P. Barnes, Jr. Ricardo S. Pine', '', '1. Minutes']).map((p) => p[1])).toEqual(['Tim Doyle', 'Ann Barr', 'David P. Barnes, Jr.', 'Ricardo S. Pine']);
  });

  it('keeps it before a roll mark', () => {
    expect(people(['FY 24 March Meeting Minutes', '', 'Call to Order', 'Harriet Vale- Chairman- Absent', 'Owen Pike- Supervisor- Present', 'Lionel Marsh, Jr.- Supervisor- Present', '', 'I. Approval of Minutes'])[2]).toEqual(['present', 'Lionel Marsh, Jr.', 'Supervisor']);
  });
});

describe('a conservation district\'s lists by group, the last name of a list cut by the page width', () => {
  const lines = [
    'BROOK CONSERVATION DISTRICT',
    'BOARD OF SUPERVISORS MEETING',
    'November 9, 2005',
    '',
    'The meeting was called to order at 7:10 p.m. The following were present:',
    '',
    'District Supervisors: Jim Morrow, Joe D. Mikel, Janet Stein, Robert Gruen, and Richard',
    'Paddon',
    '',
    'WVCA: Dawn Monro, Barbie Ellis, and Marie Field',
    '',
    'MINUTES:',
    'The minutes were approved.',
  ];

  it('joins the surname to the given name above it, and takes the group of members as no organisation', () => {
    expect(people(lines)).toEqual([
      ['present', 'Jim Morrow', null],
      ['present', 'Joe D. Mikel', null],
      ['present', 'Janet Stein', null],
      ['present', 'Robert Gruen', null],
      ['present', 'Richard Paddon', null],
      ['present', 'Dawn Monro', 'WVCA'],
      ['present', 'Barbie Ellis', 'WVCA'],
      ['present', 'Marie Field', 'WVCA'],
    ]);
  });
});

describe('a flood authority board\'s "Name, Office" rows flattened into one run-in list', () => {
  const lines = [
    'MINUTES OF THE BROOK FLOOD AUTHORITY BOARD MEETING',
    'The meeting was called to order at 9:40 a.m. PRESENT: Timothy P. Dane, President John M. Barr, Vice President Louis E. Witt, Secretary Stephen Estep, Treasurer David P. Barnes, Jr. Ricardo S. Pine ABSENT: Thomas L. Jack',
    '',
    'OPENING COMMENTS:',
    'None.',
  ];

  it('gives each office to the name before it', () => {
    expect(people(lines)).toEqual([
      ['present', 'Timothy P. Dane', 'President'],
      ['present', 'John M. Barr', 'Vice President'],
      ['present', 'Louis E. Witt', 'Secretary'],
      ['present', 'Stephen Estep', 'Treasurer'],
      ['present', 'David P. Barnes, Jr.', null],
      ['present', 'Ricardo S. Pine', null],
      ['apologies', 'Thomas L. Jack', null],
    ]);
  });

  it('leaves a list whose first person holds an office of their own as written', () => {
    const listed = minutes(['Board Minutes', '', 'Present: Chairman Tom Lee, Secretary Ann Fox, Treasurer Bob Roe', '', '1. Minutes']).attendees;
    expect(listed.map((a) => [a.name, a.chair, a.role])).toEqual([
      ['Tom Lee', true, null],
      ['Ann Fox', false, 'Secretary'],
      ['Bob Roe', false, 'Treasurer'],
    ]);
  });
});
