import { AUDIENCES, type Audience } from "@coeval/core";
import type { CommandContext } from "./command.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

/** `--audience internal|partners`, "internal" when absent: what the figures are disclosed for. */
export function parseAudience(context: CommandContext): Parsed<Audience> {
  const requested = context.options.audience;
  if (typeof requested !== "string") return { ok: true, value: "internal" };
  if (isAudience(requested)) return { ok: true, value: requested };
  return {
    ok: false,
    message: context.m.usage.invalidAudience(requested, AUDIENCES, context.f),
  };
}
