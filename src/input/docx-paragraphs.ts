// The paragraphs of a Word .docx, in reading order, with the outline level Word gives each
// (its own w:outlineLvl, else its style's, else a built-in "heading N" style) and whether it is
// the document's Title. Pure: bytes in, data out (no DOM), so the command line and the 清稿台
// read a file the same way. The zip is opened with fflate (the docx export's own zip library);
// only word/document.xml and word/styles.xml are unpacked, each held to the size limit.
import { unzipSync } from 'fflate';
import { InputProblem } from './input-problem';
import { MAX_DOCX_BYTES, MAX_DOCX_WORDS, megabytes } from './input-limits';
import { isZip } from './input-kind';

export interface DocxParagraph {
  text: string;
  /** Word's outline level, 0-based (0 = 标题 1 / heading 1); absent for body text */
  outlineLevel?: number;
  /** styled as the document's Title (标题) */
  title?: boolean;
}

const DOCUMENT = 'word/document.xml';
const STYLES = 'word/styles.xml';
/** w:outlineLvl 9 is "body text"; 0–8 are the levels. */
const BODY_TEXT_LEVEL = 9;

export function readDocxParagraphs(bytes: Uint8Array): DocxParagraph[] {
  const parts = unzipParts(bytes);
  const documentXml = parts[DOCUMENT];
  if (!documentXml) throw new InputProblem('docx-no-document', `not a Word document: the zip holds no ${DOCUMENT}`);
  const styles = parts[STYLES] ? readStyles(utf8(parts[STYLES])) : new Map<string, StyleInfo>();
  return readParagraphs(utf8(documentXml), styles);
}

