import type { Action, AgendaItem, Paragraph, Position } from '@lsmp/model';
import { LineIndex } from '@lsmp/parser';
import { describe, expect, it } from 'vitest';
import { londonEnriched } from '../data/london-enriched.generated.js';
import { toItemServiceAreas } from './item-service-areas.js';
import { linkMinutes } from './link-minutes.js';
import type { Link } from './types.js';
import { references, vocabulary } from './vocabulary.js';

// Fictional minutes, and a hand-built model of them with positions into this text.
const source = `4. London Enriched progress report
4.1 Members discussed ESOL
funding and the Child Trafficking Toolkit.
4.2 The chair noted action 7.3.1 of the plan.
5. Any other business
5.1 The way forward is unclear; his view was noted.
5.2 The Refugee Integration and Employment Service closes; some clients risk being destitute.
`;
const index = new LineIndex(source);
const spanOf = (text: string): Position => {
  const start = source.indexOf(text);
  if (start === -1) throw new Error(`not in the source: ${text}`);
  return index.span(start, start + text.length);
};
const paragraph = (number: string, text: string, written: string | null = `${number} ${text}`): Paragraph => ({
  number,
  text,
  bullet: false,
  speaker: null,
  children: [],
  position: written === null ? undefined : spanOf(written),
});
const item = (number: string, title: string, paragraphs: Paragraph[]): AgendaItem => ({ id: `i${number}`, number, title, paragraphs, position: spanOf(`${number}. ${title}`) });
const action = (id: string, text: string, itemNumber: string | null): Action => ({
  id,
  number: null,
  text,
  owners: [],
  ownerRefs: [],
  origin: 'new',
  status: null,
  itemNumber,
  confidence: 1,
});

const minutes = {
  items: [
    item('4', 'London Enriched progress report', [
      paragraph('4.1', 'Members discussed ESOL funding and the Child Trafficking Toolkit.', '4.1 Members discussed ESOL\nfunding and the Child Trafficking Toolkit.'),
      paragraph('4.2', 'The chair noted action 7.3.1 of the plan.'),
    ]),
    item('5', 'Any other business', [
      paragraph('5.1', 'The way forward is unclear; his view was noted.'),
      paragraph('5.2', 'The Refugee Integration and Employment Service closes; some clients risk being destitute.'),
    ]),
  ],
  actions: [action('x1', 'Officers to report on housing for rough sleepers', '4'), action('x2', 'Circulate the note', null)],
};

const summary = (links: Link[]) => links.map((link) => `${link.kind}:${link.id}@${link.confidence}`);

