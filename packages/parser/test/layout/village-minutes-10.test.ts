// Town board and community council minutes (session 10): rosters written as sentences with capitalised and
// plural posts, numbered lists inside markdown topics. Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const who = (lines: string[]) => minutes(lines).attendees.map((a) => [a.name, a.attendance, a.role, a.chair]);
const titles = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('rosters written as sentences, posts in capitals', () => {
  it('gives a plural post to every name up to the next post, a singular one to its own name only', () => {
    const lines = [
      '# Town of Elmdale', 'Monthly Meeting', 'May 6, 2019', '', '## CALL TO ORDER',
      'Al Dunn called the meeting to order at 6:30 pm. Board members present were Supervisors Al Dunn, Jo Reed, Town Clerks Kim Bay and Lee Moss and Treasurer Sam Cole.',
      '', '## ROADS', 'The grader was repaired.', '', '## CLOSING', 'Adjourned at 7:10 pm.',
    ];
    expect(who(lines)).toEqual([
      ['Al Dunn', 'present', 'Supervisor', true],
      ['Jo Reed', 'present', 'Supervisor', false],
      ['Kim Bay', 'present', 'Town Clerk', false],
      ['Lee Moss', 'present', 'Town Clerk', false],
      ['Sam Cole', 'present', 'Treasurer', false],
    ]);
  });

  it('ends a plural post\'s names at the one joined by "and"', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Al Dunn called the meeting to order. In attendance: Supervisors Al Dunn, Jo Reed, Treasurers Kim Bay and Lee Moss, Sam Cole, Pat Ray',
      '', '## ROADS', 'Fine.', '', '## CLOSING', 'Adjourned.',
    ];
    expect(who(lines).map(([name, , role]) => [name, role])).toEqual([
      ['Al Dunn', 'Supervisor'],
      ['Jo Reed', 'Supervisor'],
      ['Kim Bay', 'Treasurer'],
      ['Lee Moss', 'Treasurer'],
      ['Sam Cole', null],
      ['Pat Ray', null],
    ]);
  });

  it('reads "those in attendance are" after a dash, and a singular post that leaves the next name without one', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Supervisor Al Dunn called the meeting to order at 6:30 pm -- those in attendance are Supervisors Al Dunn and Jo Reed, Clerk Kim Bay and Pat Ray.',
      '', '## ROADS', 'The grader was repaired.', '', '## CLOSING', 'Adjourned at 7:10 pm.',
    ];
    expect(who(lines)).toEqual([
      ['Al Dunn', 'present', 'Supervisor', true],
      ['Jo Reed', 'present', 'Supervisor', false],
      ['Kim Bay', 'present', 'Clerk', false],
      ['Pat Ray', 'present', null, false],
    ]);
  });

  it('reads an "In attendance:" label after the sentence that opens the meeting as those present', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Al Dunn called the meeting to order. In attendance: Supervisors Al Dunn and Jo Reed, Weed Inspector Kim Bay and Fire Chief Lee Moss',
      '', '## ROADS', 'The grader was repaired.', '', '## CLOSING', 'Adjourned at 7:10 pm.',
    ];
    expect(who(lines)).toEqual([
      ['Al Dunn', 'present', 'Supervisor', true],
      ['Jo Reed', 'present', 'Supervisor', false],
      ['Kim Bay', 'present', 'Weed Inspector', false],
      ['Lee Moss', 'present', 'Fire Chief', false],
    ]);
  });
});

describe('rosters written as sentences, wrapped or with guests', () => {
  it('reads a roster sentence wrapped onto lines that go on in lower case, and guests named in a sentence of their own', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Al Dunn called the meeting to order at 6:30 pm.  Board members', 'present were supervisors Al Dunn and Jo Reed, clerk Kim Bay', 'and guests Sam Cole and Pat Ray.',
      '', '## ROADS', 'The grader was repaired.', '', '## CLOSING', 'Adjourned at 7:10 pm.',
    ];
    expect(who(lines)).toEqual([
      ['Al Dunn', 'present', 'supervisor', true],
      ['Jo Reed', 'present', 'supervisor', false],
      ['Kim Bay', 'present', 'clerk', false],
      ['Sam Cole', 'in-attendance', null, false],
      ['Pat Ray', 'in-attendance', null, false],
    ]);
    const guests = ['# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER', 'Board members present were supervisors Al Dunn and Jo Reed.  Guests were Sam Cole and Pat Ray.', '', '## ROADS', 'Fine.', '', '## CLOSING', 'Adjourned.'];
    expect(who(guests).map(([name, attendance]) => [name, attendance])).toEqual([
      ['Al Dunn', 'present'],
      ['Jo Reed', 'present'],
      ['Sam Cole', 'in-attendance'],
      ['Pat Ray', 'in-attendance'],
    ]);
  });
});

