// Two connected ends of an extension port, passing each message the way Chrome does: as JSON
// in UTF-8 (a lone half of a surrogate pair arrives as U+FFFD), each delivered in a task of its
// own. Closing one end tells the other (onDisconnect), as a runtime port does.
import type { PiecePort } from '../../src/shared/analysis-port';

type Listener = (...args: any[]) => void;

export interface PairEnd extends PiecePort {
  /** every message posted by this end, as sent */
  readonly posted: unknown[];
  name: string;
  sender?: { id?: string };
}

/** Every string through UTF-8, as Chrome converts a message's values (JSON.stringify alone would
 * escape a lone surrogate and keep it). */
const utf8 = (text: string): string => new TextDecoder().decode(new TextEncoder().encode(text));
const overTheWire = (message: unknown): unknown =>
  JSON.parse(JSON.stringify(message, (_key, value: unknown) => (typeof value === 'string' ? utf8(value) : value)));

export function portPair(name: string, sender?: { id?: string }): [PairEnd, PairEnd] {
  const make = (): PairEnd & { messageListeners: Listener[]; disconnectListeners: Listener[]; other?: PairEnd & { messageListeners: Listener[]; disconnectListeners: Listener[] }; open: boolean } => {
    const end = {
      name,
      sender,
      posted: [] as unknown[],
      messageListeners: [] as Listener[],
      disconnectListeners: [] as Listener[],
      open: true,
      other: undefined as any,
      postMessage(message: unknown) {
        if (!end.open) throw new Error('Attempting to use a disconnected port object');
        end.posted.push(message);
        const arrived = overTheWire(message);
        setTimeout(() => {
          if (end.other.open) for (const listener of end.other.messageListeners) listener(arrived, end.other);
        }, 0);
      },
      onMessage: { addListener: (listener: Listener) => void end.messageListeners.push(listener) },
      onDisconnect: { addListener: (listener: Listener) => void end.disconnectListeners.push(listener) },
      disconnect() {
        if (!end.open) return;
        end.open = false;
        setTimeout(() => {
          if (!end.other.open) return;
          end.other.open = false;
          for (const listener of end.other.disconnectListeners) listener(end.other);
        }, 0);
      },
    };
    return end as any;
  };
  const a = make();
  const b = make();
  a.other = b;
  b.other = a;
  return [a, b];
}
