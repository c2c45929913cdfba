import {
  formatIssue,
  safeParseWorkspace,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { navigate, routeHref } from "../../app/routes.ts";
import { useServices } from "../../app/services.tsx";
import { type I18n, useI18n } from "../../i18n/index.tsx";
import { newWorkspace } from "../../store/newWorkspace.ts";
import type { WorkspaceListing, WorkspaceRecord } from "../../store/repository.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ProblemList } from "../../ui/ProblemList.tsx";
import { readTextFile } from "../../ui/textFile.ts";
import { WarningList } from "../../ui/WarningList.tsx";
import { workspaceTitle } from "../../ui/workspaceTitle.ts";

type ImportProblem =
  | { fileName: string; kind: "invalid"; issues: ValidationIssue[] }
  | { fileName: string; kind: "unreadable" };

/** A file that can be opened, but says something the person should read first. */
interface ImportToReview {
  fileName: string;
  workspace: Workspace;
  warnings: ValidationIssue[];
}

export default function HomeScreen() {
  const i18n = useI18n();
  const { t, language } = i18n;
  const { repository, workspaceStore } = useServices();
  const [listing, setListing] = useState<WorkspaceListing | null>(null);
  const [storageFailed, setStorageFailed] = useState(false);
  const [notice, setNotice] = useState("");
  const [importProblem, setImportProblem] = useState<ImportProblem | null>(null);
  const [toDelete, setToDelete] = useState<WorkspaceRecord | null>(null);
  const [toReplace, setToReplace] = useState<Workspace | null>(null);
  const [toReview, setToReview] = useState<ImportToReview | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refresh = useCallback(async () => {
    try {
      setListing(await repository.list());
    } catch {
      setStorageFailed(true);
      setListing({ records: [], unreadable: [] });
    }
  }, [repository]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  async function store(workspace: Workspace, options: { exported?: boolean } = {}) {
    const result = await workspaceStore.getState().create(workspace, options);
    if (result.ok)
      navigate({ screen: "workspace", workspaceId: workspace.id, section: "structure" });
    else setStorageFailed(true);
  }

  async function startNewEvaluation() {
    await store(newWorkspace({ name: t.home.newOrganisationName }));
  }

  async function openDemo() {
    const { exampleWorkspace } = await import("./demo.ts");
    const demo = exampleWorkspace();
    const existing = listing?.records.find((record) => record.id === demo.id);
    if (existing) navigate({ screen: "workspace", workspaceId: demo.id, section: "structure" });
    else await store(demo);
  }

  async function importFile(file: File) {
    setImportProblem(null);
    setToReview(null);
    setNotice("");
    const read = await readTextFile(file);
    if (!read.ok) {
      setImportProblem(
        "unreadable" in read
          ? { fileName: file.name, kind: "unreadable" }
          : { fileName: file.name, kind: "invalid", issues: read.issues },
      );
      return;
    }
    const result = safeParseWorkspace(read.text, { now: new Date().toISOString() });
    if (!result.ok) {
      setImportProblem({ fileName: file.name, kind: "invalid", issues: result.issues });
      return;
    }
    const warnings = [...read.warnings, ...result.warnings];
    if (warnings.length > 0) {
      setToReview({ fileName: file.name, workspace: result.workspace, warnings });
      return;
    }
    await openImported(result.workspace);
  }

  async function openImported(workspace: Workspace) {
    const exists = listing?.records.some((record) => record.id === workspace.id);
    if (exists) setToReplace(workspace);
    else await store(workspace, { exported: true });
  }

  async function confirmDelete(record: WorkspaceRecord) {
    setToDelete(null);
    try {
      await repository.delete(record.id);
      setNotice(t.home.deleted(workspaceTitle(record.workspace, i18n)));
    } catch {
      setStorageFailed(true);
    }
    await refresh();
  }

  return (
    <div className="page home">
      <section className="intro" aria-labelledby="home-title">
        <h1 id="home-title">{t.home.title}</h1>
        <p className="lead">{t.home.intro}</p>
        <p>{t.home.localOnly}</p>
      </section>

      <section aria-labelledby="home-actions">
        <h2 id="home-actions" className="visually-hidden">
          {t.home.actions}
        </h2>
        <div className="actions">
          <button type="button" className="button-primary" onClick={startNewEvaluation}>
            {t.home.newEvaluation}
          </button>
          <button
            type="button"
            aria-describedby="open-file-hint"
            onClick={() => fileInput.current?.click()}
          >
            {t.home.openFile}
          </button>
          <button type="button" onClick={openDemo}>
            {t.home.tryDemo}
          </button>
        </div>
        <p id="open-file-hint" className="field-hint">
          {t.home.openFileHint}
        </p>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void importFile(file);
          }}
        />
      </section>

      <p role="status" className="notice" dir="auto">
        {notice}
      </p>
      {storageFailed && (
        <p role="alert" className="error">
          {t.home.storageUnavailable}
        </p>
      )}
      {importProblem?.kind === "unreadable" && (
        <p role="alert" className="error" dir="auto">
          {t.home.importUnreadable(importProblem.fileName)}
        </p>
      )}
      {toReview && (
        <div className="import-review">
          <WarningList
            title={t.home.importWarnings(toReview.fileName, toReview.warnings.length)}
            warnings={toReview.warnings.map((warning) => formatIssue(warning, language))}
          />
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                setToReview(null);
                void openImported(toReview.workspace);
              }}
            >
              {t.home.openAnyway}
            </button>
            <button type="button" onClick={() => setToReview(null)}>
              {t.common.cancel}
            </button>
          </div>
        </div>
      )}
      {importProblem?.kind === "invalid" && (
        <ProblemList
          title={t.home.importInvalid(importProblem.fileName)}
          problems={importProblem.issues.map((issue) => formatIssue(issue, language))}
        />
      )}

      <section aria-labelledby="home-list">
        <h2 id="home-list">{t.home.onDevice}</h2>
        {listing === null ? (
          <p>{t.app.loading}</p>
        ) : listing.records.length === 0 ? (
          <p>{t.home.none}</p>
        ) : (
          <ul className="workspace-list">
            {listing.records.map((record) => (
              <WorkspaceCard
                key={record.id}
                record={record}
                i18n={i18n}
                onDelete={() => setToDelete(record)}
              />
            ))}
          </ul>
        )}
        {listing && listing.unreadable.length > 0 && (
          <p className="error">{t.home.unreadableStored(listing.unreadable.length)}</p>
        )}
      </section>

      {toDelete && (
        <ConfirmDialog
          title={t.home.deleteTitle(workspaceTitle(toDelete.workspace, i18n))}
          confirmLabel={t.home.delete}
          destructive
          onCancel={() => setToDelete(null)}
          onConfirm={() => void confirmDelete(toDelete)}
        >
          <p>{t.home.deleteBody}</p>
        </ConfirmDialog>
      )}
      {toReplace && (
        <ConfirmDialog
          title={t.home.importReplaceTitle(workspaceTitle(toReplace, i18n))}
          confirmLabel={t.home.replace}
          destructive
          onCancel={() => setToReplace(null)}
          onConfirm={() => {
            setToReplace(null);
            void store(toReplace, { exported: true });
          }}
        >
          <p>{t.home.importReplaceBody}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function WorkspaceCard({
  record,
  i18n,
  onDelete,
}: {
  record: WorkspaceRecord;
  i18n: I18n;
  onDelete(): void;
}) {
  const { t, format } = i18n;
  const { workspace } = record;
  const title = workspaceTitle(workspace, i18n);
  const href = routeHref({ screen: "workspace", workspaceId: record.id, section: "structure" });
  const organisationNames = workspace.organisations.map((organisation) => organisation.name);
  return (
    <li className="workspace-card">
      <h3 dir="auto">
        <a href={href}>{title}</a>
      </h3>
      {workspace.name && organisationNames.length > 0 && (
        <p dir="auto">{format.list(organisationNames)}</p>
      )}
      {workspace.cycles.length === 0 ? (
        <p className="muted">{t.home.noCycle}</p>
      ) : (
        <div>
          <p className="muted">{t.home.cycleCount(workspace.cycles.length)}</p>
          <ul className="cycle-list">
            {workspace.cycles.map((cycle) => (
              <li key={cycle.id} dir="auto">
                {cycle.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="muted">
        {t.home.lastChange(format.dateTime(record.updatedAt))}
        <br />
        {record.exportedAt
          ? t.home.exportedOn(format.dateTime(record.exportedAt))
          : t.home.neverExported}
      </p>
      <div className="card-actions">
        <a className="button" href={href} aria-label={t.home.openNamed(title)}>
          {t.home.open}
        </a>
        <button
          type="button"
          className="button-quiet"
          onClick={onDelete}
          aria-label={t.home.deleteNamed(title)}
        >
          {t.home.delete}
        </button>
      </div>
    </li>
  );
}