describe('a roster sentence after a date that ends the sentence before it', () => {
  it('reads the roster after the full stop of a sentence ending in a year, or after a comma', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Chair Al Dunn called the meeting to order at 6:30 pm on May 6, 2019.  Board members present were supervisors Al Dunn and Jo Reed.',
      '', '## ROADS', 'Fine.', '', '## CLOSING', 'Adjourned.',
    ];
    expect(who(lines)).toEqual([
      ['Al Dunn', 'present', 'supervisor', true],
      ['Jo Reed', 'present', 'supervisor', false],
    ]);
    const comma = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER',
      'Chair Al Dunn called the meeting to order at 6:30 pm by telephone,  Board members present were supervisors Al Dunn and Jo Reed.',
      '', '## ROADS', 'Fine.', '', '## CLOSING', 'Adjourned.',
    ];
    expect(who(comma)).toEqual([
      ['Al Dunn', 'present', 'supervisor', true],
      ['Jo Reed', 'present', 'supervisor', false],
    ]);
  });
});

describe('a roster sentence hard-wrapped at the page width', () => {
  it('joins long lines without a stop at their end, though the next goes on with a capital', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER', 'Al called the meeting to order at 6:30 pm.',
      'Attending the meeting were Supervisors Al Dunn, Jo Reed, Sam', 'Cole, Treasurer Kim Bay, Clerk Lee Moss and Pat Ray',
      '', '## ROADS', 'Fine.', '', '## CLOSING', 'Adjourned.',
    ];
    expect(who(lines).map(([name, , role]) => [name, role])).toEqual([
      ['Al Dunn', 'Supervisor'],
      ['Jo Reed', 'Supervisor'],
      ['Sam Cole', 'Supervisor'],
      ['Kim Bay', 'Treasurer'],
      ['Lee Moss', 'Clerk'],
      ['Pat Ray', null],
    ]);
  });
});

describe('numbered lists inside markdown topics', () => {
  it('keeps the headings as the items where the numbers restart under several of them', () => {
    const lines = [
      '# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER', 'Al Dunn called the meeting to order at 6:30 pm. Board members present were supervisors Al Dunn and Jo Reed.', '',
      '## CLERK REPORT', '1.  Kim filed the year-end report.', '2.  The notary fee is $120.', '3.  Quarterly reports are due in April.', '',
      '## CORRESPONDENCE', 'Letters received:', '', '1.  County board of adjustment notice', '2.  Road grant circular', '3.  Fire relief association notice', '4.  School district election letter', '',
      '## NEW BUSINESS', '1.  Buy a vacuum for the hall.', '2.  Resume meetings at the hall in May.', '',
      '## ADJOURNMENT', 'Adjourned at 7:32 pm.',
    ];
    expect(titles(lines)).toEqual([
      [null, 'CALL TO ORDER'],
      [null, 'CLERK REPORT'],
      [null, 'CORRESPONDENCE'],
      [null, 'NEW BUSINESS'],
      [null, 'ADJOURNMENT'],
    ]);
  });
});

