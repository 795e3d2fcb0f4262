// The patterns rewritten for linear time (issue 8) against the ones they replaced, on
// random strings built from the pieces each pattern reads: same matches, same groups.
import { describe, expect, it } from 'vitest';
import { unwrapLinks } from '../../src/text/clean.js';
import { hasLineBreakFrom, lazyHead, restOfLine } from '../../src/text/lazy-head.js';
import { looksLikePersonName, withoutPostNominals } from '../../src/text/names.js';
import { movedToEnd } from '../../src/meeting/next-meeting.js';
import { splitLabel } from '../../src/roster/headings.js';
import { findRepresenting } from '../../src/roster/representing.js';

function randomStrings(alphabet: readonly string[], count: number, seed = 11, maxPieces = 14): string[] {
  // mulberry32: the low bits of a plain LCG repeat too often for `% n` on small n.
  let state = seed;
  const random = (n: number) => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: random(maxPieces) }, () => alphabet[random(alphabet.length)]).join(''));
}

const SPACES = [' ', ' ', '  ', '\t', '\n', '\u2028'];
/** White space of one line (titles): no line breaks. */
const LINE_SPACES = [' ', ' ', '  ', '\t', '\u00a0'];

/** What `exec` found, comparable across two patterns: where, and every group from `from` on (0: the whole match). */
const found = (m: RegExpExecArray | null, from: number) => (m ? { index: m.index, groups: [...m].slice(from) } : null);

/** Runs `compare` on random strings; `matched` says whether the old pattern matched, so that the strings are known to exercise it. */
function onRandomStrings(alphabet: readonly string[], compare: (s: string) => boolean, count = 20000): void {
  let matches = 0;
  for (const s of randomStrings(alphabet, count)) if (compare(s)) matches++;
  expect(matches).toBeGreaterThan(count / 500);
  expect(matches).toBeLessThan(count);
}

function sameExec(old: RegExp, rewritten: RegExp, alphabet: readonly string[], count = 20000, from = 0): void {
  onRandomStrings(alphabet, (s) => {
    old.lastIndex = 0;
    rewritten.lastIndex = 0;
    const m = old.exec(s);
    expect(found(rewritten.exec(s), from), JSON.stringify(s)).toEqual(found(m, from));
    return m !== null;
  }, count);
}

function sameReplace(old: RegExp, rewritten: RegExp, alphabet: readonly string[], count = 20000): void {
  onRandomStrings(alphabet, (s) => {
    const replaced = s.replace(old, '<$&>');
    expect(s.replace(rewritten, '<$&>'), JSON.stringify(s)).toBe(replaced);
    return replaced !== s;
  }, count);
}

function sameTest(old: RegExp, rewritten: RegExp, alphabet: readonly string[], count = 20000): void {
  onRandomStrings(alphabet, (s) => {
    const m = old.test(s);
    expect(rewritten.test(s), JSON.stringify(s)).toBe(m);
    return m;
  }, count);
}

