import {
  type Criterion,
  type CycleResults,
  computeCriterionResults,
  type Divergence,
  type DivergenceParty,
  type LevelColour,
  levelColours,
  type OrdinalStats,
  primaryOrdinalIndicator,
  type RoundSelection,
  type ScaleLevel,
} from "@coeval/core";
import { useLayoutEffect, useMemo } from "react";
import { type Formatter, useI18n } from "../../i18n/index.tsx";
import type { CycleContext } from "../../store/cycleEdits.ts";
import { WithheldNotes } from "../../ui/WithheldNotes.tsx";
import { useCycleContext } from "../cycle/useCycle.ts";
import { ordinalIndicators, shownLevels } from "./answers.ts";
import { type SessionMessages, useSessionMessages } from "./messages.ts";
import { measureRevealUpdated } from "./performanceMarks.ts";

/** The reveal step: this round's figures, round 1 beside round 2, and where to go next. */
export function RevealStep({
  cycleId,
  criterion,
  round,
  round2Href,
  positionHref,
}: {
  cycleId: string;
  criterion: Criterion;
  round: 1 | 2;
  round2Href: string;
  positionHref: string;
}) {
  const t = useSessionMessages();
  const indicators = ordinalIndicators(criterion);
  return (
    <div className="reveal-step">
      {indicators.map((indicator) => (
        <div key={indicator.id} className="reveal-indicator">
          {indicators.length > 1 && (
            <h3 className="small-heading" dir="auto">
              {indicator.label}
            </h3>
          )}
          <RevealView
            cycleId={cycleId}
            criterion={criterion}
            indicatorId={indicator.id}
            round={round}
          />
          {round === 2 && (
            <div className="comparison">
              <RevealView
                cycleId={cycleId}
                criterion={criterion}
                indicatorId={indicator.id}
                round={1}
                title={t.comparison}
              />
            </div>
          )}
        </div>
      ))}
      <p className="step-actions">
        {round === 1 && (
          <a className="button" href={round2Href}>
            {t.startRound2}
          </a>
        )}
        <a className="button button-primary" href={positionHref}>
          {t.toPosition}
        </a>
      </p>
    </div>
  );
}

/**
 * The results of one criterion and round as the room may see them (the internal
 * audience), memoised on the cycle: recomputed only when it changes.
 */
export function useCriterionResults(
  context: CycleContext | undefined,
  criterionId: string,
  round: RoundSelection,
): CycleResults | undefined {
  const cycle = context?.cycle;
  const grid = context?.grid;
  const organisation = context?.organisation;
  return useMemo(
    () =>
      cycle && grid && organisation
        ? computeCriterionResults({ cycle, grid, organisation }, criterionId, {
            audience: "internal",
            round,
          })
        : undefined,
    [cycle, grid, organisation, criterionId, round],
  );
}

/**
 * The figures of one round, by stakeholder group, read from the core's results only: the
 * rows the disclosure policy withholds are absent from them, so they appear nowhere here;
 * a note says which and why.
 */
