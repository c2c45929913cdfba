import type {
  Cycle,
  CycleComparison,
  CycleResults,
  Divergence,
  DivergenceParty,
  QuantitativeResult,
} from "@coeval/core";
import { useI18n } from "../../i18n/index.tsx";
import { percent, scaleNumber } from "./display.ts";
import { type ResultsMessages, useResultsMessages } from "./messages.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

function partyLabel(t: ResultsMessages, party: DivergenceParty): string {
  switch (party.kind) {
    case "group":
      return party.label ?? t.none;
    case "side":
      return t.sides[party.key as "internal" | "external"] ?? party.key;
    case "perspective":
      return t.perspectives[party.key as "self" | "peer" | "external"] ?? party.key;
    case "overall":
      return t.overall;
  }
}

/** The "worth discussing" prompts, in the core's order: largest gap first, then spreads. */
export function DivergenceList({ divergences }: { divergences: readonly Divergence[] }) {
  const t = useResultsMessages();
  const { format } = useI18n();
  if (divergences.length === 0) return <p className="muted">{t.noDivergence}</p>;
  const party = (p: DivergenceParty) =>
    t.partyMedian(partyLabel(t, p), scaleNumber(format, p.median), p.n);
  return (
    <ol className="divergence-list">
      {divergences.map((divergence, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a criterion may have several prompts; the order is the core's
        <li key={k} className="card">
          <span className="badge">{t.divergenceKinds[divergence.kind]}</span>{" "}
          <strong dir="auto">{divergence.criterionLabel}</strong>
          <br />
          {divergence.b === null
            ? `${party(divergence.a)} · ${t.spread(percent(format, divergence.consensus))}`
            : t.gap(party(divergence.a), party(divergence.b), scaleNumber(format, divergence.gap))}
        </li>
      ))}
    </ol>
  );
}