describe('roster descriptions', () => {
  it('part of the meeting', () => {
    sameReplace(
      /,?\s*(?:present\s+)?for part of the meeting|\s*\(part\)|,?\s*part meeting/i,
      /(?:,|(?<![,\s]))\s*(?:present\s+)?for part of the meeting|(?<!\s)\s*\(part\)|(?:,|(?<![,\s]))\s*part meeting/i,
      [...SPACES, ',', 'present', 'for part of the meeting', '(part)', '(PART)', 'part meeting', 'x', '('],
    );
  });

  it('the chair mark', () => {
    sameExec(
      /\s*\(\s*(?:the\s+)?(chair|chairman|chairwoman|chairperson|chairing)\s*\)|,?\s*(?:chairing the meeting|in the chair|\(chair\))/i,
      /(?<!\s)\s*\(\s*(?:the\s+)?(chair|chairman|chairwoman|chairperson|chairing)\s*\)|(?:,|(?<![,\s]))\s*(?:chairing the meeting|in the chair|\(chair\))/i,
      [...SPACES, ',', '(', ')', 'the ', 'chair', 'Chairman', 'chairing', ' the meeting', 'in the chair', '(chair)', 'x'],
    );
  });

  it('a substitute', () => {
    sameExec(
      /^(.*?)[\s,]*\(?\b(?:for|representing|substituting for|deputising for|on behalf of)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\)?$/u,
      /^((?:.*?[^\s,])??)[\s,]*\(?\b(?:for|representing|substituting for|deputising for|on behalf of)\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]+)\)?$/u,
      [...SPACES, ',', '(', ')', 'for', ' for ', 'representing', 'on behalf of', 'Jane', ' Jane Roe', 'Roe', 'x', 'A', '.', "'"],
    );
  });

  it('a representative', () => {
    const old = /,?\s*\(?(?:attending\s+)?as\s+(?:the\s+)?(?:representative\s+(?:of|for)\s+(.+?)|(.+?)['’]s?\s+representative)\)?$/i;
    const alphabet = [...SPACES, ',', '(', ')', 'attending', 'as', ' as ', 'AS', 'the', 'representative', ' representative of ', 'of', 'for', "'", '’s', "'s representative", 'x', 'Acme'];
    onRandomStrings(alphabet, (s) => {
      const m = old.exec(s);
      expect(findRepresenting(s), JSON.stringify(s)).toEqual(m ? { index: m.index, of: m[1], possessor: m[2] } : null);
      return m !== null;
    }, 40000);
  });

  it('an acronym', () => {
    const old = /^(?:[\p{Lu}&]{2,}s?|[\p{Lu}][\p{Lu}\p{Ll}&]*[\p{Lu}]{2,}[\p{Ll}]?)(?:\s*\([^)]*\))?$/u;
    const rewritten = /^(?:[\p{Lu}&]{2,}s?|\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu}{2}\p{Ll}?)(?:\s*\([^)]*\))?$/u;
    sameTest(old, rewritten, ['A', 'B', 'a', 's', '&', '(', ')', ' ', 'x']);
  });

  it('shadowing', () => {
    sameExec(/^shadowing\s+(.+)$/i, /^shadowing\s+(\S.*|[^\S\n\r\u2028\u2029])$/i, [...SPACES, 'shadowing', 'x', 'Jane']);
  });
});

const NAME_PIECES = ['Jane', 'Roe', 'x', 'a', 'A'];

describe('names, entries and roster lists', () => {
  it('post-nominal letters', () => {
    const old = /(?:,?\s+(?:OBE|MBE|CBE|KBE|DBE|CB|AM|MP|MEP|MSP|QC|KC|JP|DL|QPM|PhD|FRS))+\s*$/;
    onRandomStrings([...SPACES, ',', ', ', 'OBE', 'CB', 'CBE', 'PhD', 'MEP', ...NAME_PIECES], (s) => {
      expect(withoutPostNominals(s), JSON.stringify(s)).toBe(s.replace(old, ''));
      return old.test(s);
    });
  });

  it('"was present"', () => {
    const old = /^(.+?)\s+(?:was|were)\s+(?:also\s+)?(?:present|in attendance|attending)\b(.*)$/i;
    const finder = /(?<=^[^\n\r\u2028\u2029]|\S)\s+(?:was|were)\s+(?:also\s+)?(?:present|in attendance|attending)\b/gi;
    onRandomStrings([...SPACES, 'was', 'WERE', 'also', 'present', 'in attendance', 'attending', 'ly', ...NAME_PIECES], (s) => {
      const m = old.exec(s);
      const head = lazyHead(s, finder, { accept: (t) => !hasLineBreakFrom(s, t.index + t[0].length) });
      expect(head && [head.head, s.slice(head.tail.index + head.tail[0].length)], JSON.stringify(s)).toEqual(m && [m[1], m[2]]);
      return m !== null;
    });
  });

  it('a title before the name', () => {
    sameExec(
      /^(Clerk|Secretary|Treasurer|Minute[- ]taker|Vice[- ]Chair(?:man)?|Chair(?:man|woman|person)?)\s+(.+)$/,
      /^(Clerk|Secretary|Treasurer|Minute[- ]taker|Vice[- ]Chair(?:man)?|Chair(?:man|woman|person)?)\s+(\S.*|[^\S\n\r\u2028\u2029])$/,
      [...SPACES, 'Clerk', 'Chair', 'man', 'Vice-Chair', ...NAME_PIECES],
    );
  });

  it('a bracket after the name', () => {
    sameExec(
      /^([^()]+?)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(.*)$/,
      /^([^()]*[^()\s]|[^()])\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(\S.*|)$/,
      [...SPACES, '(', ')', '(', ')', ',', ...NAME_PIECES],
    );
  });

  it('a comma after the name', () => {
    sameExec(/^([^,]+?),\s*(.+)$/, /^([^,]+),\s*(\S.*|[^\S\n\r\u2028\u2029])$/, [...SPACES, ',', ',', ...NAME_PIECES]);
  });

  it('a dash after the name', () => {
    const old = /^(.+?)\s+[-–—]\s+(.+)$/;
    onRandomStrings([...SPACES, '-', '–', '—', ...NAME_PIECES], (s) => {
      const m = old.exec(s);
      let rest: string | null = null;
      const head = lazyHead(s, /(?<=^[^\n\r\u2028\u2029]|\S)\s+[-–—](?=\s)/g, { accept: (t) => (rest = restOfLine(s, t.index + t[0].length, 1)) !== null });
      expect(head && [head.head, rest], JSON.stringify(s)).toEqual(m && [m[1], m[2]]);
      return m !== null;
    });
  });

  it('"and" between two people', () => {
    const old = /^(.+?)\s+(?:and|&)\s+(.+)$/;
    onRandomStrings([...SPACES, 'and', 'And', '&', 'band', ...NAME_PIECES], (s) => {
      const m = old.exec(s);
      let rest: string | null = null;
      const head = lazyHead(s, /(?<=^[^\n\r\u2028\u2029]|\S)\s+(?:and|&)(?=\s)/g, { accept: (t) => (rest = restOfLine(s, t.index + t[0].length, 1)) !== null });
      expect(head && [head.head, rest], JSON.stringify(s)).toEqual(m && [m[1], m[2]]);
      return m !== null;
    });
  });

  it('a roster heading and what follows it', () => {
    const old = /^([^:\t]{2,60}?)\s*(?::|[-–]\s|\t|$)\s*(.*)$/s;
    onRandomStrings([...SPACES, '\t', ':', '-', '–', ' - ', 'Present', 'x', 'ab', 'a'.repeat(25)], (s) => {
      const m = old.exec(s);
      expect(splitLabel(s), JSON.stringify(s)).toEqual(m && [m[1], m[2]]);
      return m !== null;
    });
  });
});

