// Reads a .docx we wrote the way a test needs it: the XML parts, parsed (linkedom), and the
// body's paragraphs with their style, outline level, indent and text.
import { DOMParser } from 'linkedom';
import { readZip } from '../office/zip';

export interface DocxParagraph {
  text: string;
  style?: string;
  /** w:outlineLvl set on the paragraph itself (0 = level 1) */
  outlineLevel?: number;
  indent: Record<string, string>;
  /** each run's text and East Asian font, in order */
  runs: { text: string; font?: string }[];
  element: Element;
}

export interface OpenedDocx {
  parts: Map<string, Buffer>;
  xml(name: string): Document;
  paragraphs: DocxParagraph[];
}

const W = 'w:';

export function childrenNamed(node: Element | Document, name: string): Element[] {
  return [...(node as Element).getElementsByTagName(name)];
}

export function firstNamed(node: Element | Document, name: string): Element | undefined {
  return childrenNamed(node, name)[0];
}

export function attributesOf(element: Element | undefined): Record<string, string> {
  if (!element) return {};
  return Object.fromEntries([...element.attributes].map((a) => [a.name.replace(/^w:/, ''), a.value]));
}

export function openDocx(bytes: Uint8Array): OpenedDocx {
  const parts = readZip(Buffer.from(bytes));
  const xml = (name: string) => {
    const part = parts.get(name);
    if (!part) throw new Error(`no ${name} in the .docx`);
    return new DOMParser().parseFromString(part.toString('utf8'), 'text/xml') as unknown as Document;
  };
  const body = firstNamed(xml('word/document.xml'), `${W}body`)!;
  const paragraphs = childrenNamed(body, `${W}p`).map((p): DocxParagraph => {
    const pPr = firstNamed(p, `${W}pPr`);
    const style = pPr && attributesOf(firstNamed(pPr, `${W}pStyle`)).val;
    const outline = pPr && attributesOf(firstNamed(pPr, `${W}outlineLvl`)).val;
    const runs = childrenNamed(p, `${W}r`).map((r) => ({
      text: childrenNamed(r, `${W}t`).map((t) => t.textContent ?? '').join(''),
      font: attributesOf(firstNamed(r, `${W}rFonts`)).eastAsia,
    }));
    return {
      text: runs.map((r) => r.text).join(''),
      ...(style ? { style } : {}),
      ...(outline !== undefined ? { outlineLevel: Number(outline) } : {}),
      indent: attributesOf(pPr && firstNamed(pPr, `${W}ind`)),
      runs,
      element: p,
    };
  });
  return { parts, xml, paragraphs };
}
