// Parish and community councils' unnumbered topics between numbered items: a run-in caption, a caption closed by a year (session 23).
// Every text is fictional.
import { describe, expect, it } from 'vitest';
import { parseLines } from './build.js';

const items = (lines: string[]) => parseLines(lines).minutes.items.map((i) => [i.number, i.title]);

describe('a parish council runs a topic into its paragraph between numbered items', () => {
  const lines = [
    'Minutes of Brackenhurst Parish Council Meeting',
    '',
    'Held on Tuesday 14 March 2017 at 7.30pm in the Village Hall',
    '',
    'Present: Cllr R Dunmore (Chairman), Cllr Mrs P Hollis, Cllr T Varga',
    '',
    '1. Minutes of the last Meeting: Cllr Hollis proposed acceptance, seconded by Cllr Varga.',
    '',
    'Police Report: The Chairman welcomed PC Ormsby who reported that four calls had been received in the month, mostly about parking near the school.',
    '',
    '2. Matters Arising',
    '',
    'a) Bus shelter - the glass has now been replaced.',
    '',
    'Salting Routes 2017/18:',
    '',
    'It was agreed to ask Highways again for Mill Lane to be added to the salting schedule before the winter.',
    '',
    '3. Planning',
    '',
    'No applications had been received.',
  ];

  it('reads "Police Report: The Chairman welcomed ..." as an unnumbered topic', () => {
    expect(items(lines)).toContainEqual([null, 'Police Report']);
  });

  it('reads "Salting Routes 2017/18:" alone on its line as an unnumbered topic', () => {
    expect(items(lines)).toEqual([
      ['1', 'Minutes of the last Meeting'],
      [null, 'Police Report'],
      ['2', 'Matters Arising'],
      [null, 'Salting Routes 2017/18'],
      ['3', 'Planning'],
    ]);
  });
});

describe('labelled paragraphs that make a list inside an item', () => {
  it('still leaves labelled points of an item in it ("Loose Paving: JT to ..." beside "Gate Hinges: ...")', () => {
    const lines = [
      'Minutes of the Annual General Meeting of Elmcroft Court Residents Ltd',
      '',
      'Present: A Prior, J Tull, M Okafor',
      '',
      '1. Accounts',
      '',
      'The accounts were approved.',
      '',
      '2. Any Other Business',
      '',
      'Gate Hinges: JT to ask the contractor for a quote to replace the hinges on the side gate.',
      '',
      'Loose Paving: MO to obtain sand and slabs so that residents can relay the paving themselves.',
      '',
      'Bin Store Lighting: AP to report the broken lamp in the bin store to the managing agents this week.',
    ];
    expect(items(lines)).toEqual([
      ['1', 'Accounts'],
      ['2', 'Any Other Business'],
    ]);
  });

  it('still leaves a roll label run into its names out of the topics', () => {
    const lines = [
      'Minutes of Ferncombe Community Council',
      '',
      '1. Welcome',
      '',
      'The Chair welcomed everyone to the meeting.',
      '',
      'Apologies for Absence: Apologies were received from Cllr Ives, Mrs Dunn and Mr Pell who were all away.',
      '',
      '2. Minutes',
      '',
      'The minutes were approved.',
    ];
    expect(items(lines).map(([, title]) => title)).not.toContain('Apologies for Absence');
  });
});
