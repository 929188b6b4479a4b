// Reads what LibreOffice wrote — an .odt or a .docx — into one small model the checks share:
// the body's paragraphs in order, each with its outline level (0 = body text), its paragraph
// style's name and its runs with the font, size and weight in effect (styles resolved through
// their parents and the document defaults). The font of a run is its East Asian font when the
// run holds CJK text, else its Western font: LibreOffice sets the two apart within a paragraph.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DOMParser } from 'linkedom';
import { readZip } from './zip';

export interface Run {
  text: string;
  font?: string;
  sizePt?: number;
  bold?: boolean;
}

export interface Paragraph {
  /** the runs' text joined */
  text: string;
  /** 1–9 for a heading or a paragraph with an outline level, 0 for body text */
  outlineLevel: number;
  /** the paragraph style a user sees (an automatic style's named parent) */
  style: string;
  runs: Run[];
}

export interface OfficeDocument {
  paragraphs: Paragraph[];
}

/** What a style or run sets: each property for Western and East Asian text. */
interface Props {
  font?: string;
  fontAsian?: string;
  size?: string;
  sizeAsian?: string;
  weight?: string;
  weightAsian?: string;
}

interface RawRun {
  text: string;
  props: Props;
}

interface NamedStyle {
  name: string;
  parent: string | null | undefined;
  props: Props;
  outlineLevel: number | undefined;
}

type Parts = Map<string, Buffer>;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

export function readOfficeFile(file: string): OfficeDocument {
  const ext = extname(file).toLowerCase();
  const parts = readZip(readFileSync(file));
  if (ext === '.odt') return readOdt(parts);
  if (ext === '.docx') return readDocx(parts);
  throw new Error(`not an .odt or .docx: ${file}`);
}

function xml(parts: Parts, name: string): Document {
  const bytes = parts.get(name);
  if (!bytes) throw new Error(`no ${name} in the file`);
  return new DOMParser().parseFromString(bytes.toString('utf8'), 'text/xml') as unknown as Document;
}

function* elements(node: Node, ...names: string[]): Generator<Element> {
  for (const child of node.childNodes ?? []) {
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (names.length === 0 || names.includes(el.tagName)) yield el;
  }
}

function first(node: Node | undefined | null, name: string): Element | undefined {
  if (!node) return undefined;
  for (const el of elements(node, name)) return el;
  return undefined;
}

/** A run before its script is known: its text and every property in effect. */
function rawRun(props: Props, text: string): RawRun {
  return { text, props };
}

const LATIN = /[A-Za-z0-9\u00c0-\u024f]/;

/**
 * Picks each run's East Asian or Western properties by its script, the way LibreOffice lays text
 * out: CJK text is Asian, letters and digits Western, and a run of only punctuation, dashes or
 * quotes ("——", "“") takes the script of the text before it (at a paragraph's start, after it).
 */
function resolveRuns(raw: RawRun[]): Run[] {
  const scripts: ('asian' | 'western' | undefined)[] = raw.map((r) => (CJK.test(r.text) ? 'asian' : LATIN.test(r.text) ? 'western' : undefined));
  for (let i = 0; i < scripts.length; i++) scripts[i] ??= scripts[i - 1];
  for (let i = scripts.length - 1; i >= 0; i--) scripts[i] ??= scripts[i + 1] ?? 'western';
  return raw.map(({ text, props }, i) => {
    const asian = scripts[i] === 'asian';
    const pick = (a: keyof Props, w: keyof Props) => (asian ? props[a] ?? props[w] : props[w] ?? props[a]);
    const size = pick('sizeAsian', 'size');
    const weight = pick('weightAsian', 'weight');
    return {
      text,
      font: pick('fontAsian', 'font'),
      sizePt: size === undefined ? undefined : toPt(size),
      bold: weight === undefined ? undefined : weight === 'bold' || Number(weight) >= 600,
    };
  });
}

function toPt(length: string): number | undefined {
  const m = /^([\d.]+)(pt|in|cm|mm)?$/.exec(length);
  if (!m) return undefined;
  const value = Number(m[1]);
  const unit: Record<string, number> = { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 };
  return Math.round(value * unit[m[2] ?? 'pt']! * 100) / 100;
}

// ---------------------------------------------------------------- ODF (.odt)

