import { formatIssue, type ValidationIssue } from "@coeval/core";
import { useI18n } from "../../i18n/index.tsx";
import { useCycleMessages } from "./messages.ts";

/** Why the core refused an edit, read out politely where the edit was made. */
export function Refusal({ issues }: { issues: readonly ValidationIssue[] }) {
  const { language } = useI18n();
  const t = useCycleMessages();
  return (
    <div role="status" className="notice refusal" dir="auto">
      {issues.length > 0 && (
        <>
          {t.refused} {issues.map((issue) => formatIssue(issue, language)).join(" ; ")}
        </>
      )}
    </div>
  );
}
