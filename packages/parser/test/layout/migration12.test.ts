// Migration, refugee and integration partnerships' and forums' minutes (session 12). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.organisation ?? a.role ?? null]);

describe('a date written with the month first, shown by the writer’s other dates', () => {
  const lines = [
    'Newcomer Hosting Team Meeting Minutes, 7/12/19',
    '',
    'People Present: Ada Finch, Ben Rowe',
    '',
    'Action Items:',
    '1. Ada Finch will staff the table at the 8/25/19 fair',
  ];

  it('reads "7/12/19" as 12 July where "8/25/19" can only be month first', () => {
    expect(minutes(lines).date).toBe('2019-07-12');
  });

  it('keeps the day first where the other dates show nothing or the day first', () => {
    expect(minutes([...lines.slice(0, 5), '1. Ada Finch will staff the table at the 8/11/19 fair']).date).toBe('2019-12-07');
    expect(minutes([...lines, '2. Ben Rowe will report on 25/8/19']).date).toBe('2019-12-07');
  });
});

describe('a flattened paragraph whose lists run on one after another', () => {
  it('cuts the list of those present at "Regrets:" after a name', () => {
    const lines = ['Welcome Council Minutes', '', 'Present: Ada Finch (Chair), Ben Rowe Regrets: Cara Lind, Dan Moss', '', '1. Welcome', '', 'Text.'];
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null],
      ['present', 'Ben Rowe', null],
      ['apologies', 'Cara Lind', null],
      ['apologies', 'Dan Moss', null],
    ]);
  });

  it('cuts at "Apologies:" after a name too, though the label ends in a plural', () => {
    const lines = ['Welcome Council Minutes', '', 'Present: Ada Finch (Chair), Ben Rowe Apologies: Cara Lind', '', '1. Welcome', '', 'Text.'];
    expect(people(lines).map((p) => p[0] + ' ' + p[1])).toEqual(['present Ada Finch', 'present Ben Rowe', 'apologies Cara Lind']);
  });
});

describe('header fields run on after the title on one line', () => {
  const lines = [
    'Settlement Partnership Council Meeting Minutes Date: 18 March 2019 Time: 12:00pm – 2:00pm Location: Rose Hall, 12 Elm St., Brookton',
    '',
    'Present: Ada Finch, Ben Rowe',
    '',
    '1. Welcome',
    '',
    'Text.',
  ];

  it('ends the title at the first field’s label', () => {
    expect(minutes(lines).title).toBe('Settlement Partnership Council Meeting Minutes');
  });

  it('takes the venue without its label', () => {
    expect(minutes(lines).venue).toBe('Rose Hall, 12 Elm St., Brookton');
    expect(minutes(lines).date).toBe('2019-03-18');
  });
});

describe('a two-column table of two lists, its cells parted by " / "', () => {
  const lines = [
    'Minutes',
    '',
    'Brookton Newcomer Partnership Council',
    '',
    'January 12, 2017 · 2pm to 4pm',
    '',
    'Present / Regrets',
    'Ada Finch',
    'Ben Rowe',
    'Cara Lind / Dan Moss',
    'Eve Hale',
    'Gil Poe – Alternate Ada Finch',
    '',
    'Meeting Opening and Introductions',
    '',
    'Agenda approved',
  ];

  it('reads the first column as those present, the second from the slash on as the regrets', () => {
    expect(people(lines)).toEqual([
      ['present', 'Ada Finch', null],
      ['present', 'Ben Rowe', null],
      ['present', 'Cara Lind', null],
      ['apologies', 'Dan Moss', null],
      ['apologies', 'Eve Hale', null],
      ['apologies', 'Gil Poe', null],
    ]);
  });

  it('reads the named alternate as standing for the member', () => {
    expect(minutes(lines).attendees.find((a) => a.name === 'Gil Poe')?.substituteFor).toBe('Ada Finch');
  });

  it('reads "– Alternate X" after a name in any list', () => {
    const listed = minutes(['Present:', 'Ada Finch', 'Gil Poe – Alternate Ben Rowe', '', '1. Welcome', '', 'Text.']).attendees;
    expect(listed.map((a) => [a.name, a.substituteFor])).toEqual([['Ada Finch', null], ['Gil Poe', 'Ben Rowe']]);
  });

  it('keeps the date and times of the line above', () => {
    const m = minutes(lines);
    expect([m.date, m.start, m.end]).toEqual(['2017-01-12', '14:00', '16:00']);
  });

  it('leaves a table with no slash under its captions alone', () => {
    const plain = lines.map((l) => (l === 'Cara Lind / Dan Moss' ? 'Cara Lind' : l));
    expect(people(plain).some((p) => p[0] === 'apologies')).toBe(false);
  });
});