function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> {
  if (!isZip(bytes)) throw new InputProblem('docx-not-zip', 'not a Word document: a .docx is a zip archive, and this file is not one');
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== DOCUMENT && file.name !== STYLES) return false;
        if (file.originalSize > MAX_DOCX_BYTES) {
          throw new InputProblem('too-large', `too large: its text part unpacks to ${megabytes(file.originalSize)}, the limit is ${MAX_DOCX_WORDS}`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof InputProblem) throw error;
    throw new InputProblem('docx-not-zip', `not a Word document: the zip archive is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

function utf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes);
}

// ---- a linear scan over the XML's tags (no regex over the document, no DOM) ----

interface Tag {
  /** the qualified name without a leading "/" ("w:p") */
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** the whole tag text, for reading an attribute */
  source: string;
  /** where the text after the tag starts */
  end: number;
}

/** The next tag at or after `from`, skipping comments, processing instructions and CDATA. */
function nextTag(xml: string, from: number): Tag | undefined {
  let at = xml.indexOf('<', from);
  while (at >= 0) {
    if (xml.startsWith('<!--', at)) at = skipTo(xml, at, '-->');
    else if (xml.startsWith('<?', at)) at = skipTo(xml, at, '?>');
    else if (xml.startsWith('<![CDATA[', at)) at = skipTo(xml, at, ']]>');
    else {
      const close = xml.indexOf('>', at);
      if (close < 0) return undefined;
      const source = xml.slice(at, close + 1);
      const closing = source[1] === '/';
      const selfClosing = source[source.length - 2] === '/';
      let nameEnd = closing ? 2 : 1;
      while (nameEnd < source.length && !' \t\r\n/>'.includes(source[nameEnd]!)) nameEnd++;
      return { name: source.slice(closing ? 2 : 1, nameEnd), closing, selfClosing, source, end: close + 1 };
    }
    if (at < 0) return undefined;
    at = xml.indexOf('<', at);
  }
  return undefined;
}

function skipTo(xml: string, at: number, terminator: string): number {
  const end = xml.indexOf(terminator, at);
  return end < 0 ? -1 : end + terminator.length;
}

/** The value of attribute `name` ("w:val") in a tag's text. */
function attribute(source: string, name: string): string | undefined {
  const key = ` ${name}=`;
  let at = source.indexOf(key);
  if (at < 0) at = source.indexOf(`\t${name}=`);
  if (at < 0) at = source.indexOf(`\n${name}=`);
  if (at < 0) return undefined;
  const quoteAt = at + key.length;
  const quote = source[quoteAt];
  if (quote !== '"' && quote !== "'") return undefined;
  const end = source.indexOf(quote, quoteAt + 1);
  return end < 0 ? undefined : decodeEntities(source.slice(quoteAt + 1, end));
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function level(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 && n <= BODY_TEXT_LEVEL ? n : undefined;
}

// ---- styles ----

interface StyleInfo {
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
}

const HEADING_STYLE_NAME = /^heading ([1-9])$/i;

function readStyles(xml: string): Map<string, StyleInfo> {
  const styles = new Map<string, StyleInfo>();
  let current: StyleInfo | undefined;
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name === 'w:style') {
      if (tag.closing) current = undefined;
      else if (!tag.selfClosing) {
        current = {};
        const id = attribute(tag.source, 'w:styleId');
        if (id !== undefined) styles.set(id, current);
      }
    } else if (current && !tag.closing) {
      if (tag.name === 'w:name') current.name = attribute(tag.source, 'w:val');
      else if (tag.name === 'w:basedOn') current.basedOn = attribute(tag.source, 'w:val');
      else if (tag.name === 'w:outlineLvl') current.outlineLevel = level(attribute(tag.source, 'w:val'));
    }
  }
  return styles;
}

/** A style's outline level: its own, a built-in heading's, or the one of the style it is based on. */
function styleLevel(styles: Map<string, StyleInfo>, id: string): number | undefined {
  let style = styles.get(id);
  for (let hops = 0; style && hops < 10; hops++) {
    if (style.outlineLevel !== undefined) return style.outlineLevel;
    const heading = style.name && HEADING_STYLE_NAME.exec(style.name);
    if (heading) return Number(heading[1]) - 1;
    style = style.basedOn === undefined ? undefined : styles.get(style.basedOn);
  }
  return undefined;
}

function isTitleStyle(styles: Map<string, StyleInfo>, id: string): boolean {
  const name = styles.get(id)?.name;
  return name !== undefined ? name.toLowerCase() === 'title' : id.toLowerCase() === 'title';
}

// ---- paragraphs ----

interface OpenParagraph {
  text: string;
  style?: string;
  outlineLevel?: number;
}

/** Text of runs: w:t; tabs and breaks as white space and line ends; deleted text (w:delText),
 * field codes (w:instrText) and the second copy of a text box (mc:Fallback) left out. */
function readParagraphs(xml: string, styles: Map<string, StyleInfo>): DocxParagraph[] {
  const paragraphs: DocxParagraph[] = [];
  const open: OpenParagraph[] = [];
  let inTabStops = 0;
  const finish = (paragraph: OpenParagraph) => {
    const lines = paragraph.text.split('\n').filter((line) => line.trim());
    if (!lines.length) return;
    const own = paragraph.outlineLevel;
    const styled = paragraph.style === undefined ? undefined : styleLevel(styles, paragraph.style);
    const outlineLevel = own ?? styled;
    const title = paragraph.style !== undefined && isTitleStyle(styles, paragraph.style);
    lines.forEach((text, i) => {
      const item: DocxParagraph = { text };
      // a soft line break inside a heading: the first line carries the level
      if (i === 0 && outlineLevel !== undefined && outlineLevel < BODY_TEXT_LEVEL) item.outlineLevel = outlineLevel;
      if (i === 0 && title) item.title = true;
      paragraphs.push(item);
    });
  };

  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) {
    const current = open[open.length - 1];
    switch (tag.name) {
      case 'w:p':
        if (tag.closing) {
          const done = open.pop();
          if (done) finish(done);
        } else if (!tag.selfClosing) open.push({ text: '' });
        break;
      case 'w:pStyle':
        if (current && !tag.closing) current.style = attribute(tag.source, 'w:val');
        break;
      case 'w:outlineLvl':
        if (current && !tag.closing) current.outlineLevel = level(attribute(tag.source, 'w:val'));
        break;
      case 'w:tabs':
        if (!tag.selfClosing) inTabStops += tag.closing ? -1 : 1;
        break;
      case 'w:tab':
        if (current && !tag.closing && inTabStops === 0) current.text += '\t';
        break;
      case 'w:br':
      case 'w:cr':
        // a page or column break ends no line of text
        if (current && !tag.closing && (attribute(tag.source, 'w:type') ?? 'textWrapping') === 'textWrapping') current.text += '\n';
        break;
      case 'w:noBreakHyphen':
        if (current && !tag.closing) current.text += '-';
        break;
      case 'w:t': {
        if (tag.closing || tag.selfClosing) break;
        const end = xml.indexOf('</w:t>', tag.end);
        if (end < 0) return finishAll(paragraphs, open, finish);
        if (current) current.text += decodeEntities(xml.slice(tag.end, end));
        tag = { ...tag, end: end + '</w:t>'.length };
        break;
      }
      case 'mc:Fallback': {
        if (tag.closing || tag.selfClosing) break;
        const end = skipElement(xml, tag.end, 'mc:Fallback');
        if (end < 0) return finishAll(paragraphs, open, finish);
        tag = { ...tag, end };
        break;
      }
    }
  }
  return finishAll(paragraphs, open, finish);
}

/** A document cut short: what was open still counts. */
function finishAll(paragraphs: DocxParagraph[], open: OpenParagraph[], finish: (p: OpenParagraph) => void): DocxParagraph[] {
  while (open.length) finish(open.shift()!);
  return paragraphs;
}

/** Where the element `name` opened just before `from` ends (nested ones of the same name counted). */
function skipElement(xml: string, from: number, name: string): number {
  let depth = 1;
  for (let tag = nextTag(xml, from); tag; tag = nextTag(xml, tag.end)) {
    if (tag.name !== name || tag.selfClosing) continue;
    depth += tag.closing ? -1 : 1;
    if (depth === 0) return tag.end;
  }
  return -1;
}
