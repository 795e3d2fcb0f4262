// "Loader configuration https://example.org/loaders/issues/98", "Retire the mirror <https://example.org/tools/issues/7>":
// a code host's agenda bullet that names its issue by the address, where others write "#98". The address is the
// issue's, not words of the title.
const WEB_ADDRESS = /^<?https?:\/\/[^\s<>]+>?$/i;
// The address of one issue, pull request or discussion: it closes a title as "#98" does.
const ISSUE_ADDRESS = /\/(?:issues|pull|pulls|discussions)\/\d+\/?>?$/;

/** The last word of `title` when it is a web address after other words, else null. */
function trailingAddress(title: string): { head: string; address: string } | null {
  const trimmed = title.trimEnd();
  const cut = trimmed.lastIndexOf(' ');
  if (cut < 0) return null;
  const address = trimmed.slice(cut + 1);
  return WEB_ADDRESS.test(address) ? { head: trimmed.slice(0, cut).trimEnd(), address } : null;
}

/** The title without a closing web address, where two words at least stay ("Review https://..." keeps what it reviews). */
export function withoutTrailingAddress(title: string): string {
  const found = trailingAddress(title);
  return found?.head.includes(' ') ? found.head : title;
}

/**
 * Whether the title closes with the address of one issue or pull request (after words of its own);
 * "GitHub Issue: https://..." is a link's label, the meeting's own issue, not a topic.
 */
export function endsWithIssueAddress(title: string): boolean {
  const found = trailingAddress(title);
  return found !== null && found.head !== '' && !found.head.endsWith(':') && ISSUE_ADDRESS.test(found.address);
}
