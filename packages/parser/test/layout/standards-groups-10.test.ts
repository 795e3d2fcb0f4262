// Minutes of standards forums and foundation working groups: comma rosters with brands written in lower case
// first, wiki exports that keep addresses as entities, a chair who called the meeting to order, initials given
// in brackets where the notes first name a person, roll calls under "Attended this meeting", notices under
// "## Announcements", and office-hours notes. Every name is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const attendees = (lines: string[]) => parseLines(lines).minutes.attendees.map((a) => [a.name, a.organisation, a.initials, a.chair]);
const titles = (lines: string[]) => parseLines(lines).minutes.items.map((i) => i.title);

describe('a forum working group with a comma roster', () => {
  const minutes = [
    '# 2031-04-10 Minutes of the Harbour Certificate Working Group',
    '',
    '## 1. Roll Call and Housekeeping',
    '',
    '- Meeting called to order by Ines Varga.',
    '- Tomas to take minutes.',
    '',
    '## Attendees:',
    '',
    'Ada Finch (Northwind), Bo Reed - (eHarbour), Ines Varga (Quayside Trust), Lin Oduya (iPortico).',
    '',
    '## Questions on HC-12',
    '',
    '- How to treat comments made after the vote?',
    '',
    '## Status of Ballots',
    '',
    '- HC-13 is ready for its discussion period.',
    '',
    '## Next call',
    '',
    'April 24, 2031',
  ];

  it('reads a one-word brand written with a lower-case letter first as the organisation', () => {
    expect(attendees(minutes)).toContainEqual(['Bo Reed', 'eHarbour', null, false]);
    expect(attendees(minutes)).toContainEqual(['Lin Oduya', 'iPortico', null, false]);
  });

  it('marks the person who called the meeting to order as the chair', () => {
    expect(attendees(minutes).filter((a) => a[3])).toEqual([['Ines Varga', 'Quayside Trust', null, true]]);
    expect(attendees(['Present: Ada Finch, Ines Varga', '', 'The meeting was called to order at 7:02 p.m. by Ada Finch.', '', '1. Minutes', '', 'Agreed.']).filter((a) => a[3])).toEqual([['Ada Finch', null, null, true]]);
  });

  it('keeps a heading about questions on a named matter as a topic', () => {
    expect(titles(minutes)).toContain('Questions on HC-12');
    expect(titles([...minutes, '', '## Questions', '', '- None raised.'])).not.toContain('Questions');
  });
});

describe('a wiki page export', () => {
  const page = [
    '# Harbour Ledger : 2031-03-17 Weekly Planning',
    '',
    '## Date',
    '',
    '17 Mar 2031',
    '',
    '## Anti-Trust Policy:',
    '',
    'Foundation meetings involve participation by industry competitors.',
    '',
    '## Attendees',
    '',
    '- [Ada Finch](https://wiki.example.org/people/1)(Northwind) &lt;ada@[northwind.example](http://northwind.example)&gt;',
    '- [Bo Reed](https://wiki.example.org/people/2) (Quayside) &lt;bo.reed@quayside.example&gt;',
    '',
    '## Work updates',
    '',
    '- Refactor the key store [#14](https://example.org/issues/14)',
    '',
    '## Upcoming work',
    '',
    '- Pluggable verifiers [#15](https://example.org/issues/15)',
  ];

  it('leaves the address in angle brackets, written as entities, out of the organisation', () => {
    expect(attendees(page)).toEqual([
      ['Ada Finch', 'Northwind', null, false],
      ['Bo Reed', 'Quayside', null, false],
    ]);
  });

  it("takes no topic from the page's date and antitrust notice sections", () => {
    expect(titles(page)).toEqual(['Work updates', 'Upcoming work']);
  });
});

describe('initials given where the notes first name a person', () => {
  const minutes = [
    '# Minutes of the Technical Advisory Council',
    '',
    '**Date**: Thursday, November 17, 2031',
    '',
    '### Attendees',
    '',
    '* Ada Finch (Northwind)',
    '* Bo Reed (Quayside)',
    '* Cy Lamb (Portico)',
    '',
    '**Budget proposal**',
    '',
    '* Ada Finch (AF) discussed the proposed budget; Bo Reed (Quayside) agreed.',
    '* AF asked for volunteers.',
    '',
    '**Outreach update**',
    '',
    '* Cy Lamb (CX) reported on the landscape.',
  ];

  it("gives an attendee the capitals in brackets after their full name when they are the name's own", () => {
    expect(attendees(minutes)).toEqual([
      ['Ada Finch', 'Northwind', 'AF', false],
      ['Bo Reed', 'Quayside', null, false],
      ['Cy Lamb', 'Portico', null, false],
    ]);
  });
});

