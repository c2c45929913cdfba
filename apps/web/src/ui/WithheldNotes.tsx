import { type WithheldRow, withheldNotes } from "@coeval/core";
import { useI18n } from "../i18n/index.tsx";

/** Why some rows are not shown, in core's words: the same sentences as the report and the CLI. */
export function WithheldNotes({
  withheld,
  minGroupSize,
  className = "muted withheld-notes",
}: {
  withheld: readonly WithheldRow[];
  minGroupSize: number;
  className?: string;
}) {
  const { language } = useI18n();
  const notes = withheldNotes(withheld, { lang: language, minGroupSize });
  if (notes.length === 0) return null;
  return (
    <ul className={className}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
