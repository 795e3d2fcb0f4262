import { describe, expect, it } from 'vitest';
import { splitRemark } from './remarks.js';

const speaker = { raw: 'RB', attendeeId: 'a1', name: 'Ria Bell' };

describe('splitRemark', () => {
  it('puts the name in place of leading initials, keeping them', () => {
    expect(splitRemark({ speaker, text: 'RB reported that…' })).toEqual({ speaker: 'Ria Bell (RB)', leading: true, text: ' reported that…' });
    expect(splitRemark({ speaker, text: 'RB – asked whether…' })).toEqual({ speaker: 'Ria Bell (RB)', leading: true, text: ' – asked whether…' });
  });

  it('labels the remark when the text does not begin with the initials', () => {
    expect(splitRemark({ speaker, text: 'RBe said' })).toEqual({ speaker: 'Ria Bell (RB)', leading: false, text: 'RBe said' });
    expect(splitRemark({ speaker, text: 'The Chair said' })).toMatchObject({ leading: false, text: 'The Chair said' });
  });

  it('keeps unresolved initials and unattributed text as written', () => {
    expect(splitRemark({ speaker: { raw: 'ST', attendeeId: null, name: null }, text: 'ST noted' })).toEqual({ speaker: 'ST', leading: true, text: ' noted' });
    expect(splitRemark({ speaker: null, text: 'Members agreed.' })).toEqual({ speaker: null, leading: false, text: 'Members agreed.' });
  });
});
