// Header lines of session 15. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const body = (lines: string[]) => parseLines(lines).minutes.body;
const rest = ['', 'Present: Ann Hale (Chair), Tom Reed, Ida Mole', '', '1. Welcome', '', 'All welcomed.', '', '2. Finance', '', 'Accounts approved.'];

describe('the body named by the opening sentence', () => {
  it('reads the body that met, was called to order or convened, where no title names it', () => {
    expect(body(['Special Meeting', 'October 17, 2018', 'The Harwood Valley School Board met in special session October 17, 2018 in the library.', ...rest])).toBe(
      'Harwood Valley School Board',
    );
    expect(body(['Board Meeting Minutes', '', 'The Kentish Board of Examiners of Practical Nurses met in Conference Room 102 on August 18, 2010.', ...rest])).toBe(
      'Kentish Board of Examiners of Practical Nurses',
    );
    expect(body(['MINUTES', 'August 10, 2023', 'I. Call to Order The Elmton Housing Authority Board of Commissioners Regular Session was called to order at 5pm.', ...rest])).toBe(
      'Elmton Housing Authority Board of Commissioners',
    );
    expect(body(['MINUTES', 'June 4, 2009', 'The City Council of the City of Elmton met in regular session at 7 p.m.', ...rest])).toBe('City Council of the City of Elmton');
  });

  it('reads none from a bullet reporting another body, nor from a sentence far into a flattened page', () => {
    expect(body(['Highlights of the September Minutes', '', '- Events Committee: The Special Events Committee met before the board meeting.', ...rest])).toBeNull();
    expect(body([`SUMMARY OF MEETING 02/11/08 CALL TO ORDER The chair called the meeting to order at 3:20 P.M. ${'Members discussed the budget at length. '.repeat(12)}Members heard that the Board of Regents met last week.`, ...rest])).toBeNull();
  });
});

describe('a board paper\'s reference code before the title', () => {
  it('is no part of the title, and the body is read from the title after it', () => {
    const read = parseLines(['17/663R MINUTES OF THE MEETING OF HARBOUR COUNCIL HELD AT 3.00PM ON MONDAY 9 JULY 2018', ...rest]).minutes;
    expect(read.title).toBe('MINUTES OF THE MEETING OF HARBOUR COUNCIL HELD AT 3.00PM ON MONDAY 9 JULY 2018');
    expect(read.body).toBe('HARBOUR COUNCIL');
    expect(parseLines(['HB15/072 – June Part I MINUTES OF HARBOUR BOARD', ...rest]).minutes.body).toBe('HARBOUR BOARD');
  });

  it('leaves a title that opens with a body and a date as written', () => {
    expect(parseLines(['Cabinet 21st October 2009 Minutes of the meeting held on 23rd September 2009', ...rest]).minutes.body).toBe('Cabinet');
  });
});

describe('a body that is only the kind of sitting', () => {
  it('gives none for words that say which sitting, or a sitting\'s word run into the next', () => {
    expect(body(['ORGANIZATIONAL MEETING', 'January 14, 2008', ...rest])).toBeNull();
    expect(body(['Minutes of Preceeding Meetings', 'January 7, 2008', ...rest])).toBeNull();
    expect(body(['Regular MeetingREGULAR Minutes', 'January 16, 2007', ...rest])).toBeNull();
  });

  it('drops the sitting after a name, and keeps names written in capitals inside a word', () => {
    expect(body(['Minutes of the Board of Commissioners Regular Session', 'January 26, 2023', ...rest])).toBe('Board of Commissioners');
    expect(body(['OpenHarbour TSC Meeting', 'January 26, 2023', ...rest])).toBe('OpenHarbour TSC');
  });
});

describe('a place that goes on after its line\'s comma', () => {
  const venue = (lines: string[]) => parseLines([...lines, '', 'PRESENT', '', 'Councillors Au, Batik, Campbell', '', '1. Apologies', '', 'None.']).minutes.venue;

  it('takes in the building, street or town on the next line, up to the line that says when', () => {
    expect(venue(['ELMTON COUNCIL', '', 'MINUTES OF THE', 'ORDINARY MEETING OF COUNCIL', 'HELD IN THE COUNCIL CHAMBER,', 'CIVIC PLACE, 1 ELM STREET, ELMTON', 'ON WEDNESDAY, MARCH 5, 2008'])).toBe(
      'THE COUNCIL CHAMBER, CIVIC PLACE, 1 ELM STREET, ELMTON',
    );
  });

  it('takes it in after a title wrapped over two lines as well', () => {
    expect(venue(['MINUTES OF THE BOARD MEETING', 'HELD ON WEDNESDAY 25 FEBRUARY 2015, IN THE KOWHAI ROOM,', 'ADMINISTRATION BUILDING, MCLEOD STREET, HASTINGS', 'AT 1.06 PM'])).toBe(
      'THE KOWHAI ROOM, ADMINISTRATION BUILDING, MCLEOD STREET, HASTINGS',
    );
  });

  it('stops at a line that says when', () => {
    expect(venue(['ELMTON COUNCIL', '', 'MINUTES OF THE', 'ORDINARY MEETING OF COUNCIL', 'HELD IN THE COUNCIL CHAMBER,', 'ON WEDNESDAY, MARCH 5, 2008'])).toBe('THE COUNCIL CHAMBER');
  });
});