describe('duties given out at the end of a town board meeting', () => {
  const HEAD = ['# Town of Elmdale', 'May 6, 2019', '', '## CALL TO ORDER', 'Al Dunn called the meeting to order at 6:30 pm. Board members present were supervisors Al Dunn and Jo Reed, treasurer Kim Bay, and clerk Lee Moss.', '', '## ROADS', 'The grader was repaired.', ''];
  const actions = (lines: string[]) => minutes(lines).actions.map((a) => [a.text, a.owners]);

  it('reads one duty per clause that names its owners first, a clause without them going on with the one before', () => {
    const lines = [...HEAD, '## REVIEW OF DUTIES', 'Al and Jo - grade the lane, Kim get the grant form to the county, Lee to order, collect and file the new ballots. Jo will ring the plumber.', '', '## CLOSING', 'Adjourned at 7:10 pm.'];
    expect(actions(lines)).toEqual([
      ['grade the lane', ['Al', 'Jo']],
      ['get the grant form to the county', ['Kim']],
      ['Lee to order, collect and file the new ballots.', ['Lee']],
      ['Jo will ring the plumber.', ['Jo']],
    ]);
    expect(minutes(lines).items.map((i) => i.title)).toContain('REVIEW OF DUTIES');
  });

  it('reads a task written after a dash or a colon though it opens with a capital, and owners joined by "&"', () => {
    const lines = [...HEAD, '## JOB DUTIES', 'Al - Acme Electric, Jo & Kim - Mailing, Lee: Ballot judges for August', '', '## CLOSING', 'Adjourned at 7:10 pm.'];
    expect(actions(lines)).toEqual([
      ['Acme Electric', ['Al']],
      ['Mailing', ['Jo', 'Kim']],
      ['Ballot judges for August', ['Lee']],
    ]);
  });

  it('reads the last clause of a list of duties after ", and"', () => {
    const lines = [...HEAD, '## REVIEW OF DUTIES', 'Al draft a letter, Jo get the road work done, and Kim set up an interview.', '', '## CLOSING', 'Adjourned at 7:10 pm.'];
    expect(actions(lines)).toEqual([
      ['draft a letter', ['Al']],
      ['get the road work done', ['Jo']],
      ['set up an interview.', ['Kim']],
    ]);
  });

  it('leaves out a sentence of the duties that names no owner first', () => {
    const lines = [...HEAD, '## REVIEW OF JOB DUTIES', 'Jo will ring the plumber.', 'The only calendar update is the next meeting on June 3.', '', '## CLOSING', 'Adjourned at 7:10 pm.'];
    expect(actions(lines)).toEqual([['Jo will ring the plumber.', ['Jo']]]);
  });

  it('gives the bullets under a line of names to those names, also where no blank line parts them', () => {
    const lines = [...HEAD, '## MONTHLY DUTIES', 'Al Dunn', '-   Call the sign maker', 'Kim Bay/Lee Moss', '-   Contract with the new plowing crew', '-   Budget summary', '', '## CLOSING', 'Adjourned at 7:10 pm.'];
    expect(actions(lines)).toEqual([
      ['Call the sign maker', ['Al Dunn']],
      ['Contract with the new plowing crew', ['Kim Bay', 'Lee Moss']],
      ['Budget summary', ['Kim Bay', 'Lee Moss']],
    ]);
  });
});

describe('a community council page written in HTML', () => {
  it('reads a heading opened right after its list entry ("<li><h4>") as a heading, not a bullet', () => {
    const lines = [
      '<div class="minutes">', '<p>Elmbrook Community Council met at 7.30pm on the 4th May 2021.</p>',
      '<h4>PRESENT</h4>', '<p>Councillors Ann Lowe, Tom Finch and Rita Moss.</p>',
      '<ol class="matters">', '\t<li>', '\t\t<h4>WELCOME AND APOLOGIES</h4>', '\t\t<p>Cllr. A. Lowe took the Chair.</p>', '\t</li>',
      '\t<li><h4>DECLARATIONS OF INTEREST</h4>', '\t<p>None.</p>', '\t</li>',
      '\t<li><h4>PLANNING</h4>', '\t<p>No objections.</p>', '\t</li>', '</ol>', '</div>',
    ];
    expect(minutes(lines).items.map((i) => i.title)).toEqual(['WELCOME AND APOLOGIES', 'DECLARATIONS OF INTEREST', 'PLANNING']);
  });

  it('numbers the headings that open the entries of the outer numbered list, as the page shows them', () => {
    const lines = [
      '<div class="minutes">', '<p>Elmbrook Community Council met at 7.30pm on the 4th May 2021.</p>',
      '<h4>PRESENT</h4>', '<p>Councillors Ann Lowe, Tom Finch and Rita Moss.</p>',
      '<ol class="matters">', '\t<li>', '\t\t<h4>WELCOME AND APOLOGIES</h4>', '\t\t<p>Cllr. A. Lowe took the Chair.</p>', '\t</li>',
      '\t<li><h4>ACCOUNTS FOR PAYMENT</h4>', '\t<ol class="roman">', '\t\t<li>Hall rent £50.00</li>', '\t\t<li>Clerk’s salary £450.00</li>', '\t</ol>', '\t</li>',
      '\t<li><h4>PLANNING</h4>', '\t<p>No objections.</p>', '\t</li>', '</ol>', '</div>',
    ];
    expect(titles(lines)).toEqual([
      ['1', 'WELCOME AND APOLOGIES'],
      ['2', 'ACCOUNTS FOR PAYMENT'],
      ['3', 'PLANNING'],
    ]);
  });
});
