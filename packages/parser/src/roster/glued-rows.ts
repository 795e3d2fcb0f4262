import { looksLikePersonName, splitPersonName } from '../text/names.js';
import { readsAsPost } from './describe.js';
import { parseEntry } from './parse-entry.js';

// A word in lower case running into a capitalised one ("ChairmanPaul", "GrantChair"): the cells of a table's row,
// extracted without the space between them. Two small letters before it keep "McLaren" whole.
const GLUE = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/gu;
// "MacDonald", "DeVries", "LaTour": a surname's particle written against its capital, no cell's end.
const PARTICLES = new Set(['mac', 'van', 'von', 'del', 'della', 'des', 'dos', 'das', 'le', 'la', 'de', 'di', 'du']);
const MAX_ROW = 200;

/** The piece opens with a person's name ("Paul Greenwood – Vice Chairman", "Penny Coburn"). */
function opensWithPerson(piece: string): boolean {
  const entry = parseEntry([piece]);
  if (!entry || !looksLikePersonName(entry.name)) return false;
  return piece.startsWith(entry.name) || (splitPersonName(piece).honorific !== null && piece.includes(entry.name));
}

/**
 * "Mike Bullock – ChairmanPaul Greenwood – Vice Chairman", "David GrantChairPenny Coburn", "Julie CosgroveChief
 * ExecutiveAndrew Kilpatrick": a two-column table's row with the cells run together, two people in it at least. The row as a list parted by commas
 * ("David Grant, Chair, Penny Coburn"), each cell a person or the post of the person before; null for any other line.
 */
export function unglueRow(text: string): string | null {
  if (text.length > MAX_ROW || text.includes(',')) return null;
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(GLUE)) {
    const word = text.slice(text.lastIndexOf(' ', m.index) + 1, m.index).toLowerCase();
    if (PARTICLES.has(word)) continue;
    pieces.push(text.slice(from, m.index).trim());
    from = m.index;
  }
  if (pieces.length === 0) return null;
  pieces.push(text.slice(from).trim());
  let people = 0;
  for (const [k, piece] of pieces.entries()) {
    if (opensWithPerson(piece)) people++;
    // A cell that is no person is the post of the one before it.
    else if (k === 0 || !readsAsPost(withoutClosingBracket(piece))) return null;
  }
  // (One person glued to their post, "Geoff LeeChair of the Partnership", is a glued cell the entry reader parts.)
  return people >= 2 && opensWithPerson(pieces[0]!) ? pieces.join(', ') : null;
}

/** "Executive Officer (Minutes)" -> "Executive Officer": the note in brackets closing a cell. */
function withoutClosingBracket(piece: string): string {
  const open = piece.endsWith(')') ? piece.lastIndexOf('(') : -1;
  return open > 0 ? piece.slice(0, open).trimEnd() : piece;
}
