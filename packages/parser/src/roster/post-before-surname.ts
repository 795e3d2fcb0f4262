import { looksLikeSurname, splitPersonName } from '../text/names.js';
import { readsAsPost } from './describe.js';

// Words closing a phrase that names a subject or area, not a person: "Manager Engineering", "Office Manager Operations".
export const AREA_ENDING = /(?:ing|ion|ment|ance|ence|ics|ity|ure|ship|ism|ies|ces)s?$/;

// The plural words of a roll's label, never part of one person's post.
const GROUP_WORDS = new Set(['Members', 'Commissioners', 'Councillors', 'Councilmembers', 'Trustees', 'Directors', 'Supervisors', 'Staff', 'Officers', 'Present', 'Absent']);

/**
 * "Executive Director Pon", "Commission Clerk Shore", "Office Manager Chan": a post of two or three capitalised words before
 * the surname alone, as American commissions list their staff (a one-word post before a surname is read elsewhere).
 */
export function readPostBeforeSurname(text: string): { post: string; name: string } | null {
  const words = text.split(' ');
  if (words.length < 3 || words.length > 4) return null;
  // ("Deputy Mayor Rowe": a title worn as an honorific, read as one.)
  if (splitPersonName(text).honorific !== null) return null;
  const surname = words[words.length - 1]!;
  if (!looksLikeSurname(surname) || readsAsPost(surname) || AREA_ENDING.test(surname)) return null;
  const postWords = words.slice(0, -1);
  // ("Board Members Dean Hutton": a list's label, then a full name, the given name a post's word too.)
  if (!postWords.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(w)) || postWords.some((w) => GROUP_WORDS.has(w))) return null;
  const post = postWords.join(' ');
  // The post's own last word must be its head ("Deputy Director"), so a given name and middle name never pass for one.
  return readsAsPost(post) && readsAsPost(postWords[postWords.length - 1]!) ? { post, name: surname } : null;
}
