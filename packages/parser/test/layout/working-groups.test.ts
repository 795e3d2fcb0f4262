// Rosters of working groups, technical committees and student teams: given names alone,
// "Regrets", "Scribe", "Additional Attendees", key-value tables. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines, people, person } from './build.js';

describe('a telecon roster of given names', () => {
  const result = parseLines([
    '## Lantern Group teleconference',
    '##### 4 May 2022',
    '',
    'Present: Oskar, Maren (mrn), Ines (ODI)',
    '',
    'Regrets: Bastian',
    '',
    'Chairs: Oskar, Maren',
    'Scribe: Ines',
    '',
    '### Storage quotas',
    '',
    'Oskar: we looked at the numbers.',
  ]);

  it('reads each given name as a person, in its list', () => {
    expect(people(result.minutes)).toEqual([
      person('Oskar', 'present', 'Present'),
      // A lower-case bracket is a chat handle; capitals that are not the name's initials name an organisation.
      person('Maren', 'present', 'Present'),
      person('Ines', 'present', 'Present', { organisation: 'ODI' }),
      person('Bastian', 'apologies', 'Regrets'),
      person('Oskar', 'present', 'Chairs', { chair: true }),
      person('Maren', 'present', 'Chairs', { chair: true }),
      person('Ines', 'secretariat', 'Scribe', { role: 'Scribe' }),
    ]);
  });

  it('reads no one from words that stand for nobody', () => {
    const none = parseLines(['Minutes of the Lantern Group, 4 May 2022', '', 'Attendees: Everyone', 'Regrets: None', '', '1. Quotas', '', 'Agreed.']);
    expect(people(none.minutes)).toEqual([]);
  });
});

describe('a committee roster with an additional list wrapped after a comma', () => {
  const result = parseLines([
    'Minutes from 12th Lantern TSC meeting, Jun 3rd, 2021',
    '',
    'Attendees: Hedda Lund, Piotr Sand',
    '',
    'Additional Attendees: Rui Costa (Acme), Leif Moe (QBX),',
    'Tove Aas (NF), Arne Dahl (Acme)',
    '',
    'Regrets: Sven Holt',
    '',
    '1) Confirm quorum',
    '',
    'Quorum was confirmed.',
  ]);

  it('reads every person of the wrapped list, bracketed capitals not the name\'s initials as the organisation', () => {
    expect(people(result.minutes)).toEqual([
      person('Hedda Lund', 'present', 'Attendees'),
      person('Piotr Sand', 'present', 'Attendees'),
      person('Rui Costa', 'in-attendance', 'Additional Attendees', { organisation: 'Acme' }),
      person('Leif Moe', 'in-attendance', 'Additional Attendees', { organisation: 'QBX' }),
      person('Tove Aas', 'in-attendance', 'Additional Attendees', { organisation: 'NF' }),
      person('Arne Dahl', 'in-attendance', 'Additional Attendees', { organisation: 'Acme' }),
      person('Sven Holt', 'apologies', 'Regrets'),
    ]);
  });
});

describe('a key-value table above the attendees', () => {
  const result = parseLines([
    '| Key          | Value                      |',
    '|--------------|----------------------------|',
    '| Date:        | 12/02/24                   |',
    '| Chair        | Mila                       |',
    '| Minute Taker | Joost                      |',
    '| Attendees:   | Mila Berg, Joost Vos       |',
    '',
    '### Sprint review',
    '',
    'We showed the demo.',
  ]);

  it('reads the minute taker and the attendees, the chair row naming the listed attendee it starts', () => {
    expect(people(result.minutes)).toEqual([
      person('Joost', 'secretariat', 'Minute Taker', { role: 'Minute Taker' }),
      person('Mila Berg', 'present', 'Attendees', { chair: true }),
      person('Joost Vos', 'present', 'Attendees'),
    ]);
  });
});

describe('a bulleted list of given names under a heading', () => {
  const result = parseLines([
    '# Lantern core developers\' meeting',
    '',
    'Monday, 7 June, 2021',
    '',
    '## Present',
    '',
    '- Oskar',
    '- Maren',
    '- Ines',
    '',
    '## Release plan',
    '',
    'We will ship in June.',
  ]);

  it('reads every name of the list, and the topic after it', () => {
    expect(people(result.minutes)).toEqual([person('Oskar', 'present', 'Present'), person('Maren', 'present', 'Present'), person('Ines', 'present', 'Present')]);
    expect(result.minutes.items.map((i) => i.title)).toEqual(['Release plan']);
  });
});

