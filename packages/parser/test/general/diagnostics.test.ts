// The diagnostics of issue 3: stable codes from one catalogue, each reported with a
// message, a severity and the span of the text it is about. Every text is fictional.
import type { Diagnostic } from '@lsmp/model';
import { describe, expect, it } from 'vitest';
import { diagnosticCatalogue, parseMinutes } from '../../src/index.js';

const TITLE = 'Minutes of the Larchford Allotment Society committee meeting held on 2 May 2023';
const ROSTER = ['', 'Present', 'Ada Finch (AF)', 'Bernard Oakes (BO)', 'Priya Venn (PV)', ''];

/** Parses the lines as one text and returns it with the diagnostics of one code. */
function diagnose(code: string, ...lines: string[]): { text: string; found: Diagnostic[] } {
  const text = lines.join('\n');
  return { text, found: parseMinutes(text).diagnostics.filter((d) => d.code === code) };
}

/** The text a diagnostic's span covers. */
function spanned(text: string, d: Diagnostic): string | null {
  return d.position ? text.slice(d.position.start.offset, d.position.end.offset) : null;
}

describe('the catalogue', () => {
  it('gives every code a phase number, a severity and a message template', () => {
    for (const [code, entry] of Object.entries(diagnosticCatalogue)) {
      expect(code).toMatch(/^LSMP[1-5]\d{3}$/);
      expect(['error', 'warning', 'info']).toContain(entry.severity);
      expect(entry.template.length).toBeGreaterThan(10);
    }
  });

  it('keeps the codes the issue names, with their meaning and severity', () => {
    const named = {
      LSMP2001: ['warning', /unrecognised roster line/i],
      LSMP2004: ['warning', /initials .* match nobody/i],
      LSMP4001: ['warning', /action has no owner/i],
      LSMP5002: ['info', /more than one date could be the meeting/i],
      LSMP3001: ['info', /numbering jumps/i],
      LSMP1004: ['info', /skipped text/i],
    } as const;
    for (const [code, [severity, meaning]] of Object.entries(named)) {
      const entry = diagnosticCatalogue[code as keyof typeof diagnosticCatalogue];
      expect(entry.severity, code).toBe(severity);
      expect(entry.template, code).toMatch(meaning);
    }
  });

  it('reports every diagnostic with a catalogue code, its severity, a message and the source package', () => {
    const text = [TITLE, ...ROSTER, 'Present: see attached sheet, Tom Reedbank, Jess Moor', '', '## 1. Water supply', 'Action: Fix the tap.', '', '## 3. Rents', 'None.'].join('\n');
    const { diagnostics } = parseMinutes(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      const entry = diagnosticCatalogue[d.code as keyof typeof diagnosticCatalogue];
      expect(entry, d.code).toBeDefined();
      expect(d.severity).toBe(entry.severity);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.message).not.toMatch(/\{(?:actual|expected)\}/);
      expect(d.source).toBe('@lsmp/parser');
    }
  });

  it('lets a caller replace the wording of a code', () => {
    const text = [TITLE, ...ROSTER, '1. Water supply', 'Action: Fix the tap.'].join('\n');
    const { diagnostics } = parseMinutes(text, { messages: { LSMP4001: (d) => `Niemand: ${d.actual}` } });
    expect(diagnostics.find((d) => d.code === 'LSMP4001')?.message).toBe('Niemand: Fix the tap.');
  });
});

