// Remarks attributed to a speaker: by initials on the roster, by initials that
// match nobody, and labels that are not speakers.
import { describe, expect, it } from 'vitest';
import { codes, parseLines, wordHeader } from './build.js';

const roster = ['**Present**', '', 'MO\tMaria Okafor\tNorthbridge Council', 'TP\tTomasz Pawlak\tHarbour Trust', ''];

const firstParagraph = (...body: string[]) => {
  const result = parseLines([...wordHeader(), ...roster, '### **1. Harbour walk**', '', ...body]);
  return { result, paragraph: result.minutes.items[0]!.paragraphs[0]! };
};

describe('speakers', () => {
  it('resolves initials followed by a dash to the roster person', () => {
    const { paragraph } = firstParagraph('TP – reported on the walk.');
    expect(paragraph.speaker).toEqual({ raw: 'TP', attendeeId: 'a2', name: 'Tomasz Pawlak' });
  });

  // Gap: initials that match nobody on the roster are kept as the speaker, but no
  // LSMP2004 diagnostic says so.
  it('reports initials that match nobody on the roster (LSMP2004)', () => {
    const { paragraph, result } = firstParagraph('**ZQ** reported on the walk.');
    expect(paragraph.speaker).toEqual({ raw: 'ZQ', attendeeId: null, name: null });
    expect(codes(result)).toContain('LSMP2004');
  });

  // Gap: "NOTE:" is read as a speaker.
  it('does not take a label ("NOTE:") for a speaker', () => {
    const { paragraph } = firstParagraph('**NOTE: The walk has been moved to June.**');
    expect(paragraph.speaker).toBeNull();
  });
});