describe('linkMinutes', () => {
  const result = linkMinutes(minutes, londonEnriched, { source });
  const [progress, other] = result.items;

  it('recognises the strategy by name in an item title', () => {
    const strategy = progress!.links.find((link) => link.kind === 'strategy')!;
    expect(strategy).toMatchObject({ id: 'london-enriched', name: 'London Enriched', confidence: 1 });
    expect(strategy.evidence[0]).toMatchObject({ text: 'London Enriched', field: 'title', position: spanOf('London Enriched') });
  });

  it('links vocabulary with the span of the words in the source, across a line break', () => {
    const [first] = progress!.paragraphs;
    expect(summary(first!.links)).toEqual([
      'service-area:english-language-learning@0.9',
      'service-area:children-and-young-people@0.9',
      'action:8.3.4@0.9',
    ]);
    const esol = first!.links[0]!.evidence[0]!;
    expect(esol).toMatchObject({ text: 'ESOL', rule: 'esol', start: 18, end: 22 });
    expect(esol.position?.start).toEqual({ line: 2, column: 23, offset: source.indexOf('ESOL') });
    const toolkit = first!.links[2]!.evidence[0]!;
    expect(source.slice(toolkit.position!.start.offset, toolkit.position!.end.offset)).toBe('Child Trafficking Toolkit');
    expect(toolkit.position?.start.line).toBe(3);
  });

  it('links a cited action number and its service area, but not a paragraph number', () => {
    expect(summary(progress!.paragraphs[1]!.links)).toEqual(['service-area:community-safety@0.9', 'action:7.3.1@0.9']);
    const alone = linkMinutes({ items: [item('4', 'London Enriched progress report', [paragraph('7.3.1', '7.3.1 Members met on 7.3.1 day.', '4.1 Members discussed ESOL')])], actions: [] }, londonEnriched);
    expect(alone.items[0]!.paragraphs[0]!.links).toEqual([]);
  });

  it('rolls paragraphs and the actions raised under an item up to the item', () => {
    expect(summary(progress!.links)).toEqual([
      'strategy:london-enriched@1',
      'service-area:housing@0.96',
      'service-area:english-language-learning@0.9',
      'service-area:children-and-young-people@0.9',
      'service-area:community-safety@0.9',
      'action:8.3.4@0.9',
      'action:7.3.1@0.9',
    ]);
    expect(progress!.actions.map((entry) => entry.id)).toEqual(['x1']);
    expect(result.actions.map((entry) => [entry.id, entry.links.length])).toEqual([
      ['x1', 1],
      ['x2', 0],
    ]);
  });

  it('gives each item its service areas in the shape the reports take', () => {
    expect(toItemServiceAreas(result)[1]).toEqual({
      itemNumber: '5',
      itemId: 'i5',
      serviceAreas: [{ id: 'employment-skills-and-enterprise', name: 'employment, skills and enterprise' }],
    });
  });

  it('names other strategies and programmes, and the longer name wins over the words inside it', () => {
    const closing = other!.paragraphs[1]!;
    expect(summary(closing.links)).toEqual([
      'reference:refugee-integration-and-employment-service@0.9',
      'service-area:employment-skills-and-enterprise@0.9',
    ]);
    expect(closing.links[1]!.evidence.map((evidence) => evidence.text)).toEqual(['Refugee Integration and Employment Service']);
  });

  it('does not take ordinary words for names or acronyms', () => {
    expect(other!.paragraphs[0]!.links).toEqual([]);
    const plain = linkMinutes(
      {
        items: [
          item('5', 'Any other business', [
            paragraph('5.1', "A national refugee integration strategy; the Criminal Record check; each school's plan; his risk.", null),
            paragraph('5.2', 'NHS Employers wrote; see <http://example.org/health/housing.html> or www.example.org/ESOL; the Minister for Skills spoke of ill-health and enforcement of the rules.', null),
          ]),
        ],
        actions: [],
      },
      londonEnriched,
    );
    expect(plain.items[0]!.links).toEqual([]);
  });

  it('leaves out links below the minimum confidence (0.5 unless told)', () => {
    // "destitute" alone is too weak a sign of housing to link by default.
    const closing = (minConfidence?: number) => summary(linkMinutes(minutes, londonEnriched, minConfidence === undefined ? {} : { minConfidence }).items[1]!.paragraphs[1]!.links);
    expect(closing()).not.toContain('service-area:housing@0.45');
    expect(closing(0.4)).toContain('service-area:housing@0.45');
    expect(closing(0.95)).toEqual([]);
  });

  it('maps evidence without the source only where a one-line node fills its span', () => {
    const bare = linkMinutes(minutes, londonEnriched);
    expect(bare.items[0]!.links[0]!.evidence[0]!.position).toBeUndefined();
    const filled = { ...item('4', 'London Enriched progress report', []) };
    filled.position = spanOf('London Enriched progress report');
    const mapped = linkMinutes({ items: [filled], actions: [] }, londonEnriched);
    expect(mapped.items[0]!.links[0]!.evidence[0]!.position).toEqual(spanOf('London Enriched'));
  });

  it('takes its vocabulary from data', () => {
    const custom = linkMinutes(minutes, londonEnriched, {
      vocabulary: [{ id: 'chair', terms: ['chair'], targets: [{ kind: 'service-area', id: 'health' }], confidence: 0.5 }],
    });
    expect(summary(custom.items[0]!.paragraphs[1]!.links)).toEqual(['service-area:community-safety@0.9', 'service-area:health@0.5', 'action:7.3.1@0.9']);
  });
});

describe('the vocabulary', () => {
  it('points only at targets the shipped catalogue and the reference list know', () => {
    const known = new Set([
      `strategy:${londonEnriched.strategy!.id}`,
      ...londonEnriched.serviceAreas.map((area) => `service-area:${area.id}`),
      ...londonEnriched.actions.map((entry) => `action:${entry.id}`),
      ...references.map((reference) => `reference:${reference.id}`),
    ]);
    for (const entry of vocabulary) for (const target of entry.targets) expect(known, entry.id).toContain(`${target.kind}:${target.id}`);
    expect(new Set(vocabulary.map((entry) => entry.id)).size).toBe(vocabulary.length);
  });
});
