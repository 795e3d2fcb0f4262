// The meeting's header as boards', councils' and clubs' minutes write it (session 10). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const ROSTER = ['Present: Ann Hale (AH), Ben Rowe (BR), Cara Lind (CL)', '', '1. Welcome', 'The Chair welcomed everyone.'];

describe('the title', () => {
  it('goes on with when the meeting was held, wrapped onto the next line', () => {
    const m = minutes(['Minutes of the BROOK BOARD held in the Corn Exchange, Ashford', 'at 10.00am on Monday 14th May 2012', '', ...ROSTER]);
    expect(m.title).toBe('Minutes of the BROOK BOARD held in the Corn Exchange, Ashford at 10.00am on Monday 14th May 2012');
    expect(m.date).toBe('2012-05-14');
    expect(m.start).toBe('10:00');
  });

  it('does not take in a dated line under a title that says nothing of where it was held', () => {
    expect(minutes(['Minutes of the Brook Board', 'on Monday 14th May 2012', '', ...ROSTER]).title).toBe('Minutes of the Brook Board');
  });

  it('goes on with the last word of its place, wrapped alone onto the next line of a centred title', () => {
    const m = minutes(['        Minute of Meeting held on Tuesday 9 March 2010 in The Blue', '                 Room', '', ...ROSTER]);
    expect(m.title).toBe('Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room');
    expect(m.venue).toBe('The Blue Room');
    expect(minutes(['Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room', 'Present', 'Ann Hale', '', '1. Welcome']).title).toBe('Minute of Meeting held on Tuesday 9 March 2010 in The Blue Room');
  });

  it('is not a document site\'s caption ending in its uploader\'s name, nor a file reference, when the minutes have a title of their own', () => {
    const page = ['brook crt minutes BROOK UNIVERSITY Court Minute by quietfox7', '', 'VIEWS: 12 PAGES: 4', '', '            brook.crt/crt/minutes/2010-03-03/1', '', 'BROOK UNIVERSITY', '', 'Court', '', 'Minute of Meeting held on Wednesday 3 March 2010 in the Hall', '', ...ROSTER];
    expect(minutes(page).title).toBe('Minute of Meeting held on Wednesday 3 March 2010 in the Hall');
    expect(minutes(['Brook Board Minutes May 12 by quietfox7', '', ...ROSTER]).title).toBe('Brook Board Minutes May 12 by quietfox7');
  });
});

describe('the body', () => {
  it('is read from a title that calls the record a minute, as Scottish minutes do', () => {
    expect(minutes(['Minute of the Meeting of the Brook Community Council held on 4 May 2010', '', ...ROSTER]).body).toBe('Brook Community Council');
    expect(minutes(['MINUTE OF MEETING OF THE BROOK LICENSING BOARD', 'Tuesday 4 May 2010', '', ...ROSTER]).body).toBe('BROOK LICENSING BOARD');
    expect(minutes(['Minute of the Brook Licensing Board', '4 May 2010', '', ...ROSTER]).title).toBe('Minute of the Brook Licensing Board');
  });
});
