import type { MergeConflict } from "@coeval/core";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { type I18n, useI18n } from "../../i18n/index.tsx";

/** A merged value as a person reads it: text and numbers as they are, a record by what happened. */
function shown(value: unknown, { t }: I18n): string {
  if (value === undefined) return t.save.conflictRemoved;
  if (typeof value === "string") return `« ${value} »`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return t.save.conflictChanged;
}

/**
 * Says which values this tab had changed that another tab changed too, first: the other tab's
 * value was kept, so nothing written there is lost without a word, nor this one's without notice.
 */
export function ConflictNotice() {
  const i18n = useI18n();
  const { t } = i18n;
  const { workspaceStore } = useServices();
  const conflicts = useWorkspace((state) => state.conflicts);
  if (conflicts.length === 0) return null;
  return (
    <div role="status" className="notice conflict-notice">
      <p>{t.save.conflicts(conflicts.length)}</p>
      <ul className="conflict-list">
        {conflicts.map((conflict: MergeConflict, index) => (
          // One value can conflict twice (two merges): its place in the list tells them apart.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list only grows until dismissed
          <li key={`${index}:${conflict.path.join("/")}`} dir="auto">
            {t.save.conflictKept(shown(conflict.mine, i18n), shown(conflict.theirs, i18n))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => workspaceStore.getState().dismissConflicts()}>
        {t.save.conflictsSeen}
      </button>
    </div>
  );
}
