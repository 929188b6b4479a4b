// Every timed HTML run gets its own fresh parse: both our pipeline and Readability change or
// cache things on the document, and a re-used one would flatter whichever runs second.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}
