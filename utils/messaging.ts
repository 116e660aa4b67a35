import { browser } from 'wxt/browser';
import type { Envelope, MessageAnswer, MessageData, MessageName, ProtocolMap } from '../lib/protocol.ts';

/** No page agent answers in the tab: the browser kept the script out (or the tab went away). */
export class PageUnreachable extends Error {}

/** The page agent answered with an error of its own. */
export class AgentError extends Error {}

/** Sends a typed message to the page agent in a tab; the agent's own errors are rethrown here. */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  name: K,
  data: MessageData<K>,
): Promise<MessageAnswer<K>> {
  const envelope: Envelope<K> = { crosscheck: name, data };
  let answer: { value: MessageAnswer<K> } | { error: string } | undefined;
  try {
    answer = await browser.tabs.sendMessage(tabId, envelope);
  } catch (error) {
    throw new PageUnreachable(error instanceof Error ? error.message : String(error));
  }
  if (!answer) throw new PageUnreachable('no answer from the page');
  if ('error' in answer) throw new AgentError(answer.error);
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
