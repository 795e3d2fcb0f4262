// Parent bodies' minutes: PTAs, PTOs and PTSAs, parent councils, friends-of-school committees, booster clubs and
// school site councils (session 21). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;

describe("a school's parent body named by its initials or as the school's friends", () => {
  it('reads the PTA named before the kind of meeting in the title as the body', () => {
    const lines = ['Brookmere School PTA AGM Meeting Minutes', '', '9th June 2015', '', 'Brookmere School Hall', '', 'Present: Ann Lee, Bob Hart'];
    expect(minutes(lines).body).toBe('Brookmere School PTA');
  });

  it('reads a PTO named before "Meeting Minutes" as the body', () => {
    const lines = ['Larkhill PTO Meeting Minutes', 'May 3, 2018', '', '1. Meeting called to order at 6:30 PM by Dee Moss, president'];
    expect(minutes(lines).body).toBe('Larkhill PTO');
  });

  it('reads the PTA line above the title as the body, not as the venue', () => {
    const lines = ['Brookmere School PTA', '', 'Minutes of the meeting held on Tuesday 4th May 2016', '', 'Present:', '', 'Ann Lee, Bob Hart', '', '1. Apologies for absence:', '', 'Cy Dunn'];
    const m = minutes(lines);
    expect([m.body, m.venue]).toEqual(['Brookmere School PTA', null]);
  });
});

describe('a next meeting announced above the list of those present', () => {
  const lines = [
    'Minutes of the PTA Meeting 14th March 2019',
    '',
    'Next Meeting Tuesday 9th April at 8pm in the school library.',
    'All Parents welcome!',
    '',
    'In Attendance:',
    'Ann Lee, Bob Hart, Cy Dunn',
    '',
    '1) Minutes of Meeting 12th February 2019:',
    'Minutes were proposed by A. Lee and seconded by B. Hart.',
  ];

  it("reads no start from the next meeting's time", () => {
    expect(minutes(lines).start).toBeNull();
  });

  it("still reads the next meeting's date", () => {
    expect(minutes(lines).nextMeeting?.date).toBe('2019-04-09');
  });
});

describe('initials that keep the apostrophe of an Irish surname', () => {
  const lines = ['Minutes of PTA Meeting', 'Thursday 7th March 2013', '', 'Present: Ann Lee (AL), Ben Hart (BH)', '', 'Apologies: Niamh O’Brien (NO’B)', '', '1. Finance Update', '', 'Tea stall – confirm helpers                               NO’B'];

  it('reads "(NO’B)" after the name as the initials', () => {
    const absent = minutes(lines).attendees.find((a) => a.attendance === 'apologies');
    expect([absent?.name, absent?.initials]).toEqual(['Niamh O’Brien', 'NO’B']);
  });
});

describe('apologies "intimated", as Scottish parent councils record them', () => {
  const head = ['Minutes of the Parent Council meeting held on 3 May 2018', '', 'Present: Mr A Reid (Chair), Mrs B Low', '', '1. Apologies and welcome', ''];
  const absent = (sentence: string) =>
    minutes([...head, sentence, '', '2. Minutes', '', 'Agreed.'])
      .attendees.filter((a) => a.attendance === 'apologies')
      .map((a) => [a.honorific, a.name]);

  it('reads the names after "Apologies were intimated on behalf of"', () => {
    expect(absent('Apologies were intimated on behalf of Mrs C Hay and Mr D Roy. The Chair welcomed everyone.')).toEqual([
      ['Mrs', 'C Hay'],
      ['Mr', 'D Roy'],
    ]);
  });

  it('reads the names after "Apologies were intimated from"', () => {
    expect(absent('Apologies were intimated from Mrs C Hay and Mr D Roy. The Chair welcomed everyone.')).toEqual([
      ['Mrs', 'C Hay'],
      ['Mr', 'D Roy'],
    ]);
  });
});

describe('an "ACTION Name" tag in capitals that closes a paragraph', () => {
  const lines = [
    'Oakfield School PTA',
    '',
    'Minutes of the meeting held on Tuesday 8th March 2016',
    '',
    'Present:',
    '',
    'Sue Hale, Jack Wood, Mina Stroud',
    '',
    "1. Treasurer's Report",
    '',
    'Receipts are to be kept separate. A letter of thanks is to be sent to the auditor ACTION Jack/Sue',
    '',
    '2. Quiz Night',
    '',
    'Flyers will be delivered to neighbours before the night. ACTION Mina',
  ];

  it('reads the sentence before the tag as the task and the names after it as its owners', () => {
    expect(minutes(lines).actions.map((a) => [a.text, a.owners])).toEqual([
      ['A letter of thanks is to be sent to the auditor', ['Jack', 'Sue']],
      ['Flyers will be delivered to neighbours before the night.', ['Mina']],
    ]);
  });
});

describe("a site council's scheduled hours under the title, and the time it adjourned", () => {
  const lines = [
    'School Site Council Meeting Minutes',
    'October 6, 2016 3-4:00 p.m. B-7',
    '',
    'Ann Lee, Bob Hart, Cy Dunn',
    '',
    'Approving Minutes',
    'The minutes were unanimously approved.',
    '',
    'Public Input',
    '',
    'Meeting adjourned at 4:10 p.m.',
  ];

  it('reads the end from the adjournment, the start from the scheduled hours', () => {
    const m = minutes(lines);
    expect([m.start, m.end]).toEqual(['15:00', '16:10']);
  });

  it('still reads the end of the scheduled hours where no sentence says when the meeting closed', () => {
    const m = minutes(lines.slice(0, -1));
    expect([m.start, m.end]).toEqual(['15:00', '16:00']);
  });
});