export function RevealView({
  cycleId,
  criterion,
  indicatorId,
  round,
  title,
}: {
  cycleId: string;
  criterion: Criterion;
  indicatorId: string;
  round: 1 | 2;
  title?: string;
}) {
  const t = useSessionMessages();
  const { format } = useI18n();
  const context = useCycleContext(cycleId);
  const results = useCriterionResults(context, criterion.id, round);

  // Closes the benchmark's measure once the new figures are committed to the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the results change, on purpose
  useLayoutEffect(() => {
    measureRevealUpdated();
  }, [results]);

  const indicatorResult = results?.indicators.find((i) => i.indicatorId === indicatorId);
  const isPrimary = primaryOrdinalIndicator(criterion)?.id === indicatorId;
  const indicator = criterion.indicators.find((i) => i.id === indicatorId);
  if (
    !results ||
    !indicatorResult ||
    !indicator ||
    (indicator.kind !== "scale" && indicator.kind !== "yesPartlyNo")
  ) {
    return null;
  }
  const levels = shownLevels(indicator, t);
  const colours = levelColours(levels);
  const stats = indicatorResult.stats;
  const divergences = isPrimary ? results.divergences : [];
  const heading = title ?? t.revealTitle(round);
  const sides = stats.sides.map((s) => ({
    key: `side-${s.side}`,
    label: t.sides[s.side],
    stats: s.stats,
  }));
  const groups = stats.groups.map((g) => ({
    key: `group-${g.groupId}`,
    label: g.label,
    stats: g.stats,
  }));
  const rows = [
    ...(stats.overall === null
      ? []
      : [{ key: "overall", label: t.everyone, stats: stats.overall }]),
    ...sides,
    ...groups,
  ];

  return (
    <section className="reveal" aria-label={heading} data-round={round}>
      <h3 className="reveal-title">{heading}</h3>
      {stats.overall !== null && stats.overall.answers === 0 ? (
        <p>{t.noAnswers}</p>
      ) : (
        <>
          {divergences.length > 0 && (
            <div className="worth-discussing">
              <p>
                <strong className="flag">⚑ {t.worthDiscussing}</strong> {t.worthDiscussingIntro}
              </p>
              <ul>
                {divergences.map((divergence) => (
                  <li
                    key={`${divergence.kind}-${divergence.a.key}-${divergence.b?.key ?? ""}`}
                    dir="auto"
                  >
                    {describeDivergence(divergence, t, format)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Legend levels={levels} colours={colours} />
          <ul className="reveal-rows">
            {rows.map((row) => (
              <RevealRow
                key={row.key}
                label={row.label}
                stats={row.stats}
                levels={levels}
                colours={colours}
                t={t}
                format={format}
              />
            ))}
          </ul>
          <WithheldNotes
            withheld={stats.withheld}
            minGroupSize={results.minGroupSize}
            className="muted hidden-groups"
          />
        </>
      )}
    </section>
  );
}

function Legend({
  levels,
  colours,
}: {
  levels: readonly ScaleLevel[];
  colours: readonly LevelColour[];
}) {
  return (
    <ul className="legend" aria-hidden="true">
      {levels.map((level, index) => (
        <li key={level.value}>
          <span className="swatch" style={{ background: colours[index]?.fill }} />
          <span dir="auto">
            {level.value} · {level.label}
          </span>
        </li>
      ))}
    </ul>
  );
}

function scaleNumber(format: Formatter, value: number | null): string {
  return value === null ? "—" : format.number(value);
}

function RevealRow({
  label,
  stats,
  levels,
  colours,
  t,
  format,
}: {
  label: string;
  stats: OrdinalStats;
  levels: readonly ScaleLevel[];
  colours: readonly LevelColour[];
  t: SessionMessages;
  format: Formatter;
}) {
  const parts = stats.distribution.map((entry, index) =>
    t.levelCount(levels[index]?.label ?? String(entry.value), entry.count),
  );
  return (
    <li className="reveal-row">
      <p className="reveal-who">
        <span dir="auto">{label}</span>
        <span className="reveal-n">
          {t.n} = {format.number(stats.n)}
        </span>
      </p>
      <div className="bar" role="img" aria-label={t.distributionLabel(format.list(parts))}>
        {stats.distribution.map((entry, index) =>
          entry.count === 0 ? null : (
            <span
              key={entry.value}
              className="bar-segment"
              style={{
                flexGrow: entry.count,
                background: colours[index]?.fill,
                color: colours[index]?.text,
              }}
            >
              {format.number(entry.count)}
            </span>
          ),
        )}
      </div>
      <dl className="reveal-figures">
        <div>
          <dt>{t.median}</dt>
          <dd>{scaleNumber(format, stats.median)}</dd>
        </div>
        <div>
          <dt>{t.quartiles}</dt>
          <dd>
            {stats.q1 === null
              ? "—"
              : `${scaleNumber(format, stats.q1)}–${scaleNumber(format, stats.q3)}`}
          </dd>
        </div>
        <div>
          <dt>{t.consensus}</dt>
          <dd>{stats.consensus === null ? "—" : format.percent(stats.consensus)}</dd>
        </div>
        <div>
          <dt>{t.naShort}</dt>
          <dd>{format.number(stats.na)}</dd>
        </div>
        <div>
          <dt>{t.dontKnowShort}</dt>
          <dd>{format.number(stats.dontKnow)}</dd>
        </div>
      </dl>
    </li>
  );
}

function partyLabel(party: DivergenceParty, t: SessionMessages): string {
  switch (party.kind) {
    case "group":
      return party.label ?? "";
    case "side":
      return t.sides[party.key as "internal" | "external"] ?? party.key;
    case "perspective":
      return t.perspectives[party.key as "self" | "peer" | "external"] ?? party.key;
    case "overall":
      return t.everyone;
  }
}

function describeDivergence(divergence: Divergence, t: SessionMessages, format: Formatter): string {
  if (divergence.b === null) {
    return t.spread(divergence.consensus === null ? "—" : format.percent(divergence.consensus));
  }
  return t.gap(
    partyLabel(divergence.a, t),
    scaleNumber(format, divergence.a.median),
    partyLabel(divergence.b, t),
    scaleNumber(format, divergence.b.median),
  );
}
