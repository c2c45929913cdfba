import {
  AUDIENCES,
  type Audience,
  type Cycle,
  exportCsvFileName,
  exportRatingsCsv,
  exportResultsCsv,
  type RoundSelection,
  type Side,
} from "@coeval/core";
import { useId, useMemo, useState } from "react";
import { navigate } from "../../app/routes.ts";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { useI18n } from "../../i18n/index.tsx";
import { useReportMessages } from "../report/messages.ts";
import { ReportDialog } from "../report/ReportDialog.tsx";
import { CriterionCard } from "./CriterionCard.tsx";
import { cycleView, defaultCycleId } from "./cycleResults.ts";
import { type Highlight, highlightKey, parseHighlight, percent } from "./display.ts";
import {
  ActionPlan,
  DivergenceList,
  IndicatorTable,
  ProgressSection,
  StoryList,
} from "./EvidenceSections.tsx";
import { useResultsMessages } from "./messages.ts";
import { ProfileRadar } from "./ProfileRadar.tsx";
import "./results.css";

const ROUNDS: readonly RoundSelection[] = ["final", 1, 2];

/**
 * The results of one cycle, laid out from the core's figures (never recomputed here):
 * the profile by dimension, each criterion's distribution and collective position,
 * what is worth discussing, the counted and told evidence, progress and actions.
 * Groups below the anonymity threshold appear nowhere, only as a count.
 */
export default function ResultsScreen({
  workspaceId,
  path,
}: {
  workspaceId: string;
  /** `[cycleId]` when the URL names a cycle; else the newest cycle is shown. */
  path?: readonly string[];
}) {
  const t = useResultsMessages();
  const workspace = useWorkspace((state) => state.record?.workspace);
  if (!workspace) return null;
  const named = path?.[0];
  const cycleId =
    named !== undefined && workspace.cycles.some((c) => c.id === named)
      ? named
      : defaultCycleId(workspace);

  return (
    <div className="page results">
      <h1>{t.title}</h1>
      {cycleId === null ? (
        <p>{t.noCycle}</p>
      ) : (
        <CycleResultsView
          key={cycleId}
          cycleId={cycleId}
          cycles={workspace.cycles}
          onChooseCycle={(id) =>
            navigate({ screen: "workspace", workspaceId, section: "results", path: [id] })
          }
        />
      )}
    </div>
  );
}

