import type { AgendaItem, DateMention, Decision, DecisionKind, Paragraph, Recommendation, Reference } from '@lsmp/model';
import { findDates } from '../dates/parse-date.js';
import type { LineIndex } from '../position/line-index.js';
import { PhraseLocator } from './phrase-locator.js';
import { trimEndOf } from '../text/clean.js';

export interface Records {
  decisions: Decision[];
  recommendations: Recommendation[];
  references: Reference[];
  dates: DateMention[];
}

// Each pattern with the words (lower case) a text must contain for it to match: a cheap test first.
// Only tested: the first pattern may stop at the last "minutes" before its verb, which gives the same answer in linear time.
const DECISIONS: [RegExp, DecisionKind, string[]][] = [
  [/\bminutes\b(?:(?!\bminutes\b).){0,80}?\b(?:agreed|approved|accepted|adopted|confirmed|signed)\b|\b(?:agreed|approved|accepted|adopted)\s+as\s+an?\s+(?:accurate|true|correct)\s+(?:record|statement)/i, 'minutes-approved', ['minutes', 'record', 'statement']],
  [/\bresolved\s+(?:that|to)\b|\bresolution\b/i, 'resolved', ['resol']],
  [/\b(?:members|the\s+(?:board|committee|council|partnership|meeting|group|panel))\s+(?:approved|endorsed|ratified)\b|\bwas\s+approved\b/i, 'approved', ['approved', 'endorsed', 'ratified']],
  [/\b(?:it\s+was|members|all|the\s+(?:board|committee|council|partnership|meeting|group|panel))\s+(?:unanimously\s+)?(?:agreed|decided)\b|\bunanimously\s+agreed\b|\bwas\s+(?:agreed|decided)\b/i, 'agreed', ['agreed', 'decided']],
];
const DOCUMENT_WORDS = ['appendix', 'annex', 'attached'];
// The words above, found in one scan. Each pattern needs its word after a space or a
// word boundary, so a word the scan skipped (inside another it matched) cannot count.
const KEYWORDS = /minutes|record|statement|resol|approved|endorsed|ratified|agreed|decided|appendix|annex|attached/gi;
const mentions = (found: Set<string>, words: string[]) => words.some((w) => found.has(w));
const URL = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+/g;
const DOCUMENT = /\b(?:appendix|annex|annexe)\s+(?:\d+|[A-Z]|one|two|three|four)\b|\((?:presentation|report|paper)\s+attached\)/gi;

/** Decisions, recommendations, references and dates in the paragraphs of every item. */
export function readRecords(items: AgendaItem[], meetingYear: number | undefined, source: { text: string; index: LineIndex }): Records {
  const records: Records = { decisions: [], recommendations: [], references: [], dates: [] };
  for (const item of items) {
    let underRecommendations = false;
    const visit = (p: Paragraph) => {
      const at = p.position ? { position: p.position } : {};
      const itemNumber = item.number;
      const found = new Set<string>();
      KEYWORDS.lastIndex = 0;
      for (let m = KEYWORDS.exec(p.text); m; m = KEYWORDS.exec(p.text)) found.add(m[0].toLowerCase());
      const kind = found.size > 0 ? DECISIONS.find(([re, , words]) => mentions(found, words) && re.test(p.text))?.[1] : undefined;
      if (kind) records.decisions.push({ kind, text: p.text, itemNumber, ...at });
      // "Recommendation(s):", "That ...", "(It is) recommended that ...": only texts starting with "r", "t" or "i" (any case).
      const first = p.text.charCodeAt(0) | 0x20;
      if (first === 114 && /^recommendations?:?$/i.test(p.text)) underRecommendations = true;
      else if ((underRecommendations && first === 116 && /^that\b/i.test(p.text)) || ((first === 105 || first === 114) && /^(?:it\s+is\s+)?recommended\s+that\b/i.test(p.text))) {
        records.recommendations.push({ text: p.text, itemNumber, ...at });
      }
      if (p.text.includes('http') || p.text.includes('www.')) for (const m of p.text.matchAll(URL)) {
        const link = trimEndOf(m[0], '.,;:!?\'"’”', false);
        records.references.push({ kind: 'link', text: link, url: link.startsWith('www.') ? `https://${link}` : link, itemNumber, ...at });
      }
      if (mentions(found, DOCUMENT_WORDS)) for (const m of p.text.matchAll(DOCUMENT)) records.references.push({ kind: 'document', text: m[0], url: null, itemNumber, ...at });
      const dates = findDates(p.text, meetingYear);
      // A date points at its own words where the source has them as written.
      const locator = dates.length > 0 && p.position ? new PhraseLocator(source.text, source.index, p.position) : null;
      for (const d of dates) {
        const text = p.text.slice(d.index, d.index + d.length);
        const position = locator?.locate(text);
        records.dates.push({ date: d.iso, text, itemNumber, ...(position ? { position } : at) });
      }
      p.children.forEach(visit);
    };
    item.paragraphs.forEach(visit);
  }
  return records;
}
