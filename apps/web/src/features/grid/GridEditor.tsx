import { formatIssue, type Grid, type GridEdit, type GridRef } from "@coeval/core";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { routeHref } from "../../app/routes.ts";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import {
  adoptGridVersion,
  archiveGridVersion,
  editGridVersion,
  GridEditRefusedError,
  gridVersions,
  laterDraft,
  previousVersion,
} from "../../store/gridEdits.ts";
import { gridHistory } from "../../store/gridEditsHistory.ts";
import { newId } from "../../store/ids.ts";
import { flushPendingEdits } from "../../store/pendingEdits.ts";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { ProblemList } from "../../ui/ProblemList.tsx";
import { ContentEditor } from "./ContentEditor.tsx";
import { type GridEditorApi, GridEditorProvider } from "./editorContext.tsx";
import { GridChanges } from "./GridChanges.tsx";
import { GridView } from "./GridView.tsx";
import { useGridMessages } from "./messages.ts";
import { GeneralEditor, GlossaryEditor, PrinciplesEditor } from "./SettingsEditor.tsx";

interface FocusRequest {
  itemId: string;
  preferred: "up" | "down";
  active: Element | null;
}

/** One grid: its versions, the editor of a draft, the read-only view of an adopted version. */
export function GridEditor({
  workspaceId,
  gridId,
  routeVersion,
}: {
  workspaceId: string;
  gridId: string;
  routeVersion?: number;
}) {
  const m = useGridMessages();
  const { language, format } = useI18n();
  const { workspaceStore } = useServices();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const [shownVersion, setShownVersion] = useState(routeVersion);
  const [editingAdopted, setEditingAdopted] = useState(false);
  const [notice, setNotice] = useState("");
  const [problems, setProblems] = useState<string[] | null>(null);
  // Fields keep their own drafts: after undo, redo or a change of version they are rebuilt.
  const [restoreCount, setRestoreCount] = useState(0);
  useSyncExternalStore(gridHistory.subscribe, gridHistory.getRevision);
  const focusRequest = useRef<FocusRequest | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  const shortcut = useRef<((direction: "undo" | "redo") => void) | null>(null);
  shortcut.current = null;

  // Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) anywhere on the page while the editor is open; in a text
  // field they undo the typing there, as everywhere else.
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== "z" && key !== "y") return;
      const target = event.target as HTMLElement | null;
      if (target?.matches?.("input[type=text], textarea, [contenteditable]")) return;
      if (!shortcut.current) return;
      event.preventDefault();
      shortcut.current(key === "y" || event.shiftKey ? "redo" : "undo");
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const item = document.querySelector(`[data-item-id=${JSON.stringify(request.itemId)}]`);
    if (!item) return;
    const active = request.active as HTMLElement | null;
    if (active?.isConnected && item.contains(active) && !(active as HTMLButtonElement).disabled) {
      if (document.activeElement !== active) active.focus();
      return;
    }
    const button = (direction: string) =>
      item.querySelector<HTMLButtonElement>(`:scope > .item-head [data-move="${direction}"]`);
    const preferred = button(request.preferred);
    const other = button(request.preferred === "up" ? "down" : "up");
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  });

  const versions = workspace ? gridVersions(workspace, gridId) : [];
  const grid = versions.find((v) => v.version === shownVersion) ?? versions.at(-1);

  const apply = useCallback(
    (edit: GridEdit): Grid | null => {
      const store = workspaceStore.getState();
      const current = store.record?.workspace;
      if (!current || !grid) return null;
      const shown = current.grids.find((g) => g.id === grid.id && g.version === grid.version);
      if (!shown) return null;
      // A draft already started from this version takes the edit: never two drafts for one change.
      const target = shown.status === "draft" ? shown : (laterDraft(current, shown) ?? shown);
      const ref: GridRef = { gridId: target.id, version: target.version };
      let outcome: ReturnType<typeof editGridVersion>;
      try {
        outcome = editGridVersion(current, ref, edit, { now: new Date().toISOString(), newId });
      } catch (error) {
        if (!(error instanceof GridEditRefusedError)) throw error;
        setNotice(m.editRefused);
        return null;
      }
      gridHistory.record(current.id, gridId, {
        ref: { gridId, version: outcome.after.version },
        before: outcome.before,
        after: outcome.after,
      });
      void store.update(() => outcome.workspace);
      if (outcome.after.version !== grid.version) setShownVersion(outcome.after.version);
      return outcome.after;
    },
    [workspaceStore, grid, gridId, m],
  );

  if (!workspace) return null;
  if (!grid) {
    return (
      <NotFoundPage
        title={m.notFound}
        backHref={routeHref({ screen: "workspace", workspaceId, section: "grids" })}
        backLabel={m.back}
      />
    );
  }

  const ref: GridRef = { gridId: grid.id, version: grid.version };
  const draftAfter = grid.status === "draft" ? undefined : laterDraft(workspace, grid);
  const highest = versions.at(-1)?.version ?? grid.version;
  const editable = grid.status === "draft" || (editingAdopted && draftAfter === undefined);
  const previous = previousVersion(workspace, grid);

  function moveInHistory(direction: "undo" | "redo") {
    flushPendingEdits();
    const store = workspaceStore.getState();
    const current = store.record?.workspace;
    if (!current) return;
    const move =
      direction === "undo"
        ? gridHistory.undo(current.id, gridId, current)
        : gridHistory.redo(current.id, gridId, current);
    if (move.kind === "nothing") return;
    if (move.kind === "stale") {
      setNotice(m.historyStale);
      return;
    }
    void store.update(() => move.workspace);
    const restored = direction === "undo" ? move.step.before : move.step.after;
    setShownVersion(restored ? move.step.ref.version : undefined);
    setRestoreCount((count) => count + 1);
    setNotice(direction === "undo" ? m.undone : m.redone);
    // A button that just became disabled would drop the keyboard: hand it to the other one.
    const [from, to] = direction === "undo" ? [undoButton, redoButton] : [redoButton, undoButton];
    const stillPossible =
      direction === "undo"
        ? gridHistory.canUndo(current.id, gridId)
        : gridHistory.canRedo(current.id, gridId);
    if (!stillPossible && document.activeElement === from.current) to.current?.focus();
  }
  shortcut.current = editable ? moveInHistory : null;

  function adopt() {
    flushPendingEdits();
    const store = workspaceStore.getState();
    const current = store.record?.workspace;
    if (!current) return;
    const result = adoptGridVersion(current, ref, new Date().toISOString());
    if (!result.ok) {
      setProblems(result.issues.map((issue) => formatIssue(issue, language)));
      setNotice("");
      return;
    }
    setProblems(null);
    gridHistory.clear(current.id, gridId);
    void store.update(() => result.workspace);
    setEditingAdopted(false);
    setNotice(m.adopted(grid?.version ?? 0));
  }

  function archive() {
    const store = workspaceStore.getState();
    void store.update((current) => archiveGridVersion(current, ref));
    setNotice(m.archived(ref.version));
  }

  const api: GridEditorApi = {
    grid,
    m,
    apply,
    announce: setNotice,
    keepFocus(itemId, preferred) {
      focusRequest.current = { itemId, preferred, active: document.activeElement };
    },
  };

  return (
    <div className="page grid-editor">
      <p>
        <a href={routeHref({ screen: "workspace", workspaceId, section: "grids" })}>← {m.back}</a>
      </p>
      <h1 dir="auto">{grid.name}</h1>
      <p className="grid-meta">
        <span className={`status status-${grid.status}`}>{m.status[grid.status]}</span>{" "}
        {m.version(grid.version)} · {m.createdOn(format.date(grid.createdAt))}
        {grid.adoptedAt && ` · ${m.adoptedOn(format.date(grid.adoptedAt))}`}
      </p>
      {versions.length > 1 && (
        <nav aria-label={m.versions} className="version-nav">
          <ul>
            {versions.map((version) => (
              <li key={version.version}>
                <button
                  type="button"
                  className="button-small"
                  aria-current={version.version === grid.version ? "true" : undefined}
                  aria-label={m.showVersion(version.version)}
                  onClick={() => {
                    flushPendingEdits();
                    setShownVersion(version.version);
                    setRestoreCount((count) => count + 1);
                    setEditingAdopted(false);
                    setProblems(null);
                  }}
                >
                  {m.versionTitle(version.version)} · {m.status[version.status]}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <div className="toolbar">
        {editable && (
          <>
            <button
              ref={undoButton}
              type="button"
              onClick={() => moveInHistory("undo")}
              disabled={!gridHistory.canUndo(workspace.id, gridId)}
              aria-keyshortcuts="Control+Z"
              title={m.undoHint}
            >
              {m.undo}
            </button>
            <button
              ref={redoButton}
              type="button"
              onClick={() => moveInHistory("redo")}
              disabled={!gridHistory.canRedo(workspace.id, gridId)}
              aria-keyshortcuts="Control+Shift+Z"
              title={m.redoHint}
            >
              {m.redo}
            </button>
          </>
        )}
        {grid.status === "draft" && (
          <button type="button" className="button-primary" onClick={adopt} title={m.adoptHint}>
            {m.adopt}
          </button>
        )}
        {grid.status !== "draft" &&
          !editable &&
          (draftAfter ? (
            <button type="button" onClick={() => setShownVersion(draftAfter.version)}>
              {m.openDraft(draftAfter.version)}
            </button>
          ) : (
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setEditingAdopted(true);
                setNotice(m.editingNewVersion(highest + 1));
              }}
            >
              {m.editNewVersion(highest + 1)}
            </button>
          ))}
        {grid.status === "adopted" && (
          <button type="button" className="button-quiet" onClick={archive}>
            {m.archive}
          </button>
        )}
      </div>
      {grid.status === "draft" && <p className="muted">{m.adoptHint}</p>}
      {grid.status !== "draft" && !editable && (
        <p className="readonly-note">{m.readOnly(m.status[grid.status])}</p>
      )}
      {grid.version < highest && !draftAfter && <p className="muted">{m.newerExists(highest)}</p>}
      <p role="status" className="notice" dir="auto">
        {notice}
      </p>
      {problems && <ProblemList title={m.adoptProblems} problems={problems} />}
      {previous && <GridChanges previous={previous} grid={grid} m={m} />}

      {editable ? (
        <GridEditorProvider value={api}>
          <div key={restoreCount} className="grid-sections">
            <GeneralEditor />
            <ContentEditor />
            <GlossaryEditor />
            <PrinciplesEditor />
          </div>
        </GridEditorProvider>
      ) : (
        <GridView grid={grid} m={m} />
      )}
    </div>
  );
}