function CycleResultsView({
  cycleId,
  cycles,
  onChooseCycle,
}: {
  cycleId: string;
  cycles: readonly Cycle[];
  onChooseCycle(id: string): void;
}) {
  const t = useResultsMessages();
  const reportText = useReportMessages();
  const { format, language } = useI18n();
  const { download } = useServices();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const [chosenRound, setRound] = useState<RoundSelection>("final");
  const [audience, setAudience] = useState<Audience>("internal");
  // Partners read the final figures only: that is all their report and export hold.
  const round = audience === "partners" ? "final" : chosenRound;
  const [highlight, setHighlight] = useState<Highlight>({ kind: "none" });
  const [reportOpen, setReportOpen] = useState(false);
  const [notice, setNotice] = useState("");
  const ids = useId();

  // Recomputed only when the workspace (a new object on every change), the cycle, the round or the audience changes.
  const view = useMemo(
    () => (workspace ? cycleView(workspace, cycleId, round, audience) : null),
    [workspace, cycleId, round, audience],
  );
  if (!workspace) return null;
  if (view === null) return <p role="alert">{t.unavailable}</p>;
  const { results, context, comparison } = view;
  const cycle = context.cycle;

  const shownGroups = new Map<string, string>();
  for (const criterion of results.criteria) {
    for (const group of criterion.stats?.groups ?? []) shownGroups.set(group.groupId, group.label);
  }
  for (const dimension of results.dimensions) {
    for (const group of dimension.stats.groups) shownGroups.set(group.groupId, group.label);
  }

  function exportCsv(kind: "results" | "ratings") {
    if (!workspace) return;
    const fileName = exportCsvFileName(cycle.name, kind, language);
    const text =
      kind === "results"
        ? exportResultsCsv(workspace, cycleId, { lang: language, round, audience })
        : exportRatingsCsv(workspace, cycleId, { lang: language });
    download(fileName, text, "text/csv;charset=utf-8");
    setNotice(t.downloaded(fileName));
  }

  const byDimension = results.dimensions.map((dimension) => ({
    dimension,
    criteria: results.criteria.filter((c) => c.dimensionId === dimension.dimensionId),
  }));

  return (
    <>
      <div className="results-head">
        {cycles.length > 1 && (
          <div className="field">
            <label htmlFor={`${ids}-cycle`}>{t.cycle}</label>
            <select
              id={`${ids}-cycle`}
              value={cycleId}
              onChange={(event) => onChooseCycle(event.target.value)}
            >
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <p className="lead" dir="auto">
          {cycle.name} · {t.summary(results.participantCount, results.minGroupSize)}
        </p>
      </div>

      <section className="card results-tools" aria-labelledby={`${ids}-filters`}>
        <h2 id={`${ids}-filters`} className="visually-hidden">
          {t.filters}
        </h2>
        <fieldset className="segmented">
          <legend>{t.audience}</legend>
          {AUDIENCES.map((option) => (
            <span key={option} className="segment">
              <input
                type="radio"
                id={`${ids}-audience-${option}`}
                name={`${ids}-audience`}
                checked={audience === option}
                onChange={() => setAudience(option)}
                aria-describedby={`${ids}-audience-hint`}
              />
              <label htmlFor={`${ids}-audience-${option}`}>{t.audiences[option]}</label>
            </span>
          ))}
          <p id={`${ids}-audience-hint`} className="field-hint">
            {t.audienceHint}
          </p>
        </fieldset>
        <fieldset className="segmented" disabled={audience === "partners"}>
          <legend>{t.round}</legend>
          {ROUNDS.map((option) => (
            <span key={String(option)} className="segment">
              <input
                type="radio"
                id={`${ids}-round-${option}`}
                name={`${ids}-round`}
                checked={round === option}
                onChange={() => setRound(option)}
                aria-describedby={`${ids}-round-hint`}
              />
              <label htmlFor={`${ids}-round-${option}`}>{t.rounds[option]}</label>
            </span>
          ))}
          <p id={`${ids}-round-hint`} className="field-hint">
            {t.roundHint}
          </p>
        </fieldset>
        <div className="field">
          <label htmlFor={`${ids}-highlight`}>{t.highlight}</label>
          <select
            id={`${ids}-highlight`}
            value={highlightKey(highlight)}
            onChange={(event) => setHighlight(parseHighlight(event.target.value))}
          >
            <option value="none">{t.highlightNone}</option>
            {(["internal", "external"] as Side[]).map((side) => (
              <option key={side} value={`side:${side}`}>
                {t.sides[side]}
              </option>
            ))}
            {[...shownGroups].map(([groupId, label]) => (
              <option key={groupId} value={`group:${groupId}`}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section className="card results-exports" aria-labelledby={`${ids}-exports`}>
        <h2 id={`${ids}-exports`}>{t.exports}</h2>
        <div className="export-actions">
          <div>
            <button
              type="button"
              className="button-primary"
              onClick={() => setReportOpen(true)}
              aria-haspopup="dialog"
            >
              {reportText.download}
            </button>
          </div>
          <div>
            <button
              type="button"
              onClick={() => exportCsv("results")}
              aria-describedby={`${ids}-results-hint`}
            >
              {t.resultsCsv}
            </button>
            <p id={`${ids}-results-hint`} className="field-hint">
              {t.resultsCsvHint}
            </p>
          </div>
          {audience === "internal" && (
            <div>
              <button
                type="button"
                onClick={() => exportCsv("ratings")}
                aria-describedby={`${ids}-ratings-hint`}
              >
                {t.ratingsCsv}
              </button>
              <p id={`${ids}-ratings-hint`} className="field-hint">
                {t.ratingsCsvHint}
              </p>
            </div>
          )}
        </div>
        <p className="field-hint">{t.exportsIntro}</p>
        <p role="status" className="notice" dir="auto">
          {notice}
        </p>
      </section>

      {results.globalScore !== null && (
        <section className="card convention" aria-labelledby={`${ids}-global`}>
          <h2 id={`${ids}-global`}>{t.globalScore}</h2>
          <p>
            {t.globalScoreBody(
              percent(format, results.globalScore.position),
              results.globalScore.n,
            )}
          </p>
          {results.globalScore.convention && (
            <p dir="auto" className="muted">
              {results.globalScore.convention}
            </p>
          )}
        </section>
      )}

      <section aria-labelledby={`${ids}-profile`}>
        <h2 id={`${ids}-profile`}>{t.profile}</h2>
        <p>{t.profileIntro}</p>
        <ProfileRadar results={results} highlight={highlight} />
      </section>

      <section aria-labelledby={`${ids}-divergences`}>
        <h2 id={`${ids}-divergences`}>{t.divergences}</h2>
        <p className="muted">{t.divergencesIntro}</p>
        <DivergenceList divergences={results.divergences} />
      </section>

      <section aria-labelledby={`${ids}-criteria`}>
        <h2 id={`${ids}-criteria`}>{t.criteria}</h2>
        {byDimension.map(({ dimension, criteria }) => (
          <section key={dimension.dimensionId} aria-labelledby={`${ids}-${dimension.dimensionId}`}>
            <h3 id={`${ids}-${dimension.dimensionId}`} dir="auto">
              {dimension.label}
            </h3>
            {criteria.map((criterion) => (
              <CriterionCard
                key={criterion.criterionId}
                criterion={criterion}
                highlight={highlight}
                minGroupSize={results.minGroupSize}
              />
            ))}
          </section>
        ))}
      </section>

      <section aria-labelledby={`${ids}-indicators`}>
        <h2 id={`${ids}-indicators`}>{t.indicators}</h2>
        <IndicatorTable indicators={results.quantitative} />
      </section>

      <section aria-labelledby={`${ids}-stories`}>
        <h2 id={`${ids}-stories`}>{t.stories}</h2>
        <StoryList cycle={cycle} results={results} />
      </section>

      {comparison !== null && (
        <section aria-labelledby={`${ids}-progress`}>
          <h2 id={`${ids}-progress`}>{t.progress}</h2>
          <ProgressSection comparison={comparison} actions={cycle.actions} />
        </section>
      )}

      <section aria-labelledby={`${ids}-actions`}>
        <h2 id={`${ids}-actions`}>{t.actions}</h2>
        <ActionPlan cycle={cycle} results={results} />
      </section>

      {reportOpen && (
        <ReportDialog
          cycleId={cycleId}
          onClose={() => setReportOpen(false)}
          onDone={(fileName) => {
            setReportOpen(false);
            setNotice(reportText.done(fileName));
          }}
        />
      )}
    </>
  );
}
