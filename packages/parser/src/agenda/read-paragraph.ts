import type { Paragraph, SpeakerRef } from '@lsmp/model';
import { adoptInitials, type OwnerResolver } from '../actions/owners.js';
import type { Context } from '../context.js';
import { looksLikeInitials } from '../text/names.js';
import type { Block } from './blocks.js';
import { type BoldInitials, findBoldInitials } from './bold-initials.js';
import { startsWithBullet, withoutBulletMark } from '../text/bullets.js';

// Capitalised labels that stand where initials would, but name no one.
const LABELS = /^(?:NOTE|NB|AOB|ACTION|ACTIONS|ITEM|UPDATE|AGREED|RESOLVED|DECISION|TBC|TBA|FYI|RE|CC|PS|QA|NA)$/;
const NUMBER = /^(\d+(?:\.\d+)+|\d+[.)]|\(?[a-z]\)|[ivx]+\))\.?\s+/;

/** NUMBER starts with a digit, or has a ")": most paragraphs have neither. */
function mayBeNumbered(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 48 && c <= 57) || ((c === 40 || (c >= 97 && c <= 122)) && text.includes(')'));
}
const BOLD_INITIALS = /^\s*(?:[-*]\s+)?(?:\d+(?:\.\d+)*\s+)?\*\*(\p{Lu}{2,4}\p{Ll}{0,3})\*\*/u;
const DASHED = /^(\p{Lu}{2,4}\p{Ll}{0,3})\s*(?:[–—-]|:)\s+/u;
const NAMED = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?):\s+/u;

/** Reads a block as a paragraph: its number, bullet and the speaker it is attributed to. */
export function readParagraph(block: Block, resolver: OwnerResolver, ctx: Context): Paragraph {
  let text = block.text;
  const bullet = startsWithBullet(text);
  if (bullet) text = withoutBulletMark(text);
  const numbered = mayBeNumbered(text) ? NUMBER.exec(text) : null;
  const number = numbered ? numbered[1]!.replace(/[.)]$/, '').replace(/^\(/, '') : null;
  if (numbered) text = text.slice(numbered[0].length);
  return {
    number,
    text,
    bullet,
    speaker: speakerOf(block, text, resolver, ctx),
    children: [],
    position: ctx.linesSpan(block.lines[0]!, block.lines[block.lines.length - 1]!),
  };
}

function speakerOf(block: Block, text: string, resolver: OwnerResolver, ctx: Context): SpeakerRef | null {
  const firstRaw = block.lines[0]!.raw;
  const bold = firstRaw.includes('**') ? BOLD_INITIALS.exec(firstRaw) : null;
  const candidate = bold?.[1] ?? (startsUpperCase(text) ? namedSpeaker(text, resolver) : undefined);
  const marked = findBoldInitials(block.lines);
  // The speaker's own initials are checked below; the rest are remarks further in.
  reportUnknownInitials(candidate !== undefined && marked[0]?.initials === candidate ? marked.slice(1) : marked, resolver, ctx);
  if (!candidate || LABELS.test(candidate)) return null;
  if (!resolver.person(candidate) && !looksLikeInitials(candidate)) return null;
  if (!resolver.person(candidate) && resolver.hasAnyInitials()) {
    const at = marked.find((b) => b.initials === candidate);
    ctx.report('LSMP2004', at ? ctx.index.span(at.start, at.end) : ctx.lineSpan(block.lines[0]!), { actual: candidate });
  }
  // "**RB** reported" where the roster gave Richard Barnes no initials: the minutes call him so.
  adoptInitials([candidate], resolver);
  const person = resolver.person(candidate);
  return { raw: candidate, attendeeId: person?.id ?? null, name: person?.name ?? null };
}

/** Whether text can start with an upper-case letter: not with an ASCII character other than A-Z. */
function startsUpperCase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 128 || (c >= 65 && c <= 90);
}

/** A speaker the text opens with (each pattern starts with an upper-case letter). */
function namedSpeaker(text: string, resolver: OwnerResolver): string | undefined {
  // Initials need a second capital; an ASCII lower-case letter there rules them out.
  const second = text.charCodeAt(1);
  const mayBeInitials = !(second >= 97 && second <= 122);
  if (mayBeInitials) {
    const dashed = DASHED.exec(text)?.[1];
    if (dashed) return dashed;
    const first = /^(\p{Lu}{2,4}\p{Ll}{0,3})\s+\p{Ll}/u.exec(text)?.[1];
    if (first && resolver.hasInitials(first)) return first;
  }
  const named = text.includes(':') ? NAMED.exec(text)?.[1] : undefined;
  if (named && resolver.person(named)) return named;
  // "Paul Morrison updated members", "Shanthi welcomed": a remark opened by a roster name.
  const opened = /^(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)\s+\p{Ll}+(?:ed|s)\b/u.exec(text)?.[1];
  return opened && resolver.person(opened) ? opened : undefined;
}

/** Bold initials further into a remark that name nobody on a roster that uses initials. */
function reportUnknownInitials(found: BoldInitials[], resolver: OwnerResolver, ctx: Context): void {
  if (found.length === 0 || !resolver.hasAnyInitials()) return;
  for (const b of found) {
    if (!LABELS.test(b.initials) && !resolver.person(b.initials)) ctx.report('LSMP2004', ctx.index.span(b.start, b.end), { actual: b.initials });
  }
}

/** Nests numbered paragraphs under their parents ("5.4.1" under "5.4"). */
export function nestParagraphs(flat: Paragraph[]): Paragraph[] {
  const roots: Paragraph[] = [];
  const stack: Paragraph[] = [];
  for (const p of flat) {
    // A plain list ("1.", "2.") after a numbered paragraph ("4.4 Recommendations") belongs to it.
    const listParent = p.number && /^\d+$|^[a-z]$|^[ivx]+$/.test(p.number) ? stack[stack.length - 1] : undefined;
    if (listParent?.number?.includes('.')) {
      listParent.children.push(p);
      continue;
    }
    if (p.number?.includes('.')) {
      while (stack.length && !p.number.startsWith(`${stack[stack.length - 1]!.number}.`)) stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(p);
      else roots.push(p);
      stack.push(p);
    } else {
      roots.push(p);
      stack.length = 0;
      if (p.number) stack.push(p);
    }
  }
  return roots;
}
