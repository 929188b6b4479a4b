// A value that follows another once it has stopped changing for `delayMs`: what a preview
// reads, so it runs when the typing pauses rather than on every keystroke.
import { useEffect, useState } from 'preact/hooks';

export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
    // keyed by content: a new object with the same fields is no change
  }, [key, delayMs]);
  return settled;
}