describe('actions', () => {
  it('the action label', () => {
    sameExec(
      /^(outstanding\s+)?actions?(?:\s+(?:point|item|no\.?))?(?:\s+(\d+[a-z]?(?:\.\d+)*))?(?:\s+(?:for|from)\s+([^:]{1,60}?)|\s*\(([^()]{1,40})\))?\s*(?::|\s[-–]\s)\s*/i,
      /^(outstanding\s+)?actions?(?:\s+(?:point|item|no\.?))?(?:\s+(\d+[a-z]?(?:\.\d+)*))?(?:\s+(?:for|from)\s+(\s(?=:|\s[-–]\s)|[^:\s][^:]{0,59}?)|\s*\(([^()]{1,40})\))?\s*(?::|\s[-–]\s)\s*/i,
      [...SPACES, 'Action', ' for', ' from', ':', '-', '–', '(', ')', ' 2', 'point', 'x', 'a'.repeat(30)],
      40000,
    );
  });

  it('the subject that owns an action', () => {
    sameExec(
      /^(.{1,50}?)\s+(?:to|will|shall|should|must|would|is to|are to|[-–]\s*will|[-–]\s*to)\s+\p{Ll}/u,
      /^(.{1,50}?)(?<=^.|\S)\s+(?:to|will|shall|should|must|would|is to|are to|[-–]\s*will|[-–]\s*to)\s+\p{Ll}/u,
      [...SPACES, 'to', 'will', 'is to', '-', 'x', 'JR', 'a'.repeat(20)],
    );
  });

  it('progress after a dash', () => {
    const old = /^(.{12,}?)\s+[–—-]\s+(\p{Ll}.+|\p{Lu}.+)$/su;
    const finder = /(?<=\S)\s+[–—-]\s+(?=[\p{Ll}\p{Lu}][\s\S])/gu;
    const atMin = /\s+[–—-]\s+(?=[\p{Ll}\p{Lu}][\s\S])/uy;
    onRandomStrings([...SPACES, '-', '—', 'x', 'Done', 'abcdef', 'É'], (s) => {
      const m = old.exec(s);
      const head = lazyHead(s, finder, { min: 12, dotAll: true, atMin });
      expect(head && [head.head, s.slice(head.tail.index + head.tail[0].length)], JSON.stringify(s)).toEqual(m && [m[1], m[2]]);
      return m !== null;
    });
  });

  it('sentence breaks', () => {
    const old = /(?<=[.!?])\s+(?=[\p{Lu}(])|:\s+|\s+(?=(?:[ivx]{1,4}|[a-h])[.)]\s)/u;
    const rewritten = /(?<=[.!?])\s+(?=[\p{Lu}(])|:\s+|(?<!\s)\s+(?=(?:[ivx]{1,4}|[a-h])[.)]\s)/u;
    onRandomStrings([...SPACES, '.', ':', 'ii)', 'b.', 'X', '(', 'x'], (s) => {
      expect(s.split(rewritten), JSON.stringify(s)).toEqual(s.split(old));
      return old.test(s);
    });
  });
});

