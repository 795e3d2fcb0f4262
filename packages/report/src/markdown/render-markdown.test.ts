import { describe, expect, it } from 'vitest';
import { harbourLinks, harbourMinutes } from '../../test/fixtures/harbourside.js';
import { renderMarkdown } from './render-markdown.js';

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(harbourMinutes, { serviceAreas: harbourLinks, sourceHref: 'minutes.txt' });

  it('shows initials as the person with the initials kept', () => {
    expect(markdown).toContain('**3.1** **Rosa Wexford (RW)** reported that ESOL waiting lists');
  });

  it('groups attendance by list, in report order, with notes', () => {
    const headings = [...markdown.matchAll(/^### (Present|Apologies|In attendance|Secretariat|Speakers) \((\d+)\)$/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual(['Present 5', 'Apologies 1', 'In attendance 1', 'Secretariat 1', 'Speakers 1']);
    expect(markdown).toContain('| Nadia Okonjo | NO | | Deputy Mayor for Communities | Chair |');
    expect(markdown).toContain('| for Una Marr; part of the meeting |');
  });

  it('escapes source text that would read as Markdown or HTML', () => {
    expect(markdown).toContain('\\<script>alert("x")\\</script>');
    expect(markdown).toContain('\\*since\\*');
    expect(markdown).toContain('- \\# of learners');
    expect(markdown).toContain('"=Equal Voices" \\| Residents\' Forum');
  });

  it('links paragraphs and actions to their source lines', () => {
    expect(markdown).toContain('([lines 54–56](minutes.txt#L54-L56))');
    expect(markdown).toContain('| 2 | Harbourside Council to map evening classes ([line 60](minutes.txt#L60)) |');
  });

  it('shows the service areas of linked items only', () => {
    expect(markdown.match(/\*\*Service areas:\*\*/g)).toHaveLength(2);
    expect(markdown).toContain('### 3. English language & skills\n\n**Service areas:** English language learning');
  });

  it('shows owners as names and organisations, and the next meeting with its move', () => {
    expect(markdown).toContain('| Piet Fenwick (PF), Harbourside Council; Harbourside Council |');
    expect(markdown).toContain('- **Moved from:** 2 June 2025');
  });

  it('links only to web and mail addresses', () => {
    expect(markdown).toContain('## References\n\n- <https://example.org/esol-map>\n- the provider list\n- Appendix <1>\n');
    expect(markdown).not.toContain('javascript:');
  });

  it('leaves out what the minutes do not have', () => {
    const bare = renderMarkdown({ ...harbourMinutes, recommendations: [], references: [], title: null, body: null, attendees: [], items: [], actions: [], decisions: [], nextMeeting: null, diagnostics: [], date: null, start: null, end: null, venue: null, status: null });
    expect(bare).toBe('# Minutes\n');
  });
});