describe('the regrets listed inside one of the first items, with no list of those present', () => {
  const lines = [
    'Brook Refugee Committee Meeting Minutes May 25, 2016',
    '',
    '1. Opening Prayer: Ada Finch led us in prayer.',
    '',
    '2. Welcome: Ada welcomed a new volunteer.',
    '',
    'Regrets: Cal Lind, Dee and Eve Moss, Fay Hale',
    '',
    '3. Agenda: The agenda was accepted.',
  ];

  it('reads them as the meeting’s apologies and keeps the items', () => {
    expect(people(lines)).toEqual([
      ['apologies', 'Cal Lind', null],
      ['apologies', 'Dee Moss', null],
      ['apologies', 'Eve Moss', null],
      ['apologies', 'Fay Hale', null],
    ]);
    expect(minutes(lines).items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('leaves a sentence after the label alone', () => {
    expect(people([...lines.slice(0, 6), 'Regrets: we were sorry that the hall was cold today.', '', lines[8]!])).toEqual([]);
  });
});

describe('a forum’s bureau listed as "Bureau members:"', () => {
  const lines = [
    'Minutes of the meeting of 4 May 2016',
    'Bureau members:',
    'Ada Finch, Brook Economic Council (BEC)',
    'Ben Rowe (Brook Forum of Newcomers), Bureau member representing civil society',
    'Adoption of the agenda',
    'The agenda was adopted.',
  ];

  it('reads the members under it as those present, and no body from them', () => {
    expect(people(lines).map((p) => p.slice(0, 2))).toEqual([
      ['present', 'Ada Finch'],
      ['present', 'Ben Rowe'],
    ]);
    expect(minutes(lines).body).toBeNull();
  });
});

describe('a sentence saying who chaired and whom they welcomed', () => {
  const lines = [
    'Minutes of meeting held on Monday 9th May 2016 at the Quaker Meeting House',
    '',
    'Inga chaired the meeting and welcomed Yaara, Alexine, Pip and Hilary.',
    '',
    'Apologies were received from: Sarah Hopkins, Nigel Ward.',
    '',
    '1. Matters arising:',
    'Nothing arose.',
  ];

  it('reads the chair and those welcomed as present', () => {
    expect(minutes(lines).attendees.map((a) => [a.attendance, a.name, a.chair])).toEqual([
      ['present', 'Inga', true],
      ['present', 'Yaara', false],
      ['present', 'Alexine', false],
      ['present', 'Pip', false],
      ['present', 'Hilary', false],
      ['apologies', 'Sarah Hopkins', false],
      ['apologies', 'Nigel Ward', false],
    ]);
  });

  it('leaves a welcome to everyone alone', () => {
    const everyone = lines.map((l) => (l.startsWith('Inga') ? 'Inga chaired the meeting and welcomed everyone.' : l));
    expect(minutes(everyone).attendees.filter((a) => a.attendance === 'present')).toEqual([]);
  });
});

describe('a post in brackets that says the person chaired or took the minutes', () => {
  const lines = [
    'Brookton of Sanctuary',
    '',
    'Meeting Notes',
    '',
    'Wednesday 1st April 2015',
    '',
    'Present: Ada Finch (BoS Coordinator and chair), Ben Rowe (BoS Secretary – minutes), Cara Lind (Justice Now)',
    '',
    '1. Welcome',
    '',
    'Ada welcomed all present.',
  ];

  it('reads "and chair" after the post as the chair, the post alone as the role', () => {
    const ada = minutes(lines).attendees[0]!;
    expect([ada.name, ada.chair, ada.role]).toEqual(['Ada Finch', true, 'BoS Coordinator']);
  });

  it('reads "– minutes" after the post as the minute taker, the post alone as the role', () => {
    const ben = minutes(lines).attendees[1]!;
    expect([ben.name, ben.attendance, ben.role]).toEqual(['Ben Rowe', 'secretariat', 'BoS Secretary']);
  });
});

describe('a letterhead naming the committee’s officers above the minutes’ dated title', () => {
  const lines = [
    'PO Box 94                                   Brookton 3131',
    'Chairperson:                                Tel: 0400 000 000',
    '     Sam Lowe',
    'Deputy Chair:',
    '     Tia Bell',
    '',
    '    Brookton Council on Newcomer Issues Inc',
    '',
    '                      Minutes – April 1st 2011',
    '    The Courtyard Room, Civic Centre, 12 High Road, Brookton',
    '',
    '1.   Welcome – Sam welcomed members.',
    '',
    '2.   Present:',
    '     Ada Finch                  Brook Legal Centre, Manager',
    '     Ben Rowe                   BNC',
    '     Sam Lowe                   BNC, Brook Council',
    '',
    '3.   Business',
    '',
    'Text.',
  ];

  it('takes the title and date from the dated title under the letterhead', () => {
    expect([minutes(lines).title, minutes(lines).date]).toEqual(['Minutes – April 1st 2011', '2011-04-01']);
  });

  it('reads the list of those present in the second item', () => {
    expect(minutes(lines).attendees.filter((a) => a.attendance === 'present').map((a) => a.name)).toEqual(expect.arrayContaining(['Ada Finch', 'Ben Rowe', 'Sam Lowe']));
  });
});

describe('the meeting’s actions listed first, numbered, under their caption', () => {
  const lines = [
    'Hosting Team Meeting Minutes, 7/12/19',
    '',
    'People Present: Ada Finch, Ben Rowe',
    '',
    'Action Items from this Meeting:',
    '',
    '  1. Ada Finch will staff the information table',
    '  2. Ben Rowe will write the email to the congregation',
    '',
    '  • Introductions were made and the agenda was reviewed.',
  ];

  it('reads the numbered lines as actions with their owners, not as items', () => {
    const m = minutes(lines);
    expect(m.items).toEqual([]);
    expect(m.actions.map((a) => [a.text, a.owners])).toEqual([
      ['Ada Finch will staff the information table', ['Ada Finch']],
      ['Ben Rowe will write the email to the congregation', ['Ben Rowe']],
    ]);
  });

  it('still reads numbered items after the caption when the numbers are no list of actions but the minutes’', () => {
    const items = ['Minutes of the Brook Forum, 4 May 2016', '', 'Present: Ada Finch, Ben Rowe', '', '1. Welcome', '', 'Ada welcomed all.', '', '2. Actions:', '', 'None were outstanding.'];
    expect(minutes(items).items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('an agenda printed before the minutes, then the minutes’ own list of those present', () => {
  const lines = [
    'Brookton Newcomer Partnership Settlement Sub-council',
    'February 19, 2010',
    '10:00 p.m. to 12:00 p.m. Central Library, Learner Room',
    'AGENDA',
    '1. Welcome & Introductions',
    '',
    '2. Review Terms of Reference',
    '',
    '3. Role of Project Staff',
    '',
    '4. Next Steps',
    '',
    'Brookton Newcomer Partnership Settlement Sub-council Friday, February 19, 2010',
    '',
    'Present: Ada Finch, Ben Rowe, Cara Lind, Dan Moss;',
    '',
    'Regrets: Eve Hale.',
    '',
    'SUMMARY',
    '',
    'Welcome and Introductions',
    '',
    'Ada Finch was introduced as the facilitator.',
  ];

  it('reads the list under the agenda as the roster', () => {
    expect(people(lines).map((p) => `${p[0]} ${p[1]}`)).toEqual(['present Ada Finch', 'present Ben Rowe', 'present Cara Lind', 'present Dan Moss', 'apologies Eve Hale']);
  });

  it('reads "10:00 p.m. to 12:00 p.m." as a morning to noon', () => {
    expect([minutes(lines).start, minutes(lines).end]).toEqual(['10:00', '12:00']);
  });

  it('leaves an evening start to "12:00 p.m." as written', () => {
    expect(minutes(lines.map((l) => l.replace('10:00 p.m.', '7:00 p.m.'))).start).toBe('19:00');
  });

  it('still reads a list after items with text under them as no roster', () => {
    const withText = lines.map((l) => (l === '2. Review Terms of Reference' ? '2. Review Terms of Reference\nThe terms were reviewed.' : l)).flatMap((l) => l.split('\n'));
    expect(people(withText)).toEqual([]);
  });
});
