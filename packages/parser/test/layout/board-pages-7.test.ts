// Boards' minutes copied from web pages one paragraph a line (no blank lines between them):
// "Action:" lines under sub-topic headings, the minute taker named in a sentence, minute
// numbers in parts ("01/25/01"), and presence remarks such as "(part of meeting)".
import { describe, expect, it } from 'vitest';
import { actionFacts, parseLines, people, person } from './build.js';

describe('a board page written one paragraph a line', () => {
  const { minutes } = parseLines([
    'MINUTES OF BOARD MEETING',
    'Held on Tuesday 12th March 2019',
    'Present: Ada Finch (AF)',
    'Sam Poe (SP)',
    'Guests: Jo Lane',
    'Minutes taken by Rita Vale.',
    '1. Apologies',
    'None.',
    '2. Matters Arising',
    'Garden Fence',
    'SP reported that the fence had been repaired.',
    'Action: SP to send the invoice to the treasurer.',
    'Car Park Lights',
    'AF reported that two lights were out.',
    'Action: AF to ask the electrician for a quote',
    'Lighting budget:',
    'The budget was agreed.',
  ]);

  it('ends an action at its sentence, before the next sub-topic heading or caption', () => {
    expect(actionFacts(minutes.actions).map((a) => [a.text, a.owners])).toEqual([
      ['SP to send the invoice to the treasurer.', ['SP']],
      ['AF to ask the electrician for a quote', ['AF']],
    ]);
  });

  it('reads "Minutes taken by <name>." as the secretariat', () => {
    expect(people(minutes).find((p) => p.attendance === 'secretariat')).toEqual(person('Rita Vale', 'secretariat', 'Minutes taken by'));
  });

  it('takes no body from a title that names only the kind of body ("BOARD")', () => {
    expect(minutes.body).toBeNull();
  });
});

describe('a trust board page with minute numbers in parts', () => {
  const { minutes } = parseLines([
    'Present',
    '- Mr A Finch – Non-Executive Director (Chairman)',
    '- Ms B Poe – Member of Staff (part of meeting)',
    'Minutes',
    '03/24/01 – Welcome and Apologies',
    'Apologies for absence were received from Mr Lane.',
    '03/24/02',
    'Staff Story',
    'Ms Poe introduced the story.',
  ]);

  it('reads "03/24/01 – Title" and "03/24/02" over its title as items', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['03/24/01', 'Welcome and Apologies'],
      ['03/24/02', 'Staff Story'],
    ]);
  });

  it('drops "(part of meeting)" from the description and marks the person as there for part of it', () => {
    const poe = people(minutes).find((p) => p.name === 'B Poe');
    expect(poe?.role).toBe('Member of Staff');
    expect(poe?.partial).toBe(true);
  });
});

describe('a committee page of a council website', () => {
  const { minutes } = parseLines([
    'Agenda and minutes',
    '',
    'Virtual Meeting, Northbridge Safety Partnership - Tuesday, 4th May, 2021 2.00 pm',
    '',
    'Members of the public are welcome to attend our meetings. Meetings held in Town Hall will be webcast, which means they can be watched live.',
    '',
    'Venue: Virtual Meeting, Microsoft Teams',
    '',
    'Items',
    'No. Item',
    '',
    '1.',
    '',
    'Apologies',
    '',
    'Minutes:',
    '',
    'Apologies were received from Cllr Ada Finch.',
  ]);

  it('takes the body from the heading "<Body> - <weekday>, <date>", without how the meeting was held', () => {
    expect(minutes.body).toBe('Northbridge Safety Partnership');
  });

  it('takes the venue from its field, not from the notice about webcasts', () => {
    expect(minutes.venue).toBe('Virtual Meeting, Microsoft Teams');
  });
});

