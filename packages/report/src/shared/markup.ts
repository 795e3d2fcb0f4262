import { Html } from './html-template.js';

// The HTML reports are built as a light tree of these elements and written out
// once by `writeMarkup`, which escapes every string: text is never markup.

/** Attribute values by HTML attribute name (`class`, `aria-label`); null, undefined and false leave the attribute out, true writes it bare. */
export type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;

/**
 * Content of an element: text (escaped when written), elements, markup from the
 * `html` template, and lists of them; null, undefined, false and '' are left out.
 */
export type Markup = string | MarkupElement | Html | null | undefined | false | readonly Markup[];

/** One element. Its attribute values and text are escaped only when written. */
export class MarkupElement {
  constructor(
    readonly tag: string,
    readonly attributes: Attributes,
    readonly children: readonly Markup[],
  ) {}
}

/** The attributes of an element that has none (the writer has its start tag ready). */
export const NO_ATTRIBUTES: Attributes = Object.freeze({});

function isAttributes(value: Attributes | Markup): value is Attributes {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof MarkupElement) && !(value instanceof Html);
}

/**
 * An element, hastscript-style: `h('p', 'text')`, `h('a', { href }, label)`,
 * `h('ul', items)`.
 * @param tag The element's name.
 * @param attributes Its attributes, or its first content.
 * @param children Its content.
 */
export function h(tag: string, attributes?: Attributes | Markup, ...children: Markup[]): MarkupElement {
  if (attributes === undefined) return new MarkupElement(tag, NO_ATTRIBUTES, children);
  return isAttributes(attributes) ? new MarkupElement(tag, attributes, children) : new MarkupElement(tag, NO_ATTRIBUTES, [attributes, ...children]);
}
