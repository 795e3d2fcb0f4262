// Village newsletters' reprints of parish council and liaison committee minutes, kept as a WordPress export's
// markdown (session 24). Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const minutes = (lines: string[]) => parseLines(lines).minutes;
const items = (lines: string[]) => minutes(lines).items.map((i) => [i.number, i.title]);

describe('a Word table saved as HTML in the post, the heading in bold before the record in the same cell', () => {
  const cell = (n: string, text: string) => `<tr><td valign="top" width="57"><b>${n}.</b></td><td valign="top" width="567">${text}</td><td width="48">&nbsp;</td></tr>`;
  const lines = [
    '# MINUTES OF ASHCOMBE PARISH COUNCIL MEETING',
    '',
    '**HELD AT THE CHAPEL**',
    '',
    '**MONDAY MARCH 3RD 2014**',
    '',
    'Present– Cllr Ada Quill - Chairman, Cllr Tom Reed, Cllr Rhea Vane.',
    '',
    `<table width="671" border="1"><tbody>${[
      cell('1', '<b><span style="text-decoration: underline;">No apologies</span></b><b><span style="text-decoration: underline;"> for Absence</span></b>&nbsp;'),
      cell('2', '<b><span style="text-decoration: underline;">Matters Arising</span></b>&nbsp;<ul><li><span>Bus shelter</span></li></ul>The roof of the shelter has been mended.<div></div>&nbsp;'),
      cell('3', '<b><span style="text-decoration: underline;">Correspondence</span></b>3.1 A letter from the county about verges.<div></div>3.2 A note on road works.'),
      cell('4', '<b><span style="text-decoration: underline;">Siting of a bench on the green</span></b>It was agreed a bench would be placed by the pond.<div></div>&nbsp;'),
    ].join('')}</tbody></table>`,
  ];

  it('ends each title where its bold run ends, the record run on after it', () => {
    expect(items(lines)).toEqual([
      ['1', 'No apologies for Absence'],
      ['2', 'Matters Arising'],
      ['3', 'Correspondence'],
      ['4', 'Siting of a bench on the green'],
    ]);
  });

  it('still reads a cell with no bold heading whole', () => {
    const plain = [...lines.slice(0, 8), `<table><tbody>${cell('1', 'Apologies were received from Cllr Vane.')}${cell('2', 'The minutes were agreed.')}</tbody></table>`];
    expect(items(plain).map(([n]) => n)).toEqual(['1', '2']);
    expect(items(plain)[0]![1]).toMatch(/^Apologies were received from Cllr Vane/);
  });
});

describe('minutes numbered count/year with a plain numbered list inside an item', () => {
  const lines = [
    '**BRAYFORD PARISH COUNCIL**',
    '',
    '**Extraordinary Parish Council Meeting**',
    '',
    '**9 May 2016 at 6.30 pm**',
    '',
    '**1/16     Apologies**',
    '',
    'Apologies were received from Cllr Hale.',
    '',
    '**2/16     Matters Arising**',
    '',
    '1. **Footpath:** the stile has been mended.',
    '2. **Pond:** the boards have been removed.',
    '',
    '3. **Hedges:** the clerk wrote to the owner.',
    '4. **Audit:** the audit is booked.',
    '',
    '**3/16     Finance**',
    '',
    'The accounts were approved.',
  ];

  it('reads "3." and "4." under minute 2/16 as points of its list, not as the minutes after it', () => {
    expect(items(lines)).toEqual([
      ['1/16', 'Apologies'],
      ['2/16', 'Matters Arising'],
      ['3/16', 'Finance'],
    ]);
  });
});

describe('a minute number and title in bold, a note or the record after the bold', () => {
  it('ends a count/year minute\'s title at its bold, before a bracketed note', () => {
    const lines = [
      '**BRAYFORD PARISH COUNCIL**',
      '',
      '**Extraordinary Parish Council Meeting**',
      '',
      '**9 May 2016 at 6.30 pm**',
      '',
      '**1/16     Apologies**',
      '',
      'Apologies were received from Cllr Hale.',
      '',
      '**2/16     Correspondence Received** (For information only, not otherwise on agenda)',
      '',
      '1. Letter from the county.',
      '',
      '**3/16     Review of the Local Plan (LPR).  Consultation by the District**.',
      '',
      'The council noted the document.',
    ];
    expect(items(lines)).toEqual([
      ['1/16', 'Apologies'],
      ['2/16', 'Correspondence Received'],
      ['3/16', 'Review of the Local Plan (LPR). Consultation by the District'],
    ]);
  });

  it('ends a plain numbered title at its bold when a wide gap follows the number', () => {
    const lines = [
      '**VILLAGE LIAISON MINUTES**',
      '',
      '**Wednesday 23rd April 2014**',
      '',
      '**1.  Apologies**      Mr. Abe Hale.',
      '',
      '**2.**   **Borough Council** Mrs. Quill gave an update on the air monitor.',
      '',
      '**3.   Noise**  No Complaints',
      '',
      '**4.  Odour**  No complaints',
    ];
    expect(items(lines)).toEqual([
      ['1', 'Apologies'],
      ['2', 'Borough Council'],
      ['3', 'Noise'],
      ['4', 'Odour'],
    ]);
  });
});