describe('what each diagnostic points at', () => {
  it('reports an unrecognised roster line with the line it could not read', () => {
    const { text, found } = diagnose('LSMP2001', TITLE, '', 'Present: Ada Finch, Bernard Oakes, see attached sheet', '', '1. Water supply', 'None.');
    expect(found.map((d) => [d.severity, d.message, d.actual])).toEqual([
      ['warning', 'Unrecognised roster line "see attached sheet".', 'see attached sheet'],
    ]);
    expect(spanned(text, found[0]!)).toContain('see attached sheet');
    expect(found[0]!.position!.start.line).toBe(3);
  });

  it('reports initials that match nobody on the roster, at the initials', () => {
    const { text, found } = diagnose('LSMP2004', TITLE, ...ROSTER, '1. Water supply', '**AF** opened the item. **QZ** reported that the standpipe leaks.');
    expect(found.map((d) => [d.severity, d.message, d.actual])).toEqual([['warning', 'Initials "QZ" match nobody on the roster.', 'QZ']]);
    expect(spanned(text, found[0]!)).toBe('QZ');
  });

  it('reports an action with no owner, spanning the action', () => {
    const { text, found } = diagnose('LSMP4001', TITLE, ...ROSTER, '1. Water supply', 'The standpipe leaks.', 'Action: Send a thank-you letter to the volunteers.');
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['warning', 'Action has no owner: "Send a thank-you letter to the volunteers.".'],
    ]);
    expect(spanned(text, found[0]!)).toContain('Send a thank-you letter to the volunteers.');
  });

  it('keeps an action owner it cannot resolve as written, and says so', () => {
    const { text, found } = diagnose('LSMP4002', TITLE, ...ROSTER, '1. Water supply', 'Action: Zebedee to repaint the shed.');
    expect(found.map((d) => [d.severity, d.message, d.actual])).toEqual([
      ['info', 'Action owner "Zebedee" could not be resolved to a person or organisation.', 'Zebedee'],
    ]);
    expect(spanned(text, found[0]!)).toContain('Zebedee to repaint the shed.');
  });

  it('reports two dates that could be the meeting\'s, and which it chose', () => {
    const { text, found } = diagnose(
      'LSMP5002',
      'Minutes of the Larchford Allotment Society committee meeting held on 2 May 2023',
      '(rescheduled from 25 April 2023)',
      ...ROSTER,
      '1. Water supply',
      'None.',
    );
    expect(found.map((d) => [d.severity, d.message])).toEqual([
      ['info', "More than one date could be the meeting's: 2023-05-02, 2023-04-25; chose 2023-05-02."],
    ]);
    expect(spanned(text, found[0]!)).toContain('2 May 2023');
  });

  it('reports numbering that jumps, at the heading after the gap', () => {
    const { text, found } = diagnose('LSMP3001', TITLE, ...ROSTER, '## 1. Apologies', 'None.', '', '## 2. Water supply', 'None.', '', '## 4. Rents', 'None.');
    expect(found.map((d) => [d.severity, d.message])).toEqual([['info', 'Agenda numbering jumps from 3 to 4.']]);
    expect(spanned(text, found[0]!)).toBe('## 4. Rents');
  });

  it('reports an agenda number written twice', () => {
    const { text, found } = diagnose('LSMP3003', TITLE, ...ROSTER, '## 1. Apologies', 'None.', '', '## 2. Water supply', 'None.', '', '## 2. Rents', 'None.');
    expect(found.map((d) => [d.severity, d.message])).toEqual([['info', 'Agenda number 2 appears more than once.']]);
    expect(spanned(text, found[0]!)).toBe('## 2. Rents');
  });

  it('reports running text it skipped between the roster and the first item', () => {
    const skipped = 'The chair opened the meeting with a short tribute to a former member of the society.';
    const { text, found } = diagnose('LSMP1004', TITLE, ...ROSTER, '**Minutes**', '', skipped, '', '1. Water supply', 'None.');
    expect(found.map((d) => [d.severity, d.actual])).toEqual([['info', skipped]]);
    expect(spanned(text, found[0]!)).toBe(skipped);
  });

  it('reports skipped page furniture', () => {
    const { text, found } = diagnose('LSMP1002', TITLE, ...ROSTER, '1. Water supply', 'None.', '', 'Page 1 of 2', '', '2. Rents', 'None.');
    expect(found.map((d) => [d.severity, d.message])).toEqual([['info', 'Skipped repeated page furniture "Page 1 of 2".']]);
    expect(spanned(text, found[0]!)).toBe('Page 1 of 2');
  });

  it('gives every diagnostic a span inside the text', () => {
    const text = ['Record of decision', '', 'Decision: To award the repairs contract.', '', 'Reasons: best value.'].join('\n');
    const { diagnostics } = parseMinutes(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) {
      expect(d.position, d.code).toBeDefined();
      expect(d.position!.end.offset).toBeLessThanOrEqual(text.length);
    }
  });
});