describe('places in a title and a notice', () => {
  it('reads the place after the date when the meeting was held in public', () => {
    const { minutes } = parseLines([
      'MINUTES OF THE TRUST BOARD MEETING HELD IN PUBLIC on Wednesday 5th June 2013 at The Boardroom, Trust Headquarters, Mill Road',
      '',
      'Present: Mr Al Reed (Chairman)',
      '',
      '1. Apologies',
    ]);
    expect(minutes.venue).toBe('The Boardroom, Trust Headquarters, Mill Road');
  });

  it('ends a place named in a sentence with that sentence', () => {
    const { minutes } = parseLines([
      'A report on the January meeting of the Northbridge Parish Council.',
      'It was held in the Northbridge Village School. The meeting was chaired by Cllr Finch.',
      '',
      '1. Apologies',
    ]);
    expect(minutes.venue).toBe('the Northbridge Village School');
  });
});

describe('actions under sub-topic headings with no stop', () => {
  it('does not carry an action on into a short heading in capitalised words', () => {
    const { minutes } = parseLines([
      'Present: Ada Finch (AF)',
      '1. Matters Arising',
      'Hedges',
      'AF reported that the hedges had been cut.',
      'Action: AF to put the plan on the March agenda',
      'Website Redesign',
      'AF wanted new photos for the website.',
    ]);
    expect(actionFacts(minutes.actions).map((a) => a.text)).toEqual(['AF to put the plan on the March agenda']);
  });
});

describe('a Scottish board page: one cell a paragraph, Roman item numbers', () => {
  const { minutes } = parseLines([
    'At a MEETING of the NORTHBRIDGE INTEGRATION JOINT BOARD held remotely on 3rd March, 2022.',
    '',
    'Present:-',
    '',
    'Members',
    '',
    'Role',
    '',
    'Ada FINCH (Vice Chairperson)',
    '',
    'Nominated by Health Board (Non-Executive Member)',
    '',
    'Sam POE',
    '',
    'Chief Officer',
    '',
    'Jo LANE',
    '',
    'Registered Nurse',
    '',
    'Non-members in attendance at request of Chief Officer:-',
    '',
    'Rita VALE',
    '',
    'Audit Office',
    '',
    'Ada FINCH, Vice Chairperson, in the Chair.',
    '',
    'I APOLOGIES FOR ABSENCE',
    '',
    'There were no apologies.',
    '',
    'II DECLARATION OF INTEREST',
    '',
    'There were no declarations of interest.',
  ]);

  it('takes the body from "At a MEETING of the <body> held ..."', () => {
    expect(minutes.body).toBe('NORTHBRIDGE INTEGRATION JOINT BOARD');
  });

  it('joins each name with the post in the paragraph under it, and reads the non-members as in attendance', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance, a.name === 'Ada FINCH' ? null : (a.role ?? a.organisation), a.chair])).toEqual([
      // The sentence below the lists says who chaired.
      ['Ada FINCH', 'present', null, true],
      ['Sam POE', 'present', 'Chief Officer', false],
      ['Jo LANE', 'present', 'Registered Nurse', false],
      ['Rita VALE', 'in-attendance', 'Audit Office', false],
    ]);
  });

  it('reads Roman numbers over titles in capitals as items', () => {
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'DECLARATION OF INTEREST'],
    ]);
  });
});

describe('a court minute with its note and sub-labelled apologies', () => {
  const { minutes } = parseLines([
    'NB: these minutes are published as a draft record until the next meeting.',
    '',
    'NORTHBRIDGE COURT',
    '',
    'Minutes of the Meeting',
    '',
    '4 May 2021',
    '',
    'Present:',
    'Dr Ada Finch, Mr Sam Poe',
    '',
    'Apologies:',
    'Members: Professor Jo Lane, Mrs Rita Vale',
    '',
    '1. Minutes',
    '',
    'The minutes were agreed.',
  ]);

  it('takes no note ("NB: ...") for the title', () => {
    expect(minutes.title).toBe('Minutes of the Meeting');
  });

  it('keeps the members named under the apologies on the apologies list', () => {
    expect(minutes.attendees.map((a) => [a.name, a.attendance])).toEqual([
      ['Ada Finch', 'present'],
      ['Sam Poe', 'present'],
      ['Jo Lane', 'apologies'],
      ['Rita Vale', 'apologies'],
    ]);
  });
});
