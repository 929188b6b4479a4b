// A matcher for the selectors template sites hide junk with: compounds of tag, #id and
// .class, joined by descendant or child combinators (".content .jm", "div#art > span.x").
// Anything else (attributes, pseudo-classes, sibling combinators) is not read: a page's
// hiding rules are simple, and this keeps matching fast and the same in every DOM library.

import { classAttributeOf } from './element-kinds';

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

export const classesOf: ClassesOf = (element) => (classAttributeOf(element) ?? '').split(/\s+/).filter(Boolean);

/** What the matcher reads of an element and how it climbs to its parent: the DOM's own, or a
 * walk's record of the path it stands on. `parentOf` gives null above the root. */
export interface SelectorSubject<T> {
  parentOf(node: T): T | null;
  tagOf(node: T): string;
  idOf(node: T): string | null;
  classesOf(node: T): readonly string[];
}

function matchesCompound<T>(node: T, compound: Compound, subject: SelectorSubject<T>): boolean {
  if (compound.tag && subject.tagOf(node) !== compound.tag) return false;
  if (compound.id && subject.idOf(node) !== compound.id) return false;
  if (compound.classes.length === 0) return true;
  const names = subject.classesOf(node);
  return compound.classes.every((c) => names.includes(c));
}

const domSubject = (classes: ClassesOf): SelectorSubject<Element> => ({
  parentOf: (element) => element.parentElement,
  tagOf: (element) => element.localName.toLowerCase(),
  idOf: (element) => element.getAttribute('id'),
  classesOf: classes,
});
const DOM_SUBJECT = domSubject(classesOf);

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
  return matchesSelector(element, selector, classes === classesOf ? DOM_SUBJECT : domSubject(classes));
}

/** `matchesSimpleSelector` on any subject (see SelectorSubject). */
export function matchesSelector<T>(node: T, selector: SimpleSelector, subject: SelectorSubject<T>): boolean {
  const last = selector.length - 1;
  if (!matchesCompound(node, selector[last]!.compound, subject)) return false;
  // where the compound matched last stands, nearest first
  let standing: T[] = [node];
  for (let index = last - 1; index >= 0; index--) {
    const compound = selector[index]!.compound;
    // what the compound to the left of this one needs: every place (child combinator) or the nearest
    const nearestOnly = index === 0 || selector[index]!.combinator === ' ';
    const next: T[] = [];
    if (selector[index + 1]!.combinator === '>') {
      for (const below of standing) {
        const parent = subject.parentOf(below);
        if (parent !== null && matchesCompound(parent, compound, subject)) {
          next.push(parent);
          if (nearestOnly) break;
        }
      }
    } else {
      for (let e = subject.parentOf(standing[0]!); e !== null; e = subject.parentOf(e)) {
        if (matchesCompound(e, compound, subject)) {
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