describe('a list heading dated with its meeting', () => {
  it('reads "Present on <date>" as the list of those present', () => {
    const { minutes } = parseLines(['## 2024-05-13 Lantern Council Meeting Minutes', 'Present on 13 May 2024', 'Hedda Lund, Piotr Sand, Ines Berg', '', 'Apologies', 'None', '', '1. Budget', '', 'Agreed.']);
    expect(people(minutes)).toEqual([person('Hedda Lund', 'present', 'Present'), person('Piotr Sand', 'present', 'Present'), person('Ines Berg', 'present', 'Present')]);
  });
});

describe('an agenda listing the regrets sent ahead', () => {
  it('is not read as minutes for its regrets alone', () => {
    const { minutes } = parseLines(['# Informal Telechat - June 14, 2021', '', '## Regrets', '* Oskar', '* Maren', '', '## Agenda', '', '### Administrivia', '', '* List audit (Ines)']);
    expect({ kind: minutes.kind, title: minutes.title, attendees: minutes.attendees }).toEqual({ kind: 'other', title: 'Informal Telechat - June 14, 2021', attendees: [] });
  });
});

describe('a call agenda naming its chair', () => {
  it('is not read as minutes for the chair and scribe it names', () => {
    const { minutes } = parseLines(['### Call Agenda', '', '### Lantern Group - 2021-06-14', '', '* Storage quotas - @oskar', '* Release dates - @maren', '', '### Logistics', '', 'Chair: Oskar', '', 'Scribe: Maren']);
    expect({ kind: minutes.kind, attendees: minutes.attendees }).toEqual({ kind: 'other', attendees: [] });
  });
});

describe('team notes with the meeting\'s fields after the lists', () => {
  const { minutes } = parseLines([
    '# Sprint Two Retrospective',
    '',
    '## Meeting Details',
    'In attendance: Hedda Lund, Piotr Sand, Ines Berg',
    '',
    'Absent: Rui Costa',
    '',
    'Location: Room 4, Harbour Building',
    '',
    'Meeting opened: 6:10pm',
    '',
    'Meeting adjourned: 6:55pm',
    '',
    '## Velocity',
    '',
    'It went up.',
  ]);

  it('reads the only list of those there as present', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Hedda Lund', 'present'],
      ['Piotr Sand', 'present'],
      ['Ines Berg', 'present'],
      ['Rui Costa', 'apologies'],
    ]);
  });

  it('reads the venue, opening and closing times written after the lists', () => {
    expect({ title: minutes.title, venue: minutes.venue, start: minutes.start, end: minutes.end }).toEqual({
      title: 'Sprint Two Retrospective',
      venue: 'Room 4, Harbour Building',
      start: '18:10',
      end: '18:55',
    });
  });
});

describe('a roster of code-host handles, topics grouped under a heading', () => {
  const result = parseLines(['# Lantern WG Meeting 2021-06-14', '', '## Attendees', '', '- @oskarl', '- @maren-b (Acme)', '', '## Topics', '', '### Release', '', 'We ship in June.']);

  it('reads each handle as a person, as written', () => {
    expect(people(result.minutes)).toEqual([person('@oskarl', 'present', 'Attendees'), person('@maren-b', 'present', 'Attendees', { organisation: 'Acme' })]);
  });

  it('reads the topic, not the heading that only groups topics', () => {
    expect(result.minutes.items.map((i) => i.title)).toEqual(['Release']);
  });
});

describe('a chair row whose given name starts two listed names', () => {
  it('keeps the chair row as written', () => {
    const { minutes } = parseLines(['| Key | Value |', '|---|---|', '| Date: | 12/02/24 |', '| Chair | Mila |', '| Attendees: | Mila Berg, Mila Vos, Joost Vos |', '', '### Sprint review', '', 'We showed the demo.']);
    expect(minutes.attendees.map((a) => [a.name, a.chair])).toEqual([
      ['Mila', true],
      ['Mila Berg', false],
      ['Mila Vos', false],
      ['Joost Vos', false],
    ]);
  });
});

