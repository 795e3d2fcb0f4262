// The inputs the linear-time test doubles: shapes a converter produces by accident
// or an attacker by design. Names are fictional.
import type { GrowthCase } from './growth.js';

const INITIALS = ['MO', 'TP', 'GE', 'KD', 'NV', 'JB', 'PA', 'RB'];
const SENTENCE = 'The board noted the report – MO to contact the Harbour Trust (GLA) by 5 March 2024, 10am-12pm; see <http://example.org/a> and appendix 1. ';
const MEGABYTE = 1_000_000;
const GIVEN_NAMES = ['Amira', 'Bola', 'Ciaran', 'Dana', 'Eitan', 'Farah', 'Gus', 'Hana'];
const SURNAMES = ['Okafor', 'Price', 'Quinn', 'Rahman', 'Stone', 'Tanaka', 'Udeh', 'Voss'];

/** 50-level numbering: "1 Paragraph", "1.1 Paragraph", ... fifty levels deep. */
function numberingBlock(): string {
  return Array.from({ length: 50 }, (_, depth) => `${Array(depth + 1).fill('1').join('.')} Paragraph at depth ${depth + 1}`).join('\n');
}

/** Cases that must grow linearly. */
export const growthCases: GrowthCase[] = [
  { name: '1 MB on one line: minutes prose', units: Math.round(MEGABYTE / SENTENCE.length), make: (n) => SENTENCE.repeat(n) },
  { name: '1 MB on one line: a date in every sentence', units: Math.round(MEGABYTE / 29), make: (n) => 'MO reported on 5 March 2024. '.repeat(n) },
  { name: '1 MB on one line: two words and spaces', units: MEGABYTE, make: (n) => `Venue ${' '.repeat(n)} Hall` },
  { name: '1 MB on one line: tabs', units: MEGABYTE, make: (n) => `MO\t${'\t'.repeat(n)}x` },
  // Attack strings recheck found for two tag patterns, repeated on one line.
  { name: '1 MB on one line: unclosed table tags "<TD<"', units: MEGABYTE / 4, make: (n) => `MO ${'<TD<'.repeat(n)} x` },
  { name: '1 MB on one line: unclosed autolinks "<http:l"', units: Math.round(MEGABYTE / 7), make: (n) => `MO ${'<http:l'.repeat(n)} x` },
  // A web page saved as HTML: each tag is read as a mark, asking whether anything stands before it on the line.
  { name: '1 MB on one line: a web paragraph of bold tags', units: Math.round(MEGABYTE / 9), make: (n) => `<p>Minutes</p>\n${'<b>x</b> '.repeat(n)}</p>` },
  { name: '100,000 tab-only lines (doubled to 200,000)', units: 200_000, make: (n) => '\t\n'.repeat(n) },
  {
    name: '10,000 "Action N:" lines',
    units: 10_000,
    make: (n) => Array.from({ length: n }, (_, i) => `Action ${i + 1}: ${INITIALS[i % 8]} to contact the Harbour Trust`).join('\n'),
  },
  { name: '50-level numbering (1.1.1...), repeated', units: 160, make: (n) => Array(n).fill(numberingBlock()).join('\n') },
  {
    name: '1 MB of initials, sixteen to a line',
    units: MEGABYTE / 3,
    make: (n) => Array.from({ length: n }, (_, i) => `${INITIALS[i % 8]}${i % 16 === 15 ? '\n' : ' '}`).join(''),
  },
  {
    // A roster table exported one cell to a line: initials, name, organisation.
    name: '20,000 roster rows stacked one cell to a line',
    units: 20_000,
    make: (n) => {
      const rows = Array.from({ length: n }, (_, i) => {
        const given = GIVEN_NAMES[i % 8]!;
        const surname = SURNAMES[(i >> 3) % 8]!;
        return `${given[0]}${surname[0]}\n${given} ${surname}\nHarbour Trust`;
      });
      return `Minutes of the Board\n\nPresent:\n${rows.join('\n')}\n\n1. Welcome`;
    },
  },
  {
    // Every owner is looked up among the roster's organisations: as many people as actions.
    name: '5,000 attendees with organisations and 5,000 actions',
    units: 5_000,
    make: (n) => {
      const people = Array.from({ length: n }, (_, i) => `${GIVEN_NAMES[i % 8]} ${SURNAMES[(i >> 3) % 8]} (Harbour Trust ${i})`);
      const actions = Array.from({ length: n }, (_, i) => `Action ${i + 1}: HTQ, PRQ and XWZ to review the berths`);
      return `Minutes of the Board\n\nPresent: ${people.join(', ')}\n\n1. Actions\n${actions.join('\n')}`;
    },
  },
  {
    // An action log in which no action repeats another: each is checked against those kept before it.
    name: '8,000 distinct actions under 1,000 items',
    units: 1_000,
    make: (n) => {
      let serial = 0;
      const word = () => (serial++).toString(26).replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!);
      const items = Array.from({ length: n }, (_, i) => {
        const actions = Array.from({ length: 8 }, () => `Action: AL to ${word()} the ${word()} ${word()} ${word()} ${word()}`);
        return `${i + 1}. Item ${i + 1}\n${actions.join('\n')}`;
      });
      return `Minutes of the Board\n\nPresent: Ann Lee (AL)\n\n${items.join('\n')}`;
    },
  },
  {
    // Matters arising listing like actions under one item: none repeats another, as they share the item.
    name: '16,000 like actions under one item',
    units: 16_000,
    make: (n) => `Minutes\n\n1. Matters arising\n${Array.from({ length: n }, (_, i) => `Outstanding action from March meeting: AL to review the berths ${i}. Ongoing.`).join('\n')}`,
  },
  { name: '1 MB of initials on one line', units: MEGABYTE / 3, make: (n) => Array.from({ length: n }, (_, i) => INITIALS[i % 8]).join(' ') },
];
