import { type CharacterReferences, escapeAttribute, escapeText, TEXT_ESCAPED_CHARACTERS } from './html-escape.js';
import { Html } from './html-template.js';
import { type Attributes, type Markup, MarkupElement, NO_ATTRIBUTES } from './markup.js';

// What the writer needs to know of a tag, as bits, with its tag text ready: one lookup per element.
const VOID = 1; // no content, no end tag
const PHRASING = 2; // flows inside a line of text (hast-util-phrasing's list, less the embedded elements)
const PRESERVED = 4; // text shown as written: not collapsed, not re-indented
const RAW_TEXT = 8; // text that is not HTML: written as is (only our own stylesheet goes there)
const KINDS = new Map<string, number>();
for (const tag of 'area base br col embed hr img input link meta source track wbr'.split(' ')) KINDS.set(tag, VOID);
for (const tag of 'a abbr area b bdi bdo br button cite code data datalist del dfn em i input ins kbd keygen label map mark meter noscript output progress q ruby s samp script select small span strong sub sup template textarea time u var wbr'.split(' ')) {
  KINDS.set(tag, (KINDS.get(tag) ?? 0) | PHRASING);
}
KINDS.set('pre', PRESERVED);
KINDS.set('textarea', PHRASING | PRESERVED);
KINDS.set('style', RAW_TEXT);
KINDS.set('script', PHRASING | RAW_TEXT);

interface TagInfo {
  kind: number;
  /** `<tag`, `<tag>` and `</tag>`. */
  open: string;
  start: string;
  end: string;
}
const TAGS = new Map<string, TagInfo>();
function tagInfo(tag: string): TagInfo {
  let info = TAGS.get(tag);
  if (info === undefined) {
    info = { kind: KINDS.get(tag) ?? 0, open: `<${tag}`, start: `<${tag}>`, end: `</${tag}>` };
    TAGS.set(tag, info);
  }
  return info;
}

const COLLAPSIBLE = /[\t\n\r]| {2}/;
// Text with nothing to collapse and nothing to escape, the common case, is found by
// one character-class test and a search for two spaces (both faster than one regex
// with both, and 10% off renderHtml against testing again in escapeText). The class
// is escapeText's own (TEXT_ESCAPED_CHARACTERS), so such text is what it would return.
const FLOW_TEXT_CHARACTERS = new RegExp(`[\\t\\n\\r${TEXT_ESCAPED_CHARACTERS}]`);
const SPACE = 32;
const WHITESPACE_RUN = /[\t\n\r ]+/g;

/** How to write: `indent` puts block elements on their own lines and collapses whitespace in text. */
export interface WriteOptions {
  indent: boolean;
  references: CharacterReferences;
}

type TextMode = 'flow' | 'preserved' | 'raw';

/**
 * Writes elements as HTML text. Every text and attribute value goes through
 * `escapeText` or `escapeAttribute`; nothing else is written but tag and attribute
 * names from our own code. Indented output (each block element on its own line,
 * two spaces a level, runs of whitespace in text as one space, none at the edges
 * of a block) reads like hast-util-format's, without a second pass over a tree.
 * @param content What to write.
 * @param options Indentation and character references.
 * @param depth The indentation level of `content`.
 */
export function writeMarkup(content: Markup, options: WriteOptions, depth = 0): string {
  const writer = new Writer(options);
  writer.content(content, depth, options.indent ? 'flow' : 'preserved', false);
  return writer.html;
}

const INDENTS: string[] = [];
function lineBreak(depth: number): string {
  INDENTS[depth] ??= `\n${'  '.repeat(depth)}`;
  return INDENTS[depth];
}

class Writer {
  /** Written so far (string concatenation: V8 joins the pieces once, at the end). */
  html = '';
  /** Whether a space here would be redundant: at the start of a block or after a space. */
  private afterSpace = true;
  /** A space that ended the last text, written only if inline content follows (none at a block's end). */
  private pendingSpace = false;

  constructor(private readonly options: WriteOptions) {}

  content(content: Markup, depth: number, mode: TextMode, breakBlocks: boolean): boolean {
    if (typeof content === 'string') {
      if (content !== '') this.text(content, mode);
      return false;
    }
    if (content instanceof MarkupElement) {
      const tag = tagInfo(content.tag);
      const block = breakBlocks && (tag.kind & PHRASING) === 0;
      if (block) this.newLine(depth + 1);
      this.element(content, tag, block ? depth + 1 : depth, mode);
      return block;
    }
    if (content instanceof Html) {
      if (this.options.references !== 'named') throw new Error('Html templates write named references: they are for HTML pages.');
      this.write(content.text);
      this.afterSpace = false;
      return false;
    }
    if (!Array.isArray(content)) return false;
    let broke = false;
    for (let index = 0; index < content.length; index++) {
      if (this.content(content[index] as Markup, depth, mode, breakBlocks)) broke = true;
    }
    return broke;
  }

  private element(element: MarkupElement, tag: TagInfo, depth: number, mode: TextMode): void {
    const { kind } = tag;
    if (element.attributes === NO_ATTRIBUTES) this.write(tag.start);
    else {
      this.write(tag.open);
      this.attributes(element.attributes);
      this.html += '>';
    }
    if (kind & VOID) return;
    const childMode: TextMode = kind & RAW_TEXT ? 'raw' : kind & PRESERVED ? 'preserved' : mode;
    const blockLevel = mode === 'flow' && (kind & PHRASING) === 0;
    if (blockLevel) this.afterSpace = true;
    if (this.content(element.children, depth, childMode, blockLevel && childMode === 'flow')) this.newLine(depth);
    if (blockLevel) {
      this.pendingSpace = false;
      this.afterSpace = true;
    }
    this.write(tag.end);
  }

  private attributes(attributes: Attributes): void {
    for (const name in attributes) {
      const value = attributes[name];
      if (value === null || value === undefined || value === false) continue;
      if (value === true) this.html += ` ${name}`;
      else this.html += ` ${name}="${escapeAttribute(typeof value === 'string' ? value : String(value), this.options.references)}"`;
    }
  }

  private text(value: string, mode: TextMode): void {
    if (mode === 'raw') {
      if (/<\/(style|script)/i.test(value)) throw new Error('Raw text may not close its element.');
      this.write(value);
      return;
    }
    if (mode === 'preserved') {
      this.write(escapeText(value, this.options.references));
      return;
    }
    const plain = !FLOW_TEXT_CHARACTERS.test(value) && !value.includes('  ');
    let text = plain || !COLLAPSIBLE.test(value) ? value : value.replace(WHITESPACE_RUN, ' ');
    if (this.afterSpace && text.charCodeAt(0) === SPACE) text = text.slice(1);
    if (text === '') return;
    this.afterSpace = text.charCodeAt(text.length - 1) === SPACE;
    if (this.afterSpace) text = text.slice(0, -1);
    this.write(plain ? text : escapeText(text, this.options.references));
    this.pendingSpace = this.afterSpace;
  }

  private write(markup: string): void {
    if (this.pendingSpace) this.html += ' ';
    this.pendingSpace = false;
    this.html += markup;
  }

  private newLine(depth: number): void {
    this.pendingSpace = false;
    this.html += lineBreak(depth);
    this.afterSpace = true;
  }
}