export function IndicatorTable({ indicators }: { indicators: readonly QuantitativeResult[] }) {
  const t = useResultsMessages();
  const { format } = useI18n();
  if (indicators.length === 0) return <p className="muted">{t.noIndicator}</p>;
  const withUnit = (value: number, unit: string) =>
    `${format.measure(value)}${unit ? `\u00a0${unit}` : ""}`;
  return (
    <ScrollRegion label={t.indicators}>
      <table className="data-table">
        <caption className="visually-hidden">{t.indicators}</caption>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col" className="num">
              {t.baseline}
            </th>
            <th scope="col" className="num">
              {t.target}
            </th>
            <th scope="col" className="num">
              {t.latest}
            </th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => (
            <tr key={indicator.indicatorId}>
              <th scope="row" dir="auto">
                {indicator.label}
              </th>
              <td className="num">
                {indicator.baseline === null
                  ? t.none
                  : withUnit(indicator.baseline.value, indicator.unit)}
                {indicator.baseline?.period && (
                  <span className="muted"> ({indicator.baseline.period})</span>
                )}
              </td>
              <td className="num">
                {indicator.targetBand !== null
                  ? t.band(
                      withUnit(indicator.targetBand.min, indicator.unit),
                      withUnit(indicator.targetBand.max, indicator.unit),
                    )
                  : indicator.target !== null
                    ? withUnit(indicator.target, indicator.unit)
                    : t.none}
              </td>
              <td className="num">
                {indicator.latest === null
                  ? t.none
                  : withUnit(indicator.latest.value, indicator.unit)}
                {indicator.latest?.period && (
                  <span className="muted"> ({indicator.latest.period})</span>
                )}
              </td>
              <td>
                <span className={`badge badge-${indicator.status}`}>
                  {t.quantitativeStatus[indicator.status]}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** Told evidence next to the numbers; the teller is not shown here (the report applies consent). */
export function StoryList({ cycle, results }: { cycle: Cycle; results: CycleResults }) {
  const t = useResultsMessages();
  const { format } = useI18n();
  if (cycle.stories.length === 0) return <p className="muted">{t.noStory}</p>;
  const labels = new Map(results.criteria.map((c) => [c.criterionId, c.label]));
  return (
    <ul className="story-list">
      {cycle.stories.map((story) => (
        <li key={story.id} className="card story">
          <p className="story-meta">
            <span className="badge">{t.storyKinds[story.kind]}</span>{" "}
            <span className={`badge badge-${story.valence}`}>{t.valences[story.valence]}</span>{" "}
            <span className={`badge badge-consent-${story.consent}`}>
              {t.labelled(t.consentLabel)}
              {t.consent[story.consent]}
            </span>
            {story.date && <span className="muted"> · {format.date(story.date)}</span>}
          </p>
          {story.title && (
            <h4 className="story-title" dir="auto">
              {story.title}
            </h4>
          )}
          <blockquote dir="auto">{story.text}</blockquote>
          {story.criterionIds.length > 0 && (
            <p className="muted" dir="auto">
              {format.list(story.criterionIds.map((id) => labels.get(id) ?? id))}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ProgressSection({
  comparison,
  actions,
}: {
  comparison: CycleComparison;
  actions: Cycle["actions"];
}) {
  const t = useResultsMessages();
  const { format } = useI18n();
  /** A change in scale units, or in points of the 0–100 % scale position when `asPoints`. */
  const signed = (value: number | null, asPoints = false) => {
    if (value === null) return t.none;
    const text = asPoints
      ? t.points(format.integer(Math.abs(value) * 100))
      : scaleNumber(format, Math.abs(value));
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  };
  const currentTitles = new Map(actions.map((a) => [a.id, a.title]));
  return (
    <>
      <p>{t.progressIntro(comparison.previous.name)}</p>
      <ChangeTable
        label={t.progress}
        firstColumn={t.criterion}
        rows={comparison.criteria.map((change) => ({
          key: change.criterionId,
          label: change.label,
          before: `${scaleNumber(format, change.previous.median)} (n = ${change.previous.n})`,
          now: `${scaleNumber(format, change.current.median)} (n = ${change.current.n})`,
          change: change.scaleChanged
            ? `${signed(change.normalisedChange, true)} (${t.scaleChanged})`
            : signed(change.change),
        }))}
      />
      <h3>{t.dimensionsChange}</h3>
      <ChangeTable
        label={t.dimensionsChange}
        firstColumn={t.dimension}
        rows={comparison.dimensions.map((change) => ({
          key: change.dimensionId,
          label: change.label,
          before: percent(format, change.previous),
          now: percent(format, change.current),
          change: signed(change.change, true),
        }))}
      />
      {comparison.added.length > 0 && (
        <p dir="auto">
          <strong>{t.labelled(t.added)}</strong>
          {format.list(comparison.added.map((c) => c.label))}
        </p>
      )}
      {comparison.removed.length > 0 && (
        <p dir="auto">
          <strong>{t.labelled(t.removed)}</strong>
          {format.list(comparison.removed.map((c) => c.label))}
        </p>
      )}
      <h3>{t.previousActions}</h3>
      {comparison.actions.length === 0 ? (
        <p className="muted">{t.noPreviousAction}</p>
      ) : (
        <ul className="action-progress">
          {comparison.actions.map(({ action, continuedBy }) => (
            <li key={action.id}>
              <span className={`badge badge-action-${action.status}`}>
                {t.actionStatus[action.status]}
              </span>{" "}
              <span dir="auto">{action.title}</span>
              {continuedBy.length > 0 && (
                <span className="muted" dir="auto">
                  {" "}
                  ·{" "}
                  {t.continuedBy(
                    format.list(continuedBy.map((a) => currentTitles.get(a.id) ?? a.title)),
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** One row a criterion or dimension: what it was, what it is, and the change. */
function ChangeTable({
  label,
  firstColumn,
  rows,
}: {
  label: string;
  firstColumn: string;
  rows: readonly { key: string; label: string; before: string; now: string; change: string }[];
}) {
  const t = useResultsMessages();
  return (
    <ScrollRegion label={label}>
      <table className="data-table">
        <caption className="visually-hidden">{label}</caption>
        <thead>
          <tr>
            <th scope="col">{firstColumn}</th>
            <th scope="col" className="num">
              {t.before}
            </th>
            <th scope="col" className="num">
              {t.now}
            </th>
            <th scope="col" className="num">
              {t.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" dir="auto">
                {row.label}
              </th>
              <td className="num">{row.before}</td>
              <td className="num">{row.now}</td>
              <td className="num">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function ActionPlan({ cycle, results }: { cycle: Cycle; results: CycleResults }) {
  const t = useResultsMessages();
  const { format } = useI18n();
  if (cycle.actions.length === 0) return <p className="muted">{t.noAction}</p>;
  const labels = new Map(results.criteria.map((c) => [c.criterionId, c.label]));
  return (
    <ScrollRegion label={t.actions}>
      <table className="data-table">
        <caption className="visually-hidden">{t.actions}</caption>
        <thead>
          <tr>
            <th scope="col">{t.action}</th>
            <th scope="col">{t.owner}</th>
            <th scope="col">{t.dueDate}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.criteria}</th>
          </tr>
        </thead>
        <tbody>
          {cycle.actions.map((action) => (
            <tr key={action.id}>
              <th scope="row" dir="auto">
                {action.title}
                {action.successSignal && (
                  <span className="action-signal muted">
                    {t.successSignal} {action.successSignal}
                  </span>
                )}
              </th>
              <td dir="auto">{action.owner ?? t.none}</td>
              <td>{action.dueDate ? format.date(action.dueDate) : t.none}</td>
              <td>
                <span className={`badge badge-action-${action.status}`}>
                  {t.actionStatus[action.status]}
                </span>
              </td>
              <td dir="auto">
                {format.list(action.criterionIds.map((id) => labels.get(id) ?? id))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