function readOdt(parts: Parts): OfficeDocument {
  const content = xml(parts, 'content.xml');
  const styles = xml(parts, 'styles.xml');
  const fonts = new Map<string, string>();
  for (const doc of [styles, content]) {
    for (const face of doc.getElementsByTagName('style:font-face')) {
      fonts.set(face.getAttribute('style:name') ?? '', (face.getAttribute('svg:font-family') ?? '').replace(/^['"]|['"]$/g, ''));
    }
  }
  /** "family:name" → style */
  const byName = new Map<string, NamedStyle>();
  const defaults: Props = {};
  for (const doc of [styles, content]) {
    for (const el of doc.getElementsByTagName('style:default-style')) {
      if (el.getAttribute('style:family') === 'paragraph') Object.assign(defaults, odfTextProps(el, fonts));
    }
    for (const el of doc.getElementsByTagName('style:style')) {
      byName.set(`${el.getAttribute('style:family')}:${el.getAttribute('style:name')}`, {
        name: el.getAttribute('style:display-name') ?? el.getAttribute('style:name') ?? '',
        parent: el.getAttribute('style:parent-style-name'),
        props: odfTextProps(el, fonts),
        outlineLevel: Number(el.getAttribute('style:default-outline-level') ?? 0),
      });
    }
  }
  const resolve = (family: string, name: string | null): NamedStyle[] => {
    const chain: NamedStyle[] = [];
    for (let s = byName.get(`${family}:${name}`); s; s = s.parent ? byName.get(`${family}:${s.parent}`) : undefined) chain.unshift(s);
    return chain;
  };
  const paragraphProps = (name: string | null): Props => Object.assign({}, defaults, ...resolve('paragraph', name).map((s) => s.props));
  /** the nearest named (non-automatic) style: what a user sees in the style list */
  const visibleStyle = (name: string | null): string => resolve('paragraph', name).filter((s) => !/^P\d+$/.test(s.name)).pop()?.name ?? name ?? '';

  const paragraphs: Paragraph[] = [];
  const body = content.getElementsByTagName('office:text')[0];
  if (!body) throw new Error('no office:text in content.xml');
  const walk = (node: Node) => {
    for (const el of elements(node)) {
      if (el.tagName === 'text:p' || el.tagName === 'text:h') {
        const styleName = el.getAttribute('text:style-name');
        const base = paragraphProps(styleName);
        const chain = resolve('paragraph', styleName);
        const styleLevel = chain.reduce((level, s) => s.outlineLevel || level, 0);
        const raw: RawRun[] = [];
        odfRuns(el, base, (name: string | null) => Object.assign({}, ...resolve('text', name).map((s) => s.props)), raw);
        const runs = resolveRuns(raw);
        paragraphs.push({
          text: runs.map((r) => r.text).join(''),
          outlineLevel: el.tagName === 'text:h' ? Number(el.getAttribute('text:outline-level') ?? styleLevel) : 0,
          style: visibleStyle(styleName),
          runs,
        });
      } else walk(el);
    }
  };
  walk(body);
  return { paragraphs };
}

function odfTextProps(styleEl: Element, fonts: Map<string, string>): Props {
  const props: Props = {};
  const text = first(styleEl, 'style:text-properties');
  if (!text) return props;
  const font = (attr: string): string | undefined => {
    const name = text.getAttribute(attr);
    return name === null ? undefined : fonts.get(name) ?? name;
  };
  const set = (key: keyof Props, value: string | null | undefined) => {
    if (value !== undefined && value !== null) props[key] = value;
  };
  set('font', font('style:font-name') ?? text.getAttribute('fo:font-family')?.replace(/^['"]|['"]$/g, ''));
  set('fontAsian', font('style:font-name-asian') ?? text.getAttribute('style:font-family-asian')?.replace(/^['"]|['"]$/g, ''));
  set('size', text.getAttribute('fo:font-size'));
  set('sizeAsian', text.getAttribute('style:font-size-asian'));
  set('weight', text.getAttribute('fo:font-weight'));
  set('weightAsian', text.getAttribute('style:font-weight-asian'));
  return props;
}

function odfRuns(node: Node, props: Props, spanProps: (name: string | null) => Props, runs: RawRun[]): void {
  // runs: raw runs, scripts resolved by the caller
  for (const child of node.childNodes ?? []) {
    if (child.nodeType === 3) {
      if (child.textContent) runs.push(rawRun(props, child.textContent));
    } else if (child.nodeType === 1) {
      const el = child as Element;
      if (el.tagName === 'text:s') runs.push(rawRun(props, ' '.repeat(Number(el.getAttribute('text:c') ?? 1))));
      else if (el.tagName === 'text:tab') runs.push(rawRun(props, '\t'));
      else if (el.tagName === 'text:line-break') runs.push(rawRun(props, '\n'));
      else if (el.tagName === 'text:span') odfRuns(el, { ...props, ...spanProps(el.getAttribute('text:style-name')) }, spanProps, runs);
      else if (!/^(text:note|office:annotation)/.test(el.tagName)) odfRuns(el, props, spanProps, runs);
    }
  }
}

// ---------------------------------------------------------------- OOXML (.docx)

function readDocx(parts: Parts): OfficeDocument {
  const doc = xml(parts, 'word/document.xml');
  const styles = parts.has('word/styles.xml') ? xml(parts, 'word/styles.xml') : undefined;
  const byId = new Map<string, NamedStyle>();
  const defaults: Props = {};
  let defaultParagraph: string | undefined;
  if (styles) {
    const rPrDefault = styles.getElementsByTagName('w:rPrDefault')[0];
    if (rPrDefault) Object.assign(defaults, docxRunProps(first(rPrDefault, 'w:rPr')));
    for (const el of styles.getElementsByTagName('w:style')) {
      const pPr = first(el, 'w:pPr');
      const level = pPr && first(pPr, 'w:outlineLvl');
      if (el.getAttribute('w:type') === 'paragraph' && /^(1|true|on)$/.test(el.getAttribute('w:default') ?? '')) defaultParagraph = el.getAttribute('w:styleId') ?? undefined;
      byId.set(el.getAttribute('w:styleId') ?? '', {
        name: first(el, 'w:name')?.getAttribute('w:val') ?? el.getAttribute('w:styleId') ?? '',
        parent: first(el, 'w:basedOn')?.getAttribute('w:val'),
        props: docxRunProps(first(el, 'w:rPr')),
        outlineLevel: level ? Number(level.getAttribute('w:val')) + 1 : undefined,
      });
    }
  }
  const chainOf = (id: string): NamedStyle[] => {
    const chain: NamedStyle[] = [];
    for (let s = byId.get(id); s && chain.length < 20; s = s.parent ? byId.get(s.parent) : undefined) chain.unshift(s);
    return chain;
  };
  const paragraphs: Paragraph[] = [];
  const body = doc.getElementsByTagName('w:body')[0];
  if (!body) throw new Error('no w:body in word/document.xml');
  for (const p of body.getElementsByTagName('w:p')) {
    const pPr = first(p, 'w:pPr');
    const styleId = (pPr && first(pPr, 'w:pStyle')?.getAttribute('w:val')) ?? defaultParagraph;
    const chain = styleId ? chainOf(styleId) : [];
    const base = Object.assign({}, defaults, ...chain.map((s) => s.props));
    const ownLevel = pPr && first(pPr, 'w:outlineLvl');
    const styleLevel = chain.reduce<number | undefined>((level, s) => s.outlineLevel ?? level, undefined);
    const level = ownLevel ? Number(ownLevel.getAttribute('w:val')) + 1 : styleLevel;
    const raw: RawRun[] = [];
    for (const r of p.getElementsByTagName('w:r')) {
      const rPr = first(r, 'w:rPr');
      const runStyle = rPr && first(rPr, 'w:rStyle')?.getAttribute('w:val');
      const props = Object.assign({}, base, ...(runStyle ? chainOf(runStyle).map((s) => s.props) : []), docxRunProps(rPr));
      let text = '';
      for (const el of elements(r)) {
        if (el.tagName === 'w:t') text += el.textContent ?? '';
        else if (el.tagName === 'w:tab') text += '\t';
        else if (el.tagName === 'w:br' || el.tagName === 'w:cr') text += '\n';
      }
      if (text) raw.push(rawRun(props, text));
    }
    const runs = resolveRuns(raw);
    paragraphs.push({
      text: runs.map((r) => r.text).join(''),
      // Word's outline levels 1–9; 10 (w:outlineLvl 9) is body text
      outlineLevel: level !== undefined && level <= 9 ? level : 0,
      style: chain.at(-1)?.name ?? '',
      runs,
    });
  }
  return { paragraphs };
}

function docxRunProps(rPr: Element | undefined): Props {
  const props: Props = {};
  if (!rPr) return props;
  const fonts = first(rPr, 'w:rFonts');
  if (fonts) {
    const ascii = fonts.getAttribute('w:ascii') ?? fonts.getAttribute('w:hAnsi');
    const eastAsia = fonts.getAttribute('w:eastAsia');
    if (ascii) props.font = ascii;
    if (eastAsia) props.fontAsian = eastAsia;
  }
  const size = first(rPr, 'w:sz')?.getAttribute('w:val');
  const sizeCs = first(rPr, 'w:szCs')?.getAttribute('w:val');
  if (size) props.size = `${Number(size) / 2}pt`;
  else if (sizeCs) props.size = `${Number(sizeCs) / 2}pt`;
  const bold = first(rPr, 'w:b');
  if (bold) props.weight = /^(0|false|off)$/.test(bold.getAttribute('w:val') ?? '') ? 'normal' : 'bold';
  return props;
}
