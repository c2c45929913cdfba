import {
  type CriterionResult,
  levelColours,
  type OrdinalStats,
  type ScaleLevel,
} from "@coeval/core";
import { useI18n } from "../../i18n/index.tsx";
import { WithheldNotes } from "../../ui/WithheldNotes.tsx";
import { type Highlight, percent, scaleNumber } from "./display.ts";
import { useResultsMessages } from "./messages.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

interface Row {
  key: string;
  label: string;
  stats: OrdinalStats;
  highlighted: boolean;
  overall?: boolean;
}

/** One criterion: the distribution table with its bars, the spread, and the collective position. */
export function CriterionCard({
  criterion,
  highlight,
  minGroupSize,
}: {
  criterion: CriterionResult;
  highlight: Highlight;
  minGroupSize: number;
}) {
  const t = useResultsMessages();
  const { format } = useI18n();
  const titleId = `criterion-${criterion.criterionId}`;
  const { stats, levels, position } = criterion;

  return (
    <article className="card criterion-card" aria-labelledby={titleId}>
      <h4 id={titleId} dir="auto">
        {criterion.label}
      </h4>
      {stats === null || levels === null ? (
        <p className="muted">{t.noOrdinal}</p>
      ) : stats.overall !== null && stats.overall.answers === 0 ? (
        <p className="muted">{t.noRatings}</p>
      ) : (
        <DistributionTable
          caption={t.distributionOf(criterion.label)}
          levels={levels}
          rows={[
            ...(stats.overall === null
              ? []
              : [
                  {
                    key: "overall",
                    label: t.overall,
                    stats: stats.overall,
                    highlighted: false,
                    overall: true,
                  },
                ]),
            ...stats.groups.map((group) => ({
              key: group.groupId,
              label: group.label,
              stats: group.stats,
              highlighted: highlight.kind === "group" && highlight.groupId === group.groupId,
            })),
            ...stats.sides.map((side) => ({
              key: side.side,
              label: t.sides[side.side],
              stats: side.stats,
              highlighted: highlight.kind === "side" && highlight.side === side.side,
            })),
          ]}
        />
      )}
      {stats !== null && (
        <WithheldNotes
          withheld={stats.withheld}
          minGroupSize={minGroupSize}
          className="muted hidden-note"
        />
      )}
      <section className="position" aria-label={t.position}>
        <h5>{t.position}</h5>
        {position === null ? (
          <p className="muted">{t.noPosition}</p>
        ) : (
          <>
            <p>
              <span className={`badge badge-${position.status}`}>
                {t.positionStatus[position.status]}
              </span>{" "}
              {position.levelLabel !== null && position.level !== null && (
                <span dir="auto">
                  {t.positionLevel(
                    t.level(scaleNumber(format, position.level), position.levelLabel),
                  )}
                </span>
              )}
            </p>
            {position.rationale && (
              <p dir="auto">
                <strong>{t.labelled(t.rationale)}</strong>
                {position.rationale}
              </p>
            )}
            {position.dissents.length > 0 && (
              <div className="dissents">
                <h6>{t.dissents}</h6>
                <ul>
                  {position.dissents.map((dissent, k) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: dissents have no id and never reorder here
                    <li key={k} dir="auto">
                      {dissent.text}
                      {dissent.groups.length > 0 && (
                        <span className="muted">
                          {" "}
                          · {t.heldBy(format.list(dissent.groups.map((g) => g.label)))}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <TextList title={t.strengths} items={position.strengths} />
            <TextList title={t.weaknesses} items={position.weaknesses} />
          </>
        )}
      </section>
    </article>
  );
}

function TextList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <h6>{title}</h6>
      <ul>
        {items.map((item, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: free texts without id, shown in order
          <li key={k} dir="auto">
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}

function DistributionTable({
  caption,
  levels,
  rows,
}: {
  caption: string;
  levels: readonly ScaleLevel[];
  rows: readonly Row[];
}) {
  const t = useResultsMessages();
  const { format } = useI18n();
  if (rows.length === 0) return null;
  const quartiles = (stats: OrdinalStats) =>
    stats.q1 === null || stats.q3 === null
      ? t.none
      : `${scaleNumber(format, stats.q1)} – ${scaleNumber(format, stats.q3)}`;
  return (
    <ScrollRegion label={caption}>
      <table className="data-table distribution-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.population}</th>
            <th scope="col" className="bar-column">
              {t.distribution}
            </th>
            {levels.map((level) => (
              <th scope="col" key={level.value} className="num">
                <abbr title={level.label}>{scaleNumber(format, level.value)}</abbr>
                <span className="visually-hidden"> · {level.label}</span>
              </th>
            ))}
            <th scope="col" className="num">
              <abbr title={t.notApplicableLong}>{t.notApplicable}</abbr>
            </th>
            <th scope="col" className="num">
              {t.dontKnow}
            </th>
            <th scope="col" className="num">
              {t.n}
            </th>
            <th scope="col" className="num">
              {t.median}
            </th>
            <th scope="col" className="num">
              {t.quartiles}
            </th>
            <th scope="col" className="num">
              {t.consensus}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={[row.highlighted ? "is-highlighted" : "", row.overall ? "is-overall" : ""]
                .filter(Boolean)
                .join(" ")}
            >
              <th scope="row" dir="auto">
                {row.label}
              </th>
              <td className="bar-column">
                <DistributionBar levels={levels} stats={row.stats} />
              </td>
              {levels.map((level) => (
                <td key={level.value} className="num">
                  {row.stats.distribution.find((d) => d.value === level.value)?.count ?? 0}
                </td>
              ))}
              <td className="num">{row.stats.na}</td>
              <td className="num">{row.stats.dontKnow}</td>
              <td className="num">{row.stats.n}</td>
              <td className="num median">{scaleNumber(format, row.stats.median)}</td>
              <td className="num">{quartiles(row.stats)}</td>
              <td className="num">{percent(format, row.stats.consensus)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** The answers as one stacked bar: levels lowest first, then N/A and don't know (hatched). */
function DistributionBar({
  levels,
  stats,
}: {
  levels: readonly ScaleLevel[];
  stats: OrdinalStats;
}) {
  if (stats.answers === 0) return null;
  const share = (count: number) => `${(count / stats.answers) * 100}%`;
  const colours = levelColours(levels);
  return (
    <div className="distribution-bar" aria-hidden="true">
      {levels.map((level, index) => {
        const count = stats.distribution.find((d) => d.value === level.value)?.count ?? 0;
        if (count === 0) return null;
        return (
          <span
            key={level.value}
            style={{
              width: share(count),
              background: colours[index]?.fill,
            }}
          />
        );
      })}
      {stats.na > 0 && <span className="segment-na" style={{ width: share(stats.na) }} />}
      {stats.dontKnow > 0 && (
        <span className="segment-dont-know" style={{ width: share(stats.dontKnow) }} />
      )}
    </div>
  );
}