describe('marks, times, headers and records', () => {
  it('PDF icons', () => {
    sameReplace(
      /\[?\s*pdf icon\s*\]?\s*PDF\s+[\d.]+\s*[KM]B\b\]?/gi,
      /(?:\[|(?<![[\s]))\s*pdf icon\s*(?:\]\s*)?PDF\s+[\d.]+\s*[KM]B\b\]?/gi,
      [...SPACES, '[', ']', 'pdf icon', ' PDF', 'PDF', ' 12', '.5', 'KB', ' 1 MB', 'x', '[pdf icon] PDF 12 KB'],
    );
  });

  it('markdown links', () => {
    const old = /\[([^\]]*)\]\(\s*(?:[^()\s]|\([^()\s]*\))*\)/g;
    onRandomStrings(['[', ']', '(', ')', '](', ' ', 'x', 'a', '[a](b)'], (s) => {
      const replaced = s.replace(old, '$1');
      expect(unwrapLinks(s), JSON.stringify(s)).toBe(replaced);
      return replaced !== s;
    });
  });

  it('a time range', () => {
    sameExec(
      /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?\s*(?:-|–|—|to|until)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\w/])/i,
      /\b(\d{1,2})(?:[.:](\d{2}))?\s*(?:(a\.?m\.?|p\.?m\.?|noon)\s*)?(?:-|–|—|to|until)\s*(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?(?![\w/])/i,
      [...SPACES, '10', '2', '.30', ':00', 'am', 'p.m.', 'noon', '-', 'to', 'x', '/'],
    );
  });

  it('a meeting moved to another date', () => {
    const old = /\b(?:moved|changed|rescheduled|re-scheduled|postponed|brought forward|put back|deferred)\b[^.]*?\bto\b/i;
    onRandomStrings([...SPACES, 'moved', 'deferred', 'put back', 'to', 'into', '.', 'x'], (s) => {
      const m = old.exec(s);
      expect(movedToEnd(s), JSON.stringify(s)).toBe(m ? m.index + m[0].length : -1);
      return m !== null;
    });
  });

  it('where a meeting was held (titles are one line)', () => {
    sameExec(
      /\bheld\s+(?:at|in)\s+(.+?)(?=\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+on\s+\d|\s+at\s+\d|\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|,?\s*$)/iu,
      /\bheld\s+(?:at|in)\s+(\S.*?(?=(?<!\s)(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\s+on\s+\d|\s+at\s+\d|\s+\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4}|\s*$)|,\s*$|$)|[^\S\n\r\u2028\u2029]$)/iu,
      [...LINE_SPACES, 'held', ' at', ' in', 'on', 'Monday', ',', '5', '1st', 'May', '2024', 'Hall', 'x'],
      40000,
    );
  });

  it('the venue label', () => {
    sameExec(
      /^(?:venue|location|place|where|held at|meeting place)\s*:\s*(.+)$/i,
      /^(?:venue|location|place|where|held at|meeting place)\s*:\s*(\S.*|[^\S\n\r\u2028\u2029])$/i,
      [...SPACES, 'Venue', ':', 'Hall', 'x'],
    );
  });

  it('the body a title names (titles are one line)', () => {
    sameExec(
      /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(.+?)(?:\s+meeting\b.*|\s+held\b.*|\s*,.*|\s+on\s+.*|\s+at\s+\d.*)?$/i,
      /^(?:(?:draft|unconfirmed|confirmed)\s+)?(?:minutes|notes)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?(\S.*?(?=(?<!\s)(?:\s+meeting\b|\s+held\b|\s*,|\s+on\s|\s+at\s+\d)|$)|[^\S\n\r\u2028\u2029]$)/i,
      [...LINE_SPACES, 'Minutes', ' of', ' the', 'meeting', ' held', ',', ' on', ' at', '5', 'Board', 'x'],
      40000,
      1,
    );
  });

  it('the body before "meeting"', () => {
    sameExec(
      /^(.+?)\s+(?:board\s+|committee\s+|council\s+)?meeting\b/i,
      /^(.+?)(?<=^.|\S)\s+(?:board\s+|committee\s+|council\s+)?meeting\b/i,
      [...SPACES, 'board', 'Meeting', 'meetings', 'Acme', 'x'],
    );
  });

  it('minutes approved', () => {
    sameTest(
      /\bminutes\b.{0,80}\b(?:agreed|approved|accepted|adopted|confirmed|signed)\b|\b(?:agreed|approved|accepted|adopted)\s+as\s+an?\s+(?:accurate|true|correct)\s+(?:record|statement)/i,
      /\bminutes\b(?:(?!\bminutes\b).){0,80}?\b(?:agreed|approved|accepted|adopted|confirmed|signed)\b|\b(?:agreed|approved|accepted|adopted)\s+as\s+an?\s+(?:accurate|true|correct)\s+(?:record|statement)/i,
      [...SPACES, 'minutes', 'agreed', 'signed', ' as a true record', 'x'.repeat(30), 'x', 'y'],
    );
  });

  it('initials after a topic heading', () => {
    sameReplace(
      /\s*\((?:\p{Lu}{2,4}(?:\s*[,/&]\s*\p{Lu}{2,4})*)\)\s*$/u,
      /(?<!\s)\s*\((?:\p{Lu}{2,4}(?:\s*[,/&]\s*\p{Lu}{2,4})*)\)\s*$/u,
      [...SPACES, '(', ')', 'JR', 'ABC', ',', '/', 'x', ' (JR)', '(AB, CD)'],
    );
  });

  it('a numbered item heading', () => {
    sameExec(
      /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+)?(\d{1,3})(?:\.0(?!\d)|\.(?!\d)|\))?\s*[.:)–-]?\s+(\S.*)$/i,
      /^(?:(?:agenda\s+)?item\s+|min(?:ute)?\.?\s+)?(\d{1,3})(?:\.0(?!\d)|\.(?!\d)|\))?(?:\s*[.:)–-])?\s+(\S.*)$/i,
      [...SPACES, 'Item ', '1', '12', '.', '.0', ')', ':', '–', 'x', 'Title'],
    );
  });
});

