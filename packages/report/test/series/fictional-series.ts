// A fictional three-meeting series of the "Harbourside Integration Board", written
// to exercise every rule of the series reports once. Given out of order on purpose.
import type { Minutes } from '@lsmp/model';
import { action, attendee, item, minutes, nextMeeting } from './build-minutes.js';

const HOUSING = 'Circulate the housing mapping report to members';
const ROUNDTABLE = 'Arrange a roundtable on ESOL funding for community groups';
const VOLUNTEERS = 'Share the volunteer guidance with partners';

export const march = minutes({
  title: 'Minutes of the Harbourside Integration Board, 15 March 2023',
  date: '2023-03-15',
  start: '14:00',
  end: '16:00',
  venue: 'Harbourside Civic Centre',
  attendees: [
    attendee('a1', 'Rosa Lindqvist', { honorific: 'Cll', organisation: 'Harbourside Council', chair: true, initials: 'RL' }),
    attendee('a2', 'Ade Mensah', { honorific: 'Dr', organisation: 'City Health Partnership', attendance: 'apologies' }),
    attendee('a3', 'Gil Hartigan', { organisation: 'Harbourside Council', attendance: 'secretariat', initials: 'GH' }),
    attendee('a4', 'Dana Okoro', { organisation: 'Refugee Welcome Harbourside', initials: 'DO' }),
  ],
  items: [item('1', 'Welcome and apologies'), item('2', 'Housing'), item('3', 'English language provision')],
  actions: [
    action('x1', HOUSING, { number: '1', owners: ['GH'], ownerRefs: [{ raw: 'GH', kind: 'person', attendeeId: 'a3', name: 'Gil Hartigan' }], itemNumber: '2' }),
    action('x2', ROUNDTABLE, { number: '2', owners: ['Harbourside Council'], ownerRefs: [{ raw: 'Harbourside Council', kind: 'organisation', attendeeId: null, name: 'Harbourside Council' }], itemNumber: '3' }),
    action('x3', VOLUNTEERS, { number: '3', owners: ['DO'], ownerRefs: [{ raw: 'DO', kind: 'person', attendeeId: 'a4', name: 'Dana Okoro' }], itemNumber: '3' }),
  ],
  nextMeeting: nextMeeting('2023-06-14', { start: '14:00', end: '16:00' }),
});

export const june = minutes({
  title: 'Minutes of the Harbourside Integration Board, 21 June 2023',
  date: '2023-06-21',
  attendees: [
    attendee('a1', 'Rosa Lindqvist', { honorific: 'Cllr', organisation: 'Harbourside Council', chair: true }),
    attendee('a2', 'Ade Mensah', { honorific: 'Dr', organisation: 'City Health Partnership', attendance: 'apologies' }),
    attendee('a3', 'Tom Reyes', { organisation: 'City Health Partnership', substituteFor: 'Ade Mensah' }),
    attendee('a4', 'Gil Hartigan', { organisation: 'Harbourside council', attendance: 'secretariat' }),
  ],
  items: [
    item('1', 'Welcome and apologies'),
    item('2', 'Minutes of the last meeting and matters arising', [
      'The minutes of the last meeting were agreed as an accurate record.',
      'The ESOL funding roundtable for community groups will take place in September; the venue is still being confirmed.',
    ]),
    item('3', 'Migration profile'),
  ],
  actions: [
    action('x1', HOUSING, { number: '1', origin: 'matters-arising', status: 'The report was circulated to members on 2 May.', itemNumber: '2' }),
    action('x2', 'Publish the annual migration profile', { number: '1', owners: ['Secretariat'], itemNumber: '3' }),
  ],
  nextMeeting: nextMeeting('2023-10-04', { originalDate: '2023-09-27', note: 'Moved a week later to avoid the party conferences.' }),
});

export const october = minutes({
  title: 'Minutes of the Harbourside Integration Board, 4 October 2023',
  date: '2023-10-04',
  attendees: [
    attendee('a1', 'ROSA LINDQVIST', { honorific: 'CLLR', organisation: 'Harbourside Council', attendance: 'apologies' }),
    attendee('a2', 'Ade Mensah', { organisation: 'City Health Partnership', chair: true }),
    attendee('a3', 'Dana Okoro', { organisation: 'Refugee Welcome Harbourside', attendance: 'absent' }),
  ],
  items: [
    item('1', 'Welcome'),
    item('2', 'Actions from the last meeting', ['Action 1: the migration profile has been published on the website.']),
  ],
  actions: [action('x1', VOLUNTEERS, { origin: 'outstanding', status: 'No longer needed: the guidance was withdrawn by its authors.' })],
});

/** The series as a caller might hand it over: not in date order. */
export const fictionalSeries: Minutes[] = [june, october, march];
