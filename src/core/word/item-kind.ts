// Word and WPS build their navigation pane from heading levels, so a copy or an export must
// tell the outline's heading-rank items (第一部分, 一、, （一）, 1., （1）, ①) from its paragraph
// points (一是, 第一，, 首先, ——), which are sentences of the text and stay body paragraphs.
// The answer comes from the marker families themselves (src/core/markers.ts).
import { matchMarker, type FamilyKind } from '../markers';
import type { OutlineItem } from '../types';

/** Any character a marker may be followed by: no digit, numeral, dash or space (the families' look-aheads). */
const NEUTRAL_FOLLOWER = '文';

/**
 * 'heading' for a heading-rank item, 'point' for a paragraph point. The marker alone is read
 * (the item's text may start with a digit that would change how "1." reads); a marker no
 * family owns whole is a point, so nothing unknown enters the navigation pane.
 */
export function outlineItemKind(item: Pick<OutlineItem, 'marker'>): FamilyKind {
  const match = matchMarker(item.marker + NEUTRAL_FOLLOWER);
  return match && match.marker === item.marker ? match.family.kind : 'point';
}

/** True for a heading-rank item (第一部分, 一、, （一）, 1., （1）, ①). */
export function isHeadingItem(item: Pick<OutlineItem, 'marker'>): boolean {
  return outlineItemKind(item) === 'heading';
}
