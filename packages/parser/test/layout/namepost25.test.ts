// Rosters flattened into one run of words without commas, each person a bare name followed by a post or a body
// (a two-column Name | Post table whose cells ran together; session 25). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const people = (lines: string[]) => minutes(lines).attendees.map((a) => [a.attendance, a.name, a.role ?? a.organisation, a.chair]);

describe('a Name | Post table run into one line', () => {
  it('reads each bare name with the post after it, the chair by their post', () => {
    const lines = [
      'MEETING OF THE BOARD OF GOVERNORS',
      '',
      'Present: Hugo Marsh Chairman Petra Quill Trustee Dennis Orrell Trustee Wanda Fenwick Treasurer',
      '',
      '1. Welcome',
      '',
      'The Chairman welcomed everyone.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Hugo Marsh', null, true],
      ['present', 'Petra Quill', 'Trustee', false],
      ['present', 'Dennis Orrell', 'Trustee', false],
      ['present', 'Wanda Fenwick', 'Treasurer', false],
    ]);
  });

  it('reads posts of many words and bodies, and a bracket after a name or a post', () => {
    const lines = [
      'Minutes of the Parent Forum meeting',
      '',
      'Present: Moira Kinnell Chair Ruth Abernethy Year Group Representative P3 Gavin Tully Parental Involvement Group Ewan Lisle (Councillor) Local Council Representative Nora Dalby Head of Strategy and Planning (Item 4 only)',
      '',
      '1. Welcome',
      '',
      'The Chair opened the meeting.',
    ];
    expect(people(lines)).toEqual([
      ['present', 'Moira Kinnell', null, true],
      ['present', 'Ruth Abernethy', 'Year Group Representative P3', false],
      ['present', 'Gavin Tully', 'Parental Involvement Group', false],
      ['present', 'Ewan Lisle', 'Local Council Representative', false],
      ['present', 'Nora Dalby', 'Head of Strategy and Planning', false],
    ]);
  });

  it('reads the same run after a list label written without a colon', () => {
    const lines = [
      'MEETING OF THE BOARD OF GOVERNORS',
      '',
      'Present: Hugo Marsh Chairman Petra Quill Trustee',
      '',
      'In attendance Colm Ritter Chief Executive Sadie Brook Property Director Ivo Lamb Assistant Company Secretary',
      '',
      '1. Welcome',
      '',
      'The Chairman welcomed everyone.',
    ];
    expect(people(lines).slice(2)).toEqual([
      ['in-attendance', 'Colm Ritter', 'Chief Executive', false],
      ['in-attendance', 'Sadie Brook', 'Property Director', false],
      ['in-attendance', 'Ivo Lamb', 'Assistant Company Secretary', false],
    ]);
  });

  it('reads the posts of a run after a list of names alone as that run\'s, not as the names\' posts column', () => {
    const lines = [
      'MEETING OF THE BOARD OF GOVERNORS',
      '',
      'Present: Hugo Marsh Chairman Petra Quill Trustee',
      '',
      'Apologies: Amos Keld Bryony Vale Cyril Tarn Dora Finch',
      '',
      'In attendance Colm Ritter Chief Executive Sadie Brook Property Director Ivo Lamb Operations Director Nell Pryor Finance Director Oren Slate General Counsel Tessa Mold Head of Enterprise',
      '',
      '1. Welcome',
      '',
      'The Chairman welcomed everyone.',
    ];
    expect(people(lines).slice(2)).toEqual([
      ['apologies', 'Amos Keld', null, false],
      ['apologies', 'Bryony Vale', null, false],
      ['apologies', 'Cyril Tarn', null, false],
      ['apologies', 'Dora Finch', null, false],
      ['in-attendance', 'Colm Ritter', 'Chief Executive', false],
      ['in-attendance', 'Sadie Brook', 'Property Director', false],
      ['in-attendance', 'Ivo Lamb', 'Operations Director', false],
      ['in-attendance', 'Nell Pryor', 'Finance Director', false],
      ['in-attendance', 'Oren Slate', 'General Counsel', false],
      ['in-attendance', 'Tessa Mold', 'Head of Enterprise', false],
    ]);
  });

  it('still leaves a run whose posts open with the name\'s initials, or hold a figure alone, to the other readings', () => {
    const lines = ['Minutes', '', 'Apologies Gil Fane Note Taker Rae Holt Topic Review Meeting 1 Presenter 1', '', '1. Welcome', '', 'Noted.'];
    expect(people(lines).some((p) => p[1] === 'Rae Holt' && p[2] === 'Topic Review Meeting 1 Presenter 1')).toBe(false);
  });

  it('still invents no name from a post word where a word of the run is neither a name nor a post', () => {
    const lines = [
      'Minutes of the Parent Forum meeting',
      '',
      'Present: Moira Kinnell Chair Ruth Abernethy Grandmother Gavin Tully Treasurer',
      '',
      '1. Welcome',
      '',
      'The Chair opened the meeting.',
    ];
    const names = minutes(lines).attendees.map((a) => a.name);
    expect(names.some((n) => /Chair|Treasurer|Grandmother/.test(n))).toBe(false);
  });
});
