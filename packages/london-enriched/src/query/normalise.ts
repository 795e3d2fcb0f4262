/** Lower case, curly quotes straightened, runs of space and punctuation folded to one space. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** True when `phrase` occurs in `text` as whole words, ignoring case and punctuation. */
export function containsPhrase(text: string, phrase: string): boolean {
  const needle = normalise(phrase);
  return needle !== '' && ` ${normalise(text)} `.includes(` ${needle} `);
}
