import type { AgendaItem, DateMention, Decision, DecisionKind, Paragraph, Recommendation, Reference } from '@lsmp/model';
import { findDates } from '../dates/parse-date.js';

export interface Records {
  decisions: Decision[];
  recommendations: Recommendation[];
  references: Reference[];
  dates: DateMention[];
}

const DECISIONS: [RegExp, DecisionKind][] = [
  [/\bminutes\b.{0,80}\b(?:agreed|approved|accepted|adopted|confirmed|signed)\b|\b(?:agreed|approved|accepted|adopted)\s+as\s+an?\s+(?:accurate|true|correct)\s+(?:record|statement)/i, 'minutes-approved'],
  [/\bresolved\s+(?:that|to)\b|\bresolution\b/i, 'resolved'],
  [/\b(?:members|the\s+(?:board|committee|council|partnership|meeting|group|panel))\s+(?:approved|endorsed|ratified)\b|\bwas\s+approved\b/i, 'approved'],
  [/\b(?:it\s+was|members|all|the\s+(?:board|committee|council|partnership|meeting|group|panel))\s+(?:unanimously\s+)?(?:agreed|decided)\b|\bunanimously\s+agreed\b|\bwas\s+(?:agreed|decided)\b/i, 'agreed'],
];
const URL = /\bhttps?:\/\/[^\s<>)\]]+|\bwww\.[^\s<>)\]]+/g;
const DOCUMENT = /\b(?:appendix|annex|annexe)\s+(?:\d+|[A-Z]|one|two|three|four)\b|\((?:presentation|report|paper)\s+attached\)/gi;

/** Decisions, recommendations, references and dates in the paragraphs of every item. */
export function readRecords(items: AgendaItem[], meetingYear: number | undefined): Records {
  const records: Records = { decisions: [], recommendations: [], references: [], dates: [] };
  for (const item of items) {
    let underRecommendations = false;
    const visit = (p: Paragraph) => {
      const at = p.position ? { position: p.position } : {};
      const itemNumber = item.number;
      const kind = DECISIONS.find(([re]) => re.test(p.text))?.[1];
      if (kind) records.decisions.push({ kind, text: p.text, itemNumber, ...at });
      if (/^recommendations?:?$/i.test(p.text)) underRecommendations = true;
      else if ((underRecommendations && /^that\b/i.test(p.text)) || /^(?:it\s+is\s+)?recommended\s+that\b/i.test(p.text)) {
        records.recommendations.push({ text: p.text, itemNumber, ...at });
      }
      for (const m of p.text.matchAll(URL)) {
        const link = m[0].replace(/[.,;:!?'"’”]+$/, '');
        records.references.push({ kind: 'link', text: link, url: link.startsWith('www.') ? `https://${link}` : link, itemNumber, ...at });
      }
      for (const m of p.text.matchAll(DOCUMENT)) records.references.push({ kind: 'document', text: m[0], url: null, itemNumber, ...at });
      for (const d of findDates(p.text, meetingYear)) {
        records.dates.push({ date: d.iso, text: p.text.slice(d.index, d.index + d.length), itemNumber, ...at });
      }
      p.children.forEach(visit);
    };
    item.paragraphs.forEach(visit);
  }
  return records;
}
