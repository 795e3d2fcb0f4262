// Multi-agency partnership boards' minutes: safeguarding boards, community safety partnerships, health and wellbeing
// boards, domestic abuse boards, migration partnerships (session 23). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.honorific, a.name, a.organisation, a.chair]);

describe('a partnership lists its core members and attendees in tables whose cells one space parts', () => {
  const lines = [
    'Attendance',
    '',
    'Core Membership',
    '',
    'Name Agency',
    'Cllr Rhona Plaice Brackwater Council (Chair)',
    'Insp. Owen Tully Brackwater Police',
    'Dana Feld Brackwater Health Board',
    '',
    'Attendees',
    '',
    'Name Agency',
    'Amir Lodge Office of the Police and Crime Commissioner',
    '',
    'Apologies',
    '',
    '  • Cllr Tessa Moon (BFRS)',
    '',
    '1. Welcome and introductions',
    '',
    '1.1 The Chair welcomed everyone.',
  ];

  it('reads "Core Membership" as the members present and "Attendees" under it as those in attendance', () => {
    expect(people(lines).map((p) => [p[0], p[2]])).toEqual([
      ['present', 'Rhona Plaice'],
      ['present', 'Owen Tully'],
      ['present', 'Dana Feld'],
      ['in-attendance', 'Amir Lodge'],
      ['apologies', 'Tessa Moon'],
    ]);
  });

  it('parts each row under "Name Agency" after the honorific and two-word name', () => {
    expect(people(lines).slice(0, 4)).toEqual([
      ['present', 'Cllr', 'Rhona Plaice', 'Brackwater Council', true],
      ['present', 'Insp', 'Owen Tully', 'Brackwater Police', false],
      ['present', null, 'Dana Feld', 'Brackwater Health Board', false],
      ['in-attendance', null, 'Amir Lodge', 'Office of the Police and Crime Commissioner', false],
    ]);
  });
});

describe('a health and wellbeing board notes apologies with a comma before each bracket', () => {
  const lines = [
    'Minutes of the Westvale Health and Wellbeing Board held on 3 March 2021',
    '',
    'Present: Cllr Ray Dunn (Chair), Cllr Mia Stone',
    '',
    '1. Apologies for Absence',
    '',
    'Apologies for absence were received from Dr Ann Lee (Westvale CCG), Tom Hale, (Westvale Police) and Ruth Ince, (Westvale Fire).',
    '',
    '2. Minutes of the previous meeting',
    '',
    'The minutes were agreed.',
  ];

  it('keeps the bracket after "Tom Hale," as his organisation', () => {
    expect(people(lines).filter((p) => p[0] === 'apologies').map((p) => [p[2], p[3]])).toEqual([
      ['Ann Lee', 'Westvale CCG'],
      ['Tom Hale', 'Westvale Police'],
      ['Ruth Ince', 'Westvale Fire'],
    ]);
  });
});
