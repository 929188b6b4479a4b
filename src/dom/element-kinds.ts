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

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;
export const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
