import type { WriteChannel, WrittenMessage } from "./workspaceStore.ts";

export const WRITE_CHANNEL_NAME = "coeval.workspaces";

function isWritten(data: unknown): data is WrittenMessage {
  const message = data as Partial<WrittenMessage> | null;
  return (
    message !== null &&
    typeof message === "object" &&
    typeof message.id === "string" &&
    typeof message.revision === "number"
  );
}

/** The tabs of this browser, told of each write; none where BroadcastChannel is missing. */
export function browserWriteChannel(): WriteChannel | undefined {
  if (typeof BroadcastChannel === "undefined") return undefined;
  const channel = new BroadcastChannel(WRITE_CHANNEL_NAME);
  return {
    post: (written) => channel.postMessage(written),
    subscribe: (listener) => {
      const onMessage = (event: MessageEvent) => {
        if (isWritten(event.data)) listener(event.data);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
  };
}