describe('a standards working group\'s call: fields above, attendees after the numbered items', () => {
  const { minutes } = parseLines([
    '# Lantern Forum Storage WG Teleconference-20240611',
    '',
    'Meeting Title: Lantern Forum Storage Working Group Date: 11 June 2024',
    '',
    'Meeting Ran By: Hedda Lund',
    '',
    '## 1. Roll Call',
    '',
    'Meeting called to order by Hedda Lund.',
    '',
    '## 2. Ballots',
    '',
    'Two ballots are in progress.',
    '',
    '## 3. Next call: June 25, 2024',
    '',
    '## Attendees',
    '',
    'Hedda Lund (Acme), Piotr Sand - Bolt Ltd, Ines Berg [Corvid]',
  ]);

  it('takes the heading naming the call for the title, and its body', () => {
    expect({ title: minutes.title, body: minutes.body }).toEqual({ title: 'Lantern Forum Storage WG Teleconference-20240611', body: 'Lantern Forum Storage WG' });
  });

  it('reads the attendees listed last, the one who ran the meeting as its chair', () => {
    expect(minutes.attendees.map((a) => [a.name, a.organisation, a.chair])).toEqual([
      ['Hedda Lund', 'Acme', true],
      ['Piotr Sand', 'Bolt Ltd', false],
      ['Ines Berg', 'Corvid', false],
    ]);
    expect(minutes.items.map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('reads the next call as the next meeting', () => {
    expect(minutes.nextMeeting?.date).toBe('2024-06-25');
  });
});

describe('participants grouped by organisation in a bulleted outline', () => {
  it('names each group\'s organisation without the bullet', () => {
    const { minutes } = parseLines([
      '# Lantern Modelling Workshop Meeting Minutes, 4 March 2022',
      '* Participants:',
      '  * Acme Rail: Hedda Lund, Piotr Sand',
      '  * Bolt: Ines Berg',
      '',
      '## Sessions',
      '',
      'We modelled.',
    ]);
    expect(minutes.attendees.map((a) => [a.name, a.organisation])).toEqual([
      ['Hedda Lund', 'Acme Rail'],
      ['Piotr Sand', 'Acme Rail'],
      ['Ines Berg', 'Bolt'],
    ]);
  });
});

describe('small marks around titles and organisations', () => {
  const { minutes } = parseLines(['#Lantern Modelling Workshop Meeting Minutes, 4 March 2022', '', 'Attendees: Hedda Lund - (Acme), Piotr Sand - Bolt, Ines Berg - Corvid', '', '## Sessions', '', 'We modelled.']);

  it('drops a hash written against the title and brackets around a whole organisation', () => {
    expect(minutes.title).toBe('Lantern Modelling Workshop Meeting Minutes, 4 March 2022');
    expect(minutes.attendees.map((a) => a.organisation)).toEqual(['Acme', 'Bolt', 'Corvid']);
  });
});

describe('a trust\'s roster with its other attendees', () => {
  it('reads "Other Attendees" as those in attendance', () => {
    const { minutes } = parseLines(['Minutes of the Lantern Trust, 3 March 2021', '', 'Trustees Present: Hedda Lund, Piotr Sand', 'Other Attendees: Ines Berg (Auditor)', '', '1. Accounts', '', 'Approved.']);
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.role])).toEqual([
      ['Hedda Lund', 'present', null],
      ['Piotr Sand', 'present', null],
      ['Ines Berg', 'in-attendance', 'Auditor'],
    ]);
  });
});

describe('scribed lines straight after the lists', () => {
  it('ends the lists at a speaker\'s words and reports no roster line for them', () => {
    const { minutes } = parseLines([
      'Minutes of the Lantern Group call, 4 May 2022',
      '',
      'Present: Oskar Lind, Maren Berg',
      '',
      'oskar: we looked at the numbers again this week',
      '',
      'maren: the quota is fine for now',
    ]);
    expect(minutes.attendees.map((a) => a.name)).toEqual(['Oskar Lind', 'Maren Berg']);
    expect(minutes.diagnostics.filter((d) => d.code === 'LSMP2001')).toEqual([]);
  });
});
