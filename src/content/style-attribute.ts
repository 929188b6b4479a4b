// Appends declarations to an element's style attribute through the journal, so undo puts the
// attribute back exactly as it was (absent, empty or with the page's own declarations).
import type { DomJournal } from './dom-journal';

export function appendStyle(element: Element, declarations: string, journal: DomJournal): void {
  const current = (element.getAttribute('style') ?? '').trim();
  const separator = current === '' || current.endsWith(';') ? ' ' : '; ';
  journal.setAttribute(element, 'style', (current + separator + declarations).trim());
}
