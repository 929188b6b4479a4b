// A matcher for the selectors template sites hide junk with: compounds of tag, #id and
// .class, joined by descendant or child combinators (".content .jm", "div#art > span.x").
// Anything else (attributes, pseudo-classes, sibling combinators) is not read: a page's
// hiding rules are simple, and this keeps matching fast and the same in every DOM library.

export interface Compound {
  tag?: string;
  id?: string;
  classes: string[];
}

interface Step {
  compound: Compound;
  /** how this compound relates to the one on its right */
  combinator: ' ' | '>';
}

export type SimpleSelector = Step[];

const COMPOUND = /^([a-z][a-z0-9-]*|\*)?((?:[#.][\w-]+)*)$/i;

export function parseCompound(text: string): Compound | undefined {
  const m = text.match(COMPOUND);
  if (!m || text === '') return undefined;
  const compound: Compound = { classes: [] };
  if (m[1] && m[1] !== '*') compound.tag = m[1].toLowerCase();
  for (const part of m[2]!.match(/[#.][\w-]+/g) ?? []) {
    if (part[0] === '#') compound.id = part.slice(1);
    else compound.classes.push(part.slice(1));
  }
  return compound;
}

/** Parses one selector (no commas); undefined when it uses anything beyond the simple forms. */
export function parseSimpleSelector(selector: string): SimpleSelector | undefined {
  const tokens = selector.replace(/>/g, ' > ').split(/\s+/).filter(Boolean);
  const steps: SimpleSelector = [];
  let combinator: ' ' | '>' = ' ';
  for (const token of tokens) {
    if (token === '>') {
      if (steps.length === 0 || combinator === '>') return undefined;
      combinator = '>';
      continue;
    }
    const compound = parseCompound(token);
    if (!compound) return undefined;
    steps.push({ compound, combinator });
    combinator = ' ';
  }
  return steps.length > 0 && combinator === ' ' ? steps : undefined;
}

/** An element's class names; callers may pass a cached version. */
export type ClassesOf = (element: Element) => readonly string[];

export const classesOf: ClassesOf = (element) => (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);

function matchesCompound(element: Element, compound: Compound, classes: ClassesOf): boolean {
  if (compound.tag && element.localName.toLowerCase() !== compound.tag) return false;
  if (compound.id && element.getAttribute('id') !== compound.id) return false;
  if (compound.classes.length === 0) return true;
  const names = classes(element);
  return compound.classes.every((c) => names.includes(c));
}

/** The rightmost compound's most selective part, for indexing rules: "#id", ".class", "tag" or "*". */
export function selectorKey(selector: SimpleSelector): string {
  const last = selector[selector.length - 1]!.compound;
  if (last.id) return `#${last.id}`;
  if (last.classes[0]) return `.${last.classes[0]}`;
  return last.tag ?? '*';
}

/** CSS specificity as one number: ids, then classes, then tags. */
export function specificityOf(selector: SimpleSelector): number {
  let specificity = 0;
  for (const { compound } of selector) specificity += (compound.id ? 10_000 : 0) + compound.classes.length * 100 + (compound.tag ? 1 : 0);
  return specificity;
}

/**
 * Whether `element` matches `selector`.
 *
 * Linear in ancestors × compounds: the compounds are matched from the right, keeping the
 * ancestors each can stand on — only the nearest one when a descendant combinator comes next,
 * since any ancestor above it will do. Trying every ancestor for every descendant combinator in
 * turn (backtracking) took 34 s on `x div div … span` over 60 nested divs.
 */
export function matchesSimpleSelector(element: Element, selector: SimpleSelector, classes: ClassesOf = classesOf): boolean {
  const last = selector.length - 1;
  if (!matchesCompound(element, selector[last]!.compound, classes)) return false;
  // where the compound matched last stands, nearest first
  let standing: Element[] = [element];
  for (let index = last - 1; index >= 0; index--) {
    const compound = selector[index]!.compound;
    // what the compound to the left of this one needs: every place (child combinator) or the nearest
    const nearestOnly = index === 0 || selector[index]!.combinator === ' ';
    const next: Element[] = [];
    if (selector[index + 1]!.combinator === '>') {
      for (const below of standing) {
        const parent = below.parentElement;
        if (parent && matchesCompound(parent, compound, classes)) {
          next.push(parent);
          if (nearestOnly) break;
        }
      }
    } else {
      for (let e = standing[0]!.parentElement; e; e = e.parentElement) {
        if (matchesCompound(e, compound, classes)) {
          next.push(e);
          if (nearestOnly) break;
        }
      }
    }
    if (next.length === 0) return false;
    standing = next;
  }
  return true;
}
