import { escapeAttribute, escapeText } from './html-escape.js';

const MADE_BY_TEMPLATE = Symbol('html template');

/**
 * A piece of markup whose every interpolated value was escaped, made only by the
 * `html` template tag; the writer writes it as is. For small, hot, fixed pieces
 * (a numbered source line, a link to it) where building elements costs more than
 * the markup itself.
 */
export class Html {
  constructor(
    token: typeof MADE_BY_TEMPLATE,
    readonly text: string,
  ) {
    if (token !== MADE_BY_TEMPLATE) throw new TypeError('Html is made by the html template tag only.');
  }
}

/** A value a template interpolates: text or a number (escaped), or markup from another template. */
export type HtmlValue = string | number | Html;

// Where each interpolation of a template stands, worked out once per template.
const CONTEXTS = new WeakMap<TemplateStringsArray, boolean[]>();

/**
 * Whether each interpolation is inside a double-quoted attribute value (else it is
 * text). An interpolation anywhere else in a tag (a name, an unquoted value) throws.
 */
function attributeContexts(strings: TemplateStringsArray): boolean[] {
  let contexts = CONTEXTS.get(strings);
  if (contexts) return contexts;
  contexts = [];
  let inTag = false;
  let inValue = false;
  for (let index = 0; index < strings.length - 1; index++) {
    for (const character of strings[index]!) {
      if (inValue) inValue = character !== '"';
      else if (inTag) {
        if (character === '"') inValue = true;
        else if (character === '>') inTag = false;
      } else if (character === '<') inTag = true;
    }
    if (inTag && !inValue) throw new Error('A template value must be text or a double-quoted attribute value.');
    contexts.push(inValue);
  }
  CONTEXTS.set(strings, contexts);
  return contexts;
}

/**
 * Markup from a template literal whose values are escaped for where they stand:
 * `` html`<a href="${href}">${label}</a>` `` escapes `href` as an attribute value and
 * `label` as text (`escapeAttribute`, `escapeText`); an `Html` value is kept as is.
 * Text is not collapsed or re-indented: use it for inline markup.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  const inAttribute = attributeContexts(strings);
  let text = strings[0]!;
  for (let index = 0; index < values.length; index++) {
    const value = values[index]!;
    const written =
      value instanceof Html ? value.text : typeof value === 'number' ? String(value) : inAttribute[index] ? escapeAttribute(value) : escapeText(value);
    text += written + strings[index + 1]!;
  }
  return new Html(MADE_BY_TEMPLATE, text);
}
