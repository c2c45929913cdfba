import {
  copyGrid,
  createGrid,
  formatIssue,
  type Grid,
  importGridCsv,
  instantiateTemplate,
  Label,
  safeParseWorkspace,
  templates,
  type ValidationIssue,
  type Workspace,
} from "@coeval/core";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { navigate } from "../../app/routes.ts";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { addGrid } from "../../store/gridEdits.ts";
import { newId } from "../../store/ids.ts";
import { ProblemList } from "../../ui/ProblemList.tsx";
import { readTextFile, type TextFileResult } from "../../ui/textFile.ts";
import { WarningList } from "../../ui/WarningList.tsx";
import { workspaceTitle } from "../../ui/workspaceTitle.ts";
import { useGridMessages } from "./messages.ts";

type Source = "template" | "device" | "csv" | "coeval" | "blank";
const SOURCES: readonly Source[] = ["template", "device", "csv", "coeval", "blank"];
const LABEL_MAX = Label.maxLength ?? undefined;

/** Where a new grid comes from: a template, a grid on this device, a file, or a blank page. */
export function NewGridPanel({ workspaceId }: { workspaceId: string }) {
  const m = useGridMessages();
  const { workspaceStore } = useServices();
  const [source, setSource] = useState<Source>("template");
  const name = useId();

  async function add(grid: Grid) {
    const result = await workspaceStore.getState().update((current) => addGrid(current, grid));
    if (result.ok) {
      navigate({ screen: "workspace", workspaceId, section: "grids", path: [grid.id] });
    }
  }

  return (
    <section className="card" aria-labelledby="new-grid-title">
      <h2 id="new-grid-title">{m.newTitle}</h2>
      <fieldset className="source-choice">
        <legend>{m.sources}</legend>
        {SOURCES.map((option) => (
          <label key={option} className="source-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={source === option}
              onChange={() => setSource(option)}
            />
            {m.sourceOptions[option]}
          </label>
        ))}
      </fieldset>
      {source === "template" && <TemplateSource onGrid={add} />}
      {source === "device" && <DeviceSource onGrid={add} />}
      {source === "csv" && <CsvSource onGrid={add} />}
      {source === "coeval" && <CoevalSource onGrid={add} />}
      {source === "blank" && <BlankSource onGrid={add} />}
    </section>
  );
}

type OnGrid = (grid: Grid) => Promise<void>;

