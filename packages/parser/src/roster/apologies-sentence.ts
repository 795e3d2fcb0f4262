import type { Attendee, Paragraph } from '@lsmp/model';
import { splitTopLevel } from '../text/clean.js';
import { replaceSpacedWord } from '../text/spaced-words.js';
import { parseEntry } from './parse-entry.js';
import { readPluralTitle } from './run-on-marks.js';

const SENTENCE = /\bapologies(?:\s+for\s+absence)?\s+(?:were|had been|have been|was)\s+(?:received|given|sent|tendered|noted|accepted)\s+from\s+([^.]+)/i;

const SENDING = [' sent', ' gave', ' tendered', ' offered'];
const WHOSE = ['', ' their', ' his', ' her'];

/** "Cllr I Wroth & Cllr H Wroth sent apologies.": the names that open the sentence, found by search. */
function namesSendingApologies(text: string): string | null {
  const lower = text.toLowerCase();
  const at = lower.indexOf(' apologies');
  if (at < 3 || text.lastIndexOf('.', at) !== -1) return null;
  for (const verb of SENDING) {
    for (const whose of WHOSE) {
      const phrase = verb + whose;
      if (lower.startsWith(phrase, at - phrase.length)) return text.slice(0, at - phrase.length).trim() || null;
    }
  }
  return null;
}

/**
 * "Apologies for absence were received from Jane Roe (Parish Councillor) and Cllr
 * Sam Poe." in the text of an item: apologies the roster did not list.
 */
export function readApologiesSentences(paragraphs: Paragraph[], attendees: Attendee[]): Attendee[] {
  const added: Attendee[] = [];
  const known = new Set(attendees.filter((a) => a.attendance === 'apologies').map((a) => a.name.toLowerCase()));
  const visit = (p: Paragraph) => {
    const names = /apolog/i.test(p.text) ? (SENTENCE.exec(p.text)?.[1] ?? namesSendingApologies(p.text)) : null;
    if (names) {
      // "from Councillors Steve Hunt, Julia Pearson & Jamie Rogers", "from Cllrs Mill and Reid".
      const { title, rest } = readPluralTitle(names);
      for (const part of splitTopLevel(replaceSpacedWord(replaceSpacedWord(rest, 'and', ', '), '&', ', '), ',;')) {
        const entry = parseEntry([part]) ?? (title ? parseEntry([`${title} ${part}`]) : null);
        if (!entry || known.has(entry.name.toLowerCase())) continue;
        known.add(entry.name.toLowerCase());
        const d = entry.description;
        added.push({
          id: `a${attendees.length + added.length + 1}`, name: entry.name, honorific: entry.honorific, initials: entry.initials,
          organisation: d.organisation, role: d.role ?? d.chairTitle, attendance: 'apologies', chair: false,
          substituteFor: d.substituteFor, shadowing: d.shadowing, partial: false, list: 'Apologies', ...(p.position ? { position: p.position } : {}),
        });
      }
    }
    p.children.forEach(visit);
  };
  paragraphs.forEach(visit);
  return added;
}