describe('a working group template', () => {
  const minutes = [
    '# Harbour Tools Working Group',
    '',
    '## Date: 2031-10-26',
    '',
    '## Roll Call',
    '',
    '### Attended this meeting',
    '',
    '* Ada Finch (Northwind)',
    '* Bo (Quayside)',
    '',
    '### Attended in the past',
    '',
    '* Cy (Portico)',
    '',
    '## Announcements',
    '',
    '### Brief Notices',
    '',
    '* Meetings involve participation by industry competitors.',
    '',
    '### Upcoming Conferences',
    '',
    '* 14-15 Nov 2031 Harbour Summit',
    '',
    '## Discussion Notes',
    '',
    '* Ada: widen the mission statement',
    '',
    '## Next meeting?',
    '',
    '- Decision: go back to Mondays',
  ];

  it('reads the list under "Attended this meeting" as those present, and not the past attendees', () => {
    expect(attendees(minutes)).toEqual([
      ['Ada Finch', 'Northwind', null, false],
      ['Bo', 'Quayside', null, false],
    ]);
  });

  it('takes no topics from the sub-headings of the announcements, the past attendees or the next meeting', () => {
    expect(titles(minutes)).toEqual(['Discussion Notes']);
  });
});

describe('a working group template with its announcements a top-level section', () => {
  const minutes = [
    '## Harbour Space Linux Group',
    '',
    '## Minutes',
    '',
    '## 20 February 2031',
    '',
    '## Attended this meeting',
    '',
    '- Ada Finch (Northwind)',
    '- Bo Reed (Quayside)',
    '',
    '## Attended recently in the past',
    '',
    '- Cy Lamb (Portico)',
    '',
    '# Announcements',
    '',
    '- [Mailing list sign-up](https://lists.example.org/harbour)',
    '',
    '## Upcoming Events',
    '',
    '- Harbour Summit, June 23-25',
    '',
    '# Technical Topics',
    '',
    '## Hardware Platforms',
    '',
    '- Options discussed on the last call',
    '',
    '## Action Items',
    '',
    '* [ ] How to organise our documents',
    '* [ ] Ada to draft the charter',
  ];

  it('reads the roll and takes no topics from the announcements or the past attendees', () => {
    expect(attendees(minutes).map((a) => a[0])).toEqual(['Ada Finch', 'Bo Reed']);
    expect(titles(minutes)).toEqual(['Hardware Platforms']);
  });

  it('takes no question word for the owner of an action', () => {
    expect(parseLines(minutes).minutes.actions.map((a) => a.owners)).toEqual([[], ['Ada']]);
  });
});

describe('a present list that writes one member by their handle', () => {
  it('takes the handle as written for the name where the bracket repeats it', () => {
    const minutes = ['# Harbour Security Collab Space Meeting 2031-11-13', '', '## Present', '', '* adafinch (@adafinch)', '* Bo Reed (@breed)', '', '## Agenda', '', '### Harbour release plan', '', 'Agreed.'];
    expect(attendees(minutes).map((a) => a[0])).toEqual(['adafinch', 'Bo Reed']);
  });
});

describe("a technical committee's rolling notes", () => {
  const minutes = [
    'Aug 27, 2031',
    '------------',
    '',
    '-   **TOC Attendees:**',
    '',
    '    -   Ada Finch (Northwind) \\[CHAIR\\] - present',
    '    -   Bo Reed (Quayside) - not present',
    '    -   Cy Lamb (JHarbour) - not present',
    '    -   Dee Moss (Portico) - present',
    '',
    '-   **Other Attendees:**',
    '',
    '    -   Ed Hale (Linux Foundation)',
    '',
    '-   **Agenda and Notes:**',
    '',
    '    -   Vote on the Security SIG',
    '',
    '        -   Ada: let us call a vote',
  ];

  it("reads the committee's roll, its marks of presence and the chair in square brackets", () => {
    const read = parseLines(minutes).minutes.attendees.map((a) => [a.name, a.organisation, a.attendance, a.chair]);
    expect(read).toEqual([
      ['Ada Finch', 'Northwind', 'present', true],
      ['Bo Reed', 'Quayside', 'apologies', false],
      ['Cy Lamb', 'JHarbour', 'apologies', false],
      ['Dee Moss', 'Portico', 'present', false],
      ['Ed Hale', 'Linux Foundation', 'in-attendance', false],
    ]);
  });
});

describe('a roster written by the names people go by in chat', () => {
  it('reads each chat name with its organisation in brackets, and the full names among them', () => {
    const minutes = [
      '# TSC Meeting - 2031-03-07',
      '',
      '## Attendees',
      '* Ada_F [Northwind]',
      '* bo-reed [Quayside]',
      '* CyLamb (Portico)',
      '* Dee Moss [Harbour Trust]',
      '* edh[Portico]#6994',
      '',
      '## Agenda Items',
      '',
      '### Platform label',
      '',
      '* The TSC agreed to add the label.',
    ];
    expect(attendees(minutes).map((a) => [a[0], a[1]])).toEqual([
      ['Ada_F', 'Northwind'],
      ['bo-reed', 'Quayside'],
      ['CyLamb', 'Portico'],
      ['Dee Moss', 'Harbour Trust'],
      ['edh', 'Portico'],
    ]);
    expect(titles(minutes)).toEqual(['Platform label']);
  });
});

describe('office hours notes', () => {
  it('reads a heading naming office hours as the record of a session', () => {
    const minutes = parseLines([
      '# harbour office hours 2031-11-10',
      '',
      '## Updating sample extensions',
      '',
      'The samples move to the external folder.',
      '',
      '## Registering two extensions can deadlock',
      '',
      'A fix was submitted; a refactor is wanted.',
    ]).minutes;
    expect(minutes.kind).not.toBe('other');
    expect(minutes.items.map((i) => i.title)).toEqual(['Updating sample extensions', 'Registering two extensions can deadlock']);
  });
});