describe('loops that stand for regexes on hot paths', () => {
  it('looksLikePersonName reads ASCII words without the regexes it used', () => {
    const NOT_NAME = new Set(['minutes', 'the', 'of', 'and', 'council']);
    // The regexes it used, word by word.
    const old = (s: string) => {
      if (!s || s.length > 60 || /[\d;:@#=&/]/.test(s)) return false;
      // Initials typed with no space before the surname ("P.Markwell") are words of their own.
      const spaced = s.split(/\s+/);
      const words = s.split(/\s+|(?<=(?:^|[\s.])\p{Lu}\.)(?=\p{Lu})/u);
      if (words.length > spaced.length && words[words.length - 1]!.length < 2) return false;
      const capitalised = words.map((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w));
      const short = words.map((w) => /^\p{Ll}{1,4}$/u.test(w));
      const readable = words.every((w, i) => !NOT_NAME.has(w.toLowerCase()) && (capitalised[i] || short[i]));
      const lower = short.filter((isShort, i) => isShort && !capitalised[i]).length;
      return words.length >= 2 && words.length <= 5 && readable && lower <= 1 && capitalised[0]! && capitalised[words.length - 1]!;
    };
    onRandomStrings([' ', ' ', '\t', 'Jane', 'Roe', 'van', 'de', 'O’Neil', "O'Neil", 'Émile', 'élan', 'J.', 'A-B', 'x', 'the', 'Council', '1', '_'], (s) => {
      expect(looksLikePersonName(s), JSON.stringify(s)).toBe(old(s));
      return old(s);
    });
  });
});