function TemplateSource({ onGrid }: { onGrid: OnGrid }) {
  const m = useGridMessages();
  const { language } = useI18n();
  return (
    <ul className="template-list">
      {templates.map((template) => {
        const preview = instantiateTemplate(template.id, language, {
          now: new Date().toISOString(),
          newGridId: "preview",
        });
        return (
          <li key={template.id} className="template-card">
            <h3>{template.name[language]}</h3>
            <p>{template.description[language]}</p>
            <p className="view-label">{m.templateDimensions}</p>
            <ol>
              {preview.dimensions.map((dimension) => (
                <li key={dimension.id}>{dimension.label}</li>
              ))}
            </ol>
            <button
              type="button"
              className="button-primary"
              onClick={() =>
                void onGrid(
                  instantiateTemplate(template.id, language, {
                    now: new Date().toISOString(),
                    newGridId: newId(),
                  }),
                )
              }
            >
              {m.startFromTemplate(template.name[language])}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

function DeviceSource({ onGrid }: { onGrid: OnGrid }) {
  const m = useGridMessages();
  const i18n = useI18n();
  const { repository } = useServices();
  const current = useWorkspace((state) => state.record?.workspace);
  const [others, setOthers] = useState<Workspace[] | null>(null);

  useEffect(() => {
    let live = true;
    repository
      .list()
      .then((listing) => live && setOthers(listing.records.map((record) => record.workspace)))
      .catch(() => live && setOthers([]));
    return () => {
      live = false;
    };
  }, [repository]);

  if (others === null || !current) return <p className="loading">{m.deviceLoading}</p>;
  // The open workspace as it is in memory, then the others as stored.
  const workspaces = [current, ...others.filter((w) => w.id !== current.id)].filter(
    (w) => w.grids.length > 0,
  );
  if (workspaces.length === 0) return <p>{m.deviceNone}</p>;

  return (
    <div>
      <p className="muted">{m.deviceIntro}</p>
      {workspaces.map((workspace) => (
        <section key={workspace.id} className="device-workspace">
          <h3 dir="auto">{m.deviceFrom(workspaceTitle(workspace, i18n))}</h3>
          <GridCopyList
            grids={workspace.grids}
            copyName={(grid) => (workspace.id === current.id ? m.copyName(grid.name) : grid.name)}
            buttonText={(grid) => m.copyGrid(grid.name, grid.version)}
            onGrid={onGrid}
          />
        </section>
      ))}
    </div>
  );
}

/** Grids offered as a start: choosing one copies it as a new grid's draft. */
function GridCopyList({
  grids,
  copyName,
  buttonText,
  onGrid,
}: {
  grids: readonly Grid[];
  copyName(grid: Grid): string;
  buttonText(grid: Grid): string;
  onGrid: OnGrid;
}) {
  const m = useGridMessages();
  return (
    <ul className="plain-list">
      {grids.map((grid) => (
        <li key={`${grid.id}/${grid.version}`}>
          <button
            type="button"
            onClick={() =>
              void onGrid(
                copyGrid(grid, {
                  newGridId: newId(),
                  name: copyName(grid),
                  now: new Date().toISOString(),
                }),
              )
            }
          >
            <span dir="auto">{buttonText(grid)}</span>
          </button>{" "}
          <span className="muted">{m.status[grid.status]}</span>
        </li>
      ))}
    </ul>
  );
}

type FileProblem =
  | { fileName: string; problems: ValidationIssue[] }
  | { fileName: string; unreadable: true };

/** The problem of a file that could not be read as text, if it was not. */
function readProblem(fileName: string, read: TextFileResult): FileProblem | null {
  if (read.ok) return null;
  return "unreadable" in read
    ? { fileName, unreadable: true }
    : { fileName, problems: read.issues };
}

/** A button that opens the file picker; the file chosen is read as text, size and encoding checked. */
function FileButton({
  label,
  accept,
  testId,
  onRead,
}: {
  label: string;
  accept: string;
  testId: string;
  onRead(fileName: string, read: TextFileResult): void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          onRead(file.name, await readTextFile(file));
        }}
      />
    </>
  );
}

function FileProblems({ problem }: { problem: FileProblem | null }) {
  const m = useGridMessages();
  const { language } = useI18n();
  if (!problem) return null;
  if ("unreadable" in problem) {
    return (
      <p role="alert" className="error" dir="auto">
        {m.fileUnreadable(problem.fileName)}
      </p>
    );
  }
  return (
    <ProblemList
      title={m.fileProblems(problem.fileName)}
      problems={problem.problems.map((issue) => formatIssue(issue, language))}
    />
  );
}

function FileWarnings({
  fileName,
  warnings,
}: {
  fileName: string;
  warnings: readonly ValidationIssue[];
}) {
  const m = useGridMessages();
  const { language } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <WarningList
      title={m.fileWarnings(fileName, warnings.length)}
      warnings={warnings.map((warning) => formatIssue(warning, language))}
    />
  );
}

function CsvSource({ onGrid }: { onGrid: OnGrid }) {
  const m = useGridMessages();
  const { t } = useI18n();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  // A grid read with warnings waits for the person to read them and choose.
  const [review, setReview] = useState<{
    fileName: string;
    grid: Grid;
    warnings: ValidationIssue[];
  } | null>(null);
  return (
    <div>
      <p className="muted">{m.csvIntro}</p>
      <FileButton
        label={m.chooseCsv}
        accept=".csv,text/csv"
        testId="import-grid-csv"
        onRead={(fileName, read) => {
          setReview(null);
          setProblem(readProblem(fileName, read));
          if (!read.ok) return;
          const result = importGridCsv(read.text, {
            gridId: newId(),
            name: fileName.replace(/\.csv$/i, ""),
            createdAt: new Date().toISOString(),
          });
          if (!result.ok) {
            setProblem({ fileName, problems: result.issues });
            return;
          }
          const warnings = [...read.warnings, ...result.warnings];
          if (warnings.length === 0) void onGrid(result.grid);
          else setReview({ fileName, grid: result.grid, warnings });
        }}
      />
      <FileProblems problem={problem} />
      {review && (
        <div className="import-review">
          <FileWarnings fileName={review.fileName} warnings={review.warnings} />
          <p>{m.csvReview}</p>
          <div className="actions">
            <button
              type="button"
              className="button-primary"
              onClick={() => void onGrid(review.grid)}
            >
              {m.addGrid}
            </button>
            <button type="button" onClick={() => setReview(null)}>
              {t.common.cancel}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

function CoevalSource({ onGrid }: { onGrid: OnGrid }) {
  const m = useGridMessages();
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [file, setFile] = useState<{
    fileName: string;
    grids: Grid[];
    warnings: ValidationIssue[];
  } | null>(null);
  return (
    <div>
      <p className="muted">{m.coevalIntro}</p>
      <FileButton
        label={m.chooseCoeval}
        accept=".json,application/json"
        testId="import-grid-coeval"
        onRead={(fileName, read) => {
          setFile(null);
          setProblem(readProblem(fileName, read));
          if (!read.ok) return;
          const result = safeParseWorkspace(read.text, { now: new Date().toISOString() });
          if (!result.ok) {
            setProblem({ fileName, problems: result.issues });
            return;
          }
          const warnings = [...read.warnings, ...result.warnings];
          setFile({ fileName, grids: result.workspace.grids, warnings });
        }}
      />
      <FileProblems problem={problem} />
      {file && (
        <section aria-labelledby="file-grids-title">
          <FileWarnings fileName={file.fileName} warnings={file.warnings} />
          <h3 id="file-grids-title" dir="auto">
            {m.fileGrids(file.fileName)}
          </h3>
          {file.grids.length === 0 ? (
            <p dir="auto">{m.fileNoGrid(file.fileName)}</p>
          ) : (
            <GridCopyList
              grids={file.grids}
              copyName={(grid) => grid.name}
              buttonText={(grid) => m.importGrid(grid.name, grid.version)}
              onGrid={onGrid}
            />
          )}
        </section>
      )}
    </div>
  );
}

function BlankSource({ onGrid }: { onGrid: OnGrid }) {
  const m = useGridMessages();
  const { language } = useI18n();
  const id = useId();
  const [name, setName] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    void onGrid(createGrid({ name: trimmed, language, now: new Date().toISOString(), newId }));
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{m.blankName}</label>
        <input
          id={id}
          type="text"
          dir="auto"
          required
          maxLength={LABEL_MAX}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <button type="submit" className="button-primary">
        {m.blankCreate}
      </button>
    </form>
  );
}
