import { browser } from 'wxt/browser';
import type { Envelope, MessageAnswer, MessageData, MessageName, ProtocolMap } from '../lib/protocol.ts';

/** Sends a typed message to the page agent in a tab. */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  data: MessageData<K>,
): Promise<MessageAnswer<K>> {
  const envelope: Envelope<K> = { crosscheck: name, data };
  const answer = (await browser.tabs.sendMessage(tabId, envelope)) as
    { value: MessageAnswer<K> } | { error: string };
  if ('error' in answer) throw new Error(answer.error);
  return answer.value;
}

export type Handlers = {
  [K in MessageName]: (data: MessageData<K>) => MessageAnswer<K> | Promise<MessageAnswer<K>>;
};

/**
 * Answers the protocol's messages with typed handlers. Errors travel back as data, so the caller sees the
 * page agent's own message rather than a generic "receiving end does not exist".
 */
export function handleMessages(handlers: Handlers, signal: AbortSignal): void {
  const listener = (message: unknown): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.crosscheck] as (data: unknown) => unknown;
    return Promise.resolve()
      .then(() => handler(message.data))
      .then(
        (value) => ({ value: value ?? null }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' && message !== null && typeof (message as Envelope).crosscheck === 'string'
  );
}

export type { ProtocolMap };
