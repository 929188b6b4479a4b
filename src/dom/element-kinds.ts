// How the shell treats each tag when it reads text: skipped outright, a block of its own,
// or inline (joined to its neighbours without adding anything).

/** Tags whose text is never article text. */
export const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link',
  'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'select', 'textarea', 'input',
  'video', 'audio', 'picture', 'source', 'map',
]);

/** Tags that start and end a block; every other tag (span, font, a, b …) is inline. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'ul',
]);

const HEADING = /^h[1-6]$/;

/** Elements that can hold a whole article (as opposed to one paragraph of it). */
export const CONTAINER_TAGS = new Set([
  'article', 'blockquote', 'body', 'center', 'dd', 'div', 'html', 'main', 'section', 'td',
]);

/** Site furniture by its tag alone. */
export const CHROME_TAGS = new Set(['nav', 'aside', 'footer']);

/**
 * The class attribute as written (null without one). linkedom answers getAttribute('class') by
 * building the element's classList and joining it again, on every call; the attribute node is
 * read as is.
 */
export const classAttributeOf = (element: Element): string | null => element.getAttributeNode('class')?.value ?? null;

export const tagOf = (element: Element): string => element.localName.toLowerCase();
export const isSkippedTag = (element: Element): boolean => SKIPPED_TAGS.has(tagOf(element));
export const isBlockTag = (element: Element): boolean => BLOCK.has(tagOf(element));
export const isHeadingTag = (element: Element): boolean => HEADING.test(tagOf(element));
export const isContainerTag = (element: Element): boolean => CONTAINER_TAGS.has(tagOf(element));
export const isChromeTag = (element: Element): boolean => CHROME_TAGS.has(tagOf(element));

/** What a tag is, as bits: one lookup answers every question above (walks ask them of every element). */
export const SKIPPED = 1;
export const BLOCK_KIND = 2;
export const CONTAINER = 4;
export const CHROME = 8;
export const LINK = 16;
export const LINE_BREAK = 32;
const KINDS = new Map<string, number>();
for (const tag of SKIPPED_TAGS) KINDS.set(tag, (KINDS.get(tag) ?? 0) | SKIPPED);
for (const tag of BLOCK) KINDS.set(tag, (KINDS.get(tag) ?? 0) | BLOCK_KIND);
for (const tag of CONTAINER_TAGS) KINDS.set(tag, (KINDS.get(tag) ?? 0) | CONTAINER);
for (const tag of CHROME_TAGS) KINDS.set(tag, (KINDS.get(tag) ?? 0) | CHROME);
KINDS.set('a', LINK);
KINDS.set('br', LINE_BREAK);

/** The kind bits of a lower-case tag name (0 for an inline tag). */
export const kindOfTag = (tag: string): number => KINDS.get(tag) ?? 0;

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;
export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
