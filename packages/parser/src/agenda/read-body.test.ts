import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../parse-minutes.js';

const roster = 'Minutes of the Riverside Board\n\nPresent:\nAnna Quist (AQ), Chair\nFrank Moss (FM)\nIvy Jones (IJ)\nBen Tull (BT)\n\n';

describe('action labels and the action column', () => {
  it('takes the owners a bracket opens with, and not the topic after them', () => {
    const { minutes } = parseMinutes(`${roster}1. Matters arising\n\nAction 1 (FM, ward figures) – the figures were circulated.\n\nAction 2 (FM, IJ) – done.\n\nAction 3 (ward figures, FM) – done.\n`);
    expect(minutes.actions.map((a) => a.owners)).toEqual([['FM'], ['FM', 'IJ'], []]);
  });

  it('reads "Action N from the X meeting (owner, topic) – progress" as progress on an earlier action', () => {
    const { minutes } = parseMinutes(`${roster}1. Housing\n\nAction 1 from the January meeting (BT, move-on figures) – BT presented the figures.\n`);
    expect(minutes.actions[0]).toMatchObject({ text: 'move-on figures', status: 'BT presented the figures.', origin: 'matters-arising' });
  });

  it('joins a column line wrapped onto its own block, and rejoins the paragraph around it', () => {
    const text = `${roster}1. Safety\n\nIJ said that residents fear reporting. She asked for\n\nFM to share hate crime\n\nfigures by ward\n\na clear statement on information sharing.\n`;
    const { minutes } = parseMinutes(text);
    expect(minutes.actions.map((a) => a.text)).toEqual(['FM to share hate crime figures by ward']);
    expect(minutes.items[0]!.paragraphs.map((p) => p.text)).toEqual(['IJ said that residents fear reporting. She asked for a clear statement on information sharing.']);
  });
});
