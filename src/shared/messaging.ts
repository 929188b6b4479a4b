// One typed `send` per direction and one `handle` for every receiver, over the message map in
// messages.ts. Handlers only hear our own messages from our own extension: anything else
// (other extensions, a page posting look-alikes) is ignored without an answer.
import type { Browser, Runtime } from 'webextension-polyfill';
import { isMessage, type Message, type MessageName, type ResponseOf } from './messages';

export type MessageHandlers = {
  [N in MessageName]?: (message: Message<N>, sender: Runtime.MessageSender) => ResponseOf<N> | Promise<ResponseOf<N>>;
};

/** Sends to the content script in the top frame of a tab. */
export function sendToTab<N extends MessageName>(
  api: Pick<Browser, 'tabs'>,
  tabId: number,
  message: Message<N>,
): Promise<ResponseOf<N>> {
  return api.tabs.sendMessage(tabId, message, { frameId: 0 }) as Promise<ResponseOf<N>>;
}

/** Sends to the extension's own pages and background. */
export function sendToExtension<N extends MessageName>(
  api: Pick<Browser, 'runtime'>,
  message: Message<N>,
): Promise<ResponseOf<N>> {
  return api.runtime.sendMessage(message) as Promise<ResponseOf<N>>;
}

/** Registers `handlers` on runtime.onMessage; returns the function that removes them. */
export function handleMessages(api: Pick<Browser, 'runtime'>, handlers: MessageHandlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (sender.id !== api.runtime.id || !isMessage(message)) return undefined;
    const handler = handlers[message.type] as
      | ((message: Message, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    // A promise (even of undefined) answers the sender; `undefined` leaves it to other listeners.
    return Promise.resolve().then(() => handler(message, sender));
  };
  api.runtime.onMessage.addListener(listener);
  return () => api.runtime.onMessage.removeListener(listener);
}
