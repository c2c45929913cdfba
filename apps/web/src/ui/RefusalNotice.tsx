import type { Refusal } from "@coeval/core";

/**
 * Why core refused an edit, in its words, where the edit was made. The live region stays in
 * the page so that a refusal is read out as it appears; `urgent` interrupts (typed entries).
 */
export function RefusalNotice({
  refusal,
  urgent = false,
}: {
  refusal: Refusal | null;
  urgent?: boolean;
}) {
  if (urgent) {
    return (
      <p role="alert" className={refusal ? "error" : "visually-hidden"} dir="auto">
        {refusal?.message}
      </p>
    );
  }
  return (
    <p role="status" className="notice" dir="auto">
      {refusal?.message}
    </p>
  );
}
