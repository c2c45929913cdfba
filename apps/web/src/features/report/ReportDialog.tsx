import { REPORT_SECTION_IDS, type ReportAudience, type ReportSectionId } from "@coeval/core";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useServices } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { useReportMessages } from "./messages.ts";
import { produceReportPdf } from "./producePdf.ts";
import "./report.css";

const AUDIENCES: readonly ReportAudience[] = ["internal", "partners"];

/**
 * Chooses the audience and the sections, then produces the PDF in the UI's language.
 * Focus starts on the first choice, stays inside the dialog, Escape closes it, and
 * focus returns where it was.
 */
export function ReportDialog({
  cycleId,
  onClose,
  onDone,
}: {
  cycleId: string;
  onClose(): void;
  /** Called with the file name once the PDF is handed to the user. */
  onDone(fileName: string): void;
}) {
  const t = useReportMessages();
  const { language } = useI18n();
  const { workspaceStore, download } = useServices();
  const [audience, setAudience] = useState<ReportAudience>("internal");
  const [sections, setSections] = useState<ReadonlySet<ReportSectionId>>(
    () => new Set(REPORT_SECTION_IDS),
  );
  const [state, setState] = useState<"choosing" | "preparing" | "failed">("choosing");
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    first.current?.focus();
    return () => previous?.focus?.();
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && state !== "preparing") {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== "Tab") return;
    const focusable = [
      ...(dialog.current?.querySelectorAll<HTMLElement>("input, button:not([disabled])") ?? []),
    ];
    const start = focusable[0];
    const end = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === start) {
      event.preventDefault();
      end?.focus();
    } else if (!event.shiftKey && document.activeElement === end) {
      event.preventDefault();
      start?.focus();
    }
  }

  function toggle(section: ReportSectionId, on: boolean) {
    const next = new Set(sections);
    if (on) next.add(section);
    else next.delete(section);
    setSections(next);
  }

  async function confirm() {
    const workspace = workspaceStore.getState().record?.workspace;
    if (!workspace || sections.size === 0) return;
    setState("preparing");
    try {
      const chosen = REPORT_SECTION_IDS.filter((id) => sections.has(id));
      const report = await produceReportPdf(workspace, cycleId, {
        lang: language,
        audience,
        sections: chosen,
      });
      download(report.fileName, report.bytes, "application/pdf");
      onDone(report.fileName);
    } catch {
      setState("failed");
    }
  }

  const busy = state === "preparing";
  return (
    <div className="dialog-backdrop">
      <div
        ref={dialog}
        className="dialog report-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t.title}</h2>
        <fieldset className="report-audience">
          <legend>{t.audience}</legend>
          {AUDIENCES.map((option, index) => (
            <div className="choice" key={option}>
              <input
                ref={index === 0 ? first : undefined}
                type="radio"
                id={`${titleId}-${option}`}
                name={`${titleId}-audience`}
                value={option}
                checked={audience === option}
                aria-describedby={`${titleId}-${option}-hint`}
                onChange={() => setAudience(option)}
              />
              <label htmlFor={`${titleId}-${option}`}>{t.audiences[option]}</label>
              <p id={`${titleId}-${option}-hint`} className="field-hint">
                {t.audienceHints[option]}
              </p>
            </div>
          ))}
        </fieldset>
        <fieldset className="report-sections">
          <legend>{t.sections}</legend>
          <div className="section-shortcuts">
            <button
              type="button"
              className="button-quiet"
              onClick={() => setSections(new Set(REPORT_SECTION_IDS))}
            >
              {t.allSections}
            </button>
            <button type="button" className="button-quiet" onClick={() => setSections(new Set())}>
              {t.noSections}
            </button>
          </div>
          <div className="report-section-list">
            {REPORT_SECTION_IDS.map((section) => (
              <div className="checkbox" key={section}>
                <input
                  type="checkbox"
                  id={`${titleId}-section-${section}`}
                  checked={sections.has(section)}
                  onChange={(event) => toggle(section, event.target.checked)}
                />
                <label htmlFor={`${titleId}-section-${section}`}>{t.sectionLabels[section]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <p className="field-hint">{t.language}</p>
        <p role="status" className="notice">
          {busy ? t.preparing : sections.size === 0 ? t.pickOne : ""}
        </p>
        {state === "failed" && (
          <p role="alert" className="error">
            {t.failed}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t.cancel}
          </button>
          <button
            type="button"
            className="button-primary"
            onClick={() => void confirm()}
            disabled={busy || sections.size === 0}
          >
            {t.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
