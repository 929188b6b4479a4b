// The outline's depth and indent choices, shared by the popup and the 清稿台: each starts from the
// saved choice and saves a change at once, so the next popup or desk opens as the user left it.
import { useState } from 'preact/hooks';

/** Where the choices come from and go to (browser storage in the extension, plain values in tests). */
export interface OutlinePreferenceStore {
  initialDepth: number;
  saveDepth(depth: number): void;
  initialIndent: string;
  saveIndent(indent: string): void;
}

/** The AnalysisView props that carry the choices. */
export interface OutlinePreferenceProps {
  outlineDepth: number;
  onOutlineDepthChange(depth: number): void;
  outlineIndent: string;
  onOutlineIndentChange(indent: string): void;
}

export function useOutlinePreferences(store: OutlinePreferenceStore): OutlinePreferenceProps {
  const [depth, setDepth] = useState(store.initialDepth);
  const [indent, setIndent] = useState(store.initialIndent);
  return {
    outlineDepth: depth,
    onOutlineDepthChange(value) {
      setDepth(value);
      store.saveDepth(value);
    },
    outlineIndent: indent,
    onOutlineIndentChange(value) {
      setIndent(value);
      store.saveIndent(value);
    },
  };
}
