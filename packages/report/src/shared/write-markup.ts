import { type CharacterReferences, escapeAttribute, escapeText } from './html-escape.js';
import { type Attributes, type Markup, MarkupElement } from './markup.js';

/** Elements with no content and no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that flow inside a line of text (hast-util-phrasing's list, less the embedded ones). */
const PHRASING = new Set(
  'a abbr area b bdi bdo br button cite code data datalist del dfn em i input ins kbd keygen label map mark meter noscript output progress q ruby s samp script select small span strong sub sup template textarea time u var wbr'.split(' '),
);
/** Whose text is shown as written: not collapsed, not re-indented. */
const PRESERVED = new Set(['pre', 'textarea']);
/** Whose text is not HTML at all: written as is (only our own stylesheet goes there). */
const RAW_TEXT = new Set(['style', 'script']);

const COLLAPSIBLE = /[\t\n\r]| {2}/;
const LEADING_SPACE = 32;
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
      const block = breakBlocks && !PHRASING.has(content.tag);
      if (block) this.newLine(depth + 1);
      this.element(content, block ? depth + 1 : depth, mode);
      return block;
    }
    if (!Array.isArray(content)) return false;
    let broke = false;
    for (let index = 0; index < content.length; index++) {
      if (this.content(content[index] as Markup, depth, mode, breakBlocks)) broke = true;
    }
    return broke;
  }

  private element(element: MarkupElement, depth: number, mode: TextMode): void {
    const { tag } = element;
    this.write(`<${tag}${attributesText(element.attributes, this.options.references)}>`);
    if (VOID.has(tag)) return;
    const childMode: TextMode = RAW_TEXT.has(tag) ? 'raw' : PRESERVED.has(tag) ? 'preserved' : mode;
    const blockLevel = mode === 'flow' && !PHRASING.has(tag);
    if (blockLevel) this.afterSpace = true;
    if (this.content(element.children, depth, childMode, blockLevel && childMode === 'flow')) this.newLine(depth);
    if (blockLevel) {
      this.pendingSpace = false;
      this.afterSpace = true;
    }
    this.write(`</${tag}>`);
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
    let text = COLLAPSIBLE.test(value) ? value.replace(WHITESPACE_RUN, ' ') : value;
    if (this.afterSpace && text.charCodeAt(0) === LEADING_SPACE) text = text.slice(1);
    if (text === '') return;
    this.afterSpace = text.charCodeAt(text.length - 1) === LEADING_SPACE;
    this.write(escapeText(this.afterSpace ? text.slice(0, -1) : text, this.options.references));
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

function attributesText(attributes: Attributes, references: CharacterReferences): string {
  let text = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value === null || value === undefined || value === false) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value), references)}"`;
  }
  return text;
}
