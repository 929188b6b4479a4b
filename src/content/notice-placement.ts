// Where the in-page notice goes so it never covers the article's text: a corner of the
// viewport clear of the article, else the margin beside it (the notice narrowed to fit), else
// the band above or below it; only when the article fills the whole viewport does the notice
// fall back to the bottom-right corner. Pure geometry, in viewport pixels.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** CSS offsets for a position:fixed box; absent sides are `auto`. */
export interface Placement {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  /** narrower than the notice's natural width (it wraps) */
  maxWidth?: number;
}

/** the gap kept to the viewport's edges and to the article */
export const EDGE_GAP = 16;
/** narrower than this the notice's buttons no longer fit beside each other */
export const MIN_NOTICE_WIDTH = 140;

/** where the notice goes when nothing is known of the article: the bottom-right corner */
export const CORNER: Placement = { right: EDGE_GAP, bottom: EDGE_GAP };

const intersects = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

export function placeNotice(viewport: { width: number; height: number }, notice: { width: number; height: number }, article: Box | null): Placement {
  const { width: vw, height: vh } = viewport;
  const w = Math.min(notice.width, vw - 2 * EDGE_GAP);
  const h = notice.height;
  // only the part of the article on screen can be covered
  const text = article && {
    left: Math.max(0, article.left),
    top: Math.max(0, article.top),
    right: Math.min(vw, article.right),
    bottom: Math.min(vh, article.bottom),
  };
  if (!text || text.right <= text.left || text.bottom <= text.top) return CORNER;

  const corners: [Placement, Box][] = [
    [CORNER, { left: vw - EDGE_GAP - w, top: vh - EDGE_GAP - h, right: vw - EDGE_GAP, bottom: vh - EDGE_GAP }],
    [{ left: EDGE_GAP, bottom: EDGE_GAP }, { left: EDGE_GAP, top: vh - EDGE_GAP - h, right: EDGE_GAP + w, bottom: vh - EDGE_GAP }],
    [{ right: EDGE_GAP, top: EDGE_GAP }, { left: vw - EDGE_GAP - w, top: EDGE_GAP, right: vw - EDGE_GAP, bottom: EDGE_GAP + h }],
    [{ left: EDGE_GAP, top: EDGE_GAP }, { left: EDGE_GAP, top: EDGE_GAP, right: EDGE_GAP + w, bottom: EDGE_GAP + h }],
  ];
  for (const [placement, box] of corners) if (!intersects(box, text)) return placement;

  // beside the article, narrowed to the margin (its height no longer matters)
  const gap = EDGE_GAP / 2;
  const rightMargin = vw - text.right - 2 * gap;
  const leftMargin = text.left - 2 * gap;
  if (Math.max(rightMargin, leftMargin) >= MIN_NOTICE_WIDTH) {
    return rightMargin >= leftMargin
      ? { right: gap, bottom: EDGE_GAP, maxWidth: Math.min(w, rightMargin) }
      : { left: gap, bottom: EDGE_GAP, maxWidth: Math.min(w, leftMargin) };
  }
  // above or below it (its width no longer matters)
  if (text.top - 2 * gap >= h) return { right: EDGE_GAP, top: Math.max(gap, text.top - gap - h) };
  if (vh - text.bottom - 2 * gap >= h) return { right: EDGE_GAP, top: text.bottom + gap };
  return CORNER;
}
