// Where both hidden checks (static in Node, computed in the browser) draw the line, so they agree.

/** Farther than this past the page's left or top edge is off-screen, not a nudge. */
export const OFFSCREEN_PX = -500;
/** Below this opacity nobody reads the text. */
export const MIN_OPACITY = 0.05;
/** clip: rect(0 0 0 0) or rect(1px, 1px, 1px, 1px) on a positioned element: the screen-reader-only box. */
export const CLIPPED_TO_NOTHING = /^rect\(\s*[01](px)?[\s,]+[01](px)?[\s,]+[01](px)?[\s,]+[01](px)?\s*\)$/;
/** clip-path: inset(50%) leaves nothing to see. */
export const CLIP_PATH_TO_NOTHING = /^inset\(\s*(50|100)%\s*\)$/;
