// Actions as minutes label them, and text that looks like an action but is not (issue 3).
// Every text is fictional; the expected values are what a careful reader records:
// the text after the label, owners as written, owner tags in brackets left out of the text.
import { describe, expect, it } from 'vitest';
import { actions, parse } from './support.js';

const HEADER = [
  'Minutes of the Larchford Allotment Society committee meeting held on 2 May 2023',
  '',
  'Present',
  'Ada Finch (AF)',
  'Bernard Oakes (BO)',
  'Priya Venn (PV)',
  'Tom Reedbank (TR)',
  '',
  'In attendance',
  'Sam Wicket, Clerk',
  '',
  '1. Apologies for absence',
  'None.',
  '',
];

/** Parses a small minutes text whose second item is `lines`. */
function withItem(...lines: string[]) {
  return parse(...HEADER, '2. Water supply', ...lines, '', '3. Any other business', 'None.');
}

describe('action labels', () => {
  it('reads "Action:" and keeps an owner who is the subject in the text', () => {
    const { minutes } = withItem('The standpipe on plot 12 leaks.', 'Action: BO to arrange a plumber.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'BO to arrange a plumber.', owners: ['BO'] }]);
    expect(minutes.actions[0]!.itemNumber).toBe('2');
    expect(minutes.actions[0]!.ownerRefs).toEqual([{ raw: 'BO', kind: 'person', attendeeId: 'a2', name: 'Bernard Oakes' }]);
  });

  it('reads "Action N:" with its number', () => {
    const { minutes } = withItem('Action 1: PV to circulate the revised rents.', 'Action 2: TR to renew the insurance.');
    expect(actions(minutes)).toEqual([
      { number: '1', text: 'PV to circulate the revised rents.', owners: ['PV'] },
      { number: '2', text: 'TR to renew the insurance.', owners: ['TR'] },
    ]);
  });

  it('reads "ACTION:" in capitals', () => {
    const { minutes } = withItem('The meter reading is due.', 'ACTION: TR to read the meter by Friday.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'TR to read the meter by Friday.', owners: ['TR'] }]);
  });

  it('reads "Action Item for Name:" with the name as the owner', () => {
    const { minutes } = withItem('The spring show needs a venue.', 'Action Item for Priya: Book the hall for the spring show.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'Book the hall for the spring show.', owners: ['Priya'] }]);
    expect(minutes.actions[0]!.ownerRefs[0]).toMatchObject({ kind: 'person', name: 'Priya Venn' });
  });

  it('reads a bold label "**Action 3:**"', () => {
    const { minutes } = withItem('**Action 3:** AF to ask the council for a second skip.');
    expect(actions(minutes)).toEqual([{ number: '3', text: 'AF to ask the council for a second skip.', owners: ['AF'] }]);
  });

  it('reads an action with no owner, with owners empty', () => {
    const { minutes } = withItem('Action: Send a thank-you letter to the volunteers.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'Send a thank-you letter to the volunteers.', owners: [] }]);
  });
});

describe('"Action: OWNER" tags', () => {
  it('reads a tag at the end of a paragraph, with the sentence that states the task as the text', () => {
    const { minutes } = withItem('The fence by the gate is broken. The Clerk will get three quotes for its repair. Action: Clerk');
    expect(actions(minutes)).toEqual([{ number: null, text: 'The Clerk will get three quotes for its repair.', owners: ['Clerk'] }]);
  });

  it('reads a tag in the middle of a paragraph and leaves the sentences after it alone', () => {
    const { minutes } = withItem(
      'Members agreed the hedge on the north boundary should be cut before the nesting season. Action: BO. The secretary reported that the water bill had risen by a tenth.',
    );
    expect(actions(minutes)).toEqual([
      { number: null, text: 'Members agreed the hedge on the north boundary should be cut before the nesting season.', owners: ['BO'] },
    ]);
  });

  it('splits "Clerk/Councillors" into two owners', () => {
    const { minutes } = withItem('The noticeboard needs new glass and a lock. Action: Clerk/Councillors');
    expect(actions(minutes)).toEqual([{ number: null, text: 'The noticeboard needs new glass and a lock.', owners: ['Clerk', 'Councillors'] }]);
  });

  it('reads several owners in one tag', () => {
    const { minutes } = withItem('A rota for watering the communal beds is needed. Action: AF/PV', '', 'The compost bays need turning. Action: Finch; Oakes');
    expect(actions(minutes)).toEqual([
      { number: null, text: 'A rota for watering the communal beds is needed.', owners: ['AF', 'PV'] },
      { number: null, text: 'The compost bays need turning.', owners: ['Finch', 'Oakes'] },
    ]);
  });
});

describe('how sure the rule was', () => {
  it('marks an action read from an end-of-sentence tag as less sure than a labelled one', () => {
    const { minutes } = withItem('Action 1: BO to arrange a plumber.', '', 'The fence by the gate is broken. The Clerk will get three quotes. Action: Clerk');
    const [labelled, tagged] = minutes.actions;
    expect(actions(minutes).map((a) => a.owners)).toEqual([['BO'], ['Clerk']]);
    expect(tagged!.confidence).toBeLessThan(labelled!.confidence);
    expect(tagged!.confidence).toBeGreaterThan(0);
    expect(labelled!.confidence).toBeLessThanOrEqual(1);
  });

  it('ends a labelled action at its line when the next line carries its own tag', () => {
    const { minutes } = withItem('Action 1: BO to arrange a plumber.', 'The fence by the gate is broken. The Clerk will get three quotes. Action: Clerk');
    expect(actions(minutes)).toEqual([
      { number: '1', text: 'BO to arrange a plumber.', owners: ['BO'] },
      { number: null, text: 'The Clerk will get three quotes.', owners: ['Clerk'] },
    ]);
  });
});

describe('owners in brackets', () => {
  it('takes a bracketed owner tag out of the text', () => {
    const { minutes } = withItem('Action: Order new padlocks for the main gate (TR).', 'Action: Write to the water company about the bill (AF/BO)');
    expect(actions(minutes)).toEqual([
      { number: null, text: 'Order new padlocks for the main gate', owners: ['TR'] },
      { number: null, text: 'Write to the water company about the bill', owners: ['AF', 'BO'] },
    ]);
  });

  it('reads an owner in brackets after the label, "Action (BO):"', () => {
    const { minutes } = withItem('Action (BO): check the meter before the next bill.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'check the meter before the next bill.', owners: ['BO'] }]);
  });

  it('keeps brackets that are not owners in the text', () => {
    const { minutes } = withItem('Action: PV to price a new trough (the old one is cracked).');
    expect(actions(minutes)).toEqual([{ number: null, text: 'PV to price a new trough (the old one is cracked).', owners: ['PV'] }]);
  });
});

describe('text that looks like an action but is not', () => {
  it('does not read "Action on trees" as an action', () => {
    const { minutes } = parse(
      ...HEADER,
      '2. Action on Trees',
      'Action on trees: the working group planted forty saplings along the lane.',
      '',
      '3. Any other business',
      'None.',
    );
    expect(actions(minutes)).toEqual([]);
  });

  it('does not read topic leads in brackets "(AF/BO)" as owners of an action', () => {
    const { minutes } = withItem('- Meter replacement (AF/BO): the new meter is fitted and working.', '- Leak on plot 12 (TR): repaired last week.');
    expect(actions(minutes)).toEqual([]);
  });

  it('keeps a topic lead in a heading in its title and reads no action from it', () => {
    const { minutes } = parse(...HEADER, '2. Water supply (BO/TR)', 'The new meter is fitted.', '', '3. Any other business', 'None.');
    expect(minutes.items[1]!.title).toBe('Water supply (BO/TR)');
    expect(actions(minutes)).toEqual([]);
  });

  it('does not read unlabelled commitments or the word "action" in a sentence as actions', () => {
    const { minutes } = withItem(
      'The Clerk will write to the highways team about the verge.',
      'No further action was needed on the parking complaint.',
      'Members agreed that action was overdue on the broken gate.',
    );
    expect(actions(minutes)).toEqual([]);
  });
});

describe('owners written as two capitals', () => {
  it('reads initials of nobody on a roster that gives initials as unknown, and an organisation\'s initials as the organisation', () => {
    const { minutes } = parse(
      'Minutes of the Larchford Allotment Society committee meeting held on 2 May 2023',
      '',
      'Present',
      'Ada Finch (AF)',
      'Bernard Oakes (BO), Wealden Water',
      '',
      '1. Water supply',
      'Action: KL to read the meters.',
      'Action: WW to fix the standpipe.',
    );
    expect(minutes.actions.map((a) => a.ownerRefs.map((o) => [o.raw, o.kind, o.name]))).toEqual([
      [['KL', 'unknown', null]],
      [['WW', 'organisation', 'Wealden Water']],
    ]);
  });
});

describe('action labels in brackets', () => {
  it('reads "[Action: OWNER] text" in a numbered list as an action of that owner', () => {
    const { minutes } = withItem('The plan was reviewed.', '1. [Action: BO] To update the planting plan', '2. Members agreed the plan.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'To update the planting plan', owners: ['BO'] }]);
  });
});

describe('an action label before the task it names', () => {
  it('reads "Action: OWNER to do ..." mid-paragraph as the owner\'s action, not the sentence before it', () => {
    const { minutes } = withItem('The notice board is broken. Action: BO to ask for quotes. Members thanked BO.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'BO to ask for quotes.', owners: ['BO'] }]);
  });
});

describe('markdown tables', () => {
  it('reads an action table whose header and rows a markdown rule separates', () => {
    const { minutes } = withItem('| Action | Owner | Deadline |', '| --- | --- | --- |', '| Mend the gate | BO | April |', '| Order padlocks | TR | May |');
    expect(actions(minutes)).toEqual([
      { number: null, text: 'Mend the gate', owners: ['BO'] },
      { number: null, text: 'Order padlocks', owners: ['TR'] },
    ]);
  });
});

describe('tags in capitals', () => {
  it('reads "ACTION: OWNER to ..." mid-paragraph like "Action:"', () => {
    const { minutes } = withItem('The accounts were presented. ACTION: TR to publish the accounts on the website.');
    expect(actions(minutes)).toEqual([{ number: null, text: 'TR to publish the accounts on the website.', owners: ['TR'] }]);
  });
});

describe('tables without outer pipes', () => {
  it('reads "Who | What | When" rows as an action table', () => {
    const { minutes } = withItem('The flu clinics were discussed.', '', 'Who | What | When', 'BO | Put up posters in the hall | 10 October', 'TR | Ask about extra chairs | Next meeting');
    expect(actions(minutes)).toEqual([
      { number: null, text: 'Put up posters in the hall', owners: ['BO'] },
      { number: null, text: 'Ask about extra chairs', owners: ['TR'] },
    ]);
  });
});

describe('owners named by handle', () => {
  it('resolves "@handle" to the one attendee whose name it spells', () => {
    const { minutes } = parse('# Release working group, 14 March 2023', '', '## Attendees', '', '- Ana Ruiz (@anaruiz) - Larchford Labs', '- Ben Ode (@bode)', '', '## Release schedule', '', '* **Action:** @anaruiz to update the release calendar.', '* Action item: @bode to open an issue.');
    expect(minutes.actions.map((a) => a.ownerRefs.map((o) => [o.raw, o.kind, o.name]))).toEqual([
      [['@anaruiz', 'person', 'Ana Ruiz']],
      [['@bode', 'person', 'Ben Ode']],
    ]);
  });
});

describe('action tables under a caption', () => {
  it('reads the table under "ACTION POINTS", taking an "Item" column for no action number', () => {
    const { minutes } = withItem('The plan was agreed.', '', 'ACTION POINTS', 'Item | Action | Responsible | Deadline', '2 | Share the plan | BO | July', '2 | Leaflet the estate | TR | August');
    expect(actions(minutes)).toEqual([
      { number: null, text: 'Share the plan', owners: ['BO'] },
      { number: null, text: 'Leaflet the estate', owners: ['TR'] },
    ]);
  });
});

describe('matters arising written as a label, a bracket and a status', () => {
  it('reads "Action 3 from last meeting (BO to circulate the map): completed." as the bracketed action and its status', () => {
    const { minutes } = withItem('Action 3 from last meeting (BO to circulate the map): completed.');
    expect(minutes.actions.map((a) => [a.number, a.text, a.owners, a.status])).toEqual([['3', 'BO to circulate the map', ['BO'], 'completed.']]);
  });
});
