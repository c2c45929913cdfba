import type { CycleResults, DimensionStats, Side } from "@coeval/core";
import { useEffect, useId, useState } from "react";
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Text,
} from "recharts";
import { useI18n } from "../../i18n/index.tsx";
import { WithheldNotes } from "../../ui/WithheldNotes.tsx";
import { type Highlight, percent, SERIES_COLOURS, scaleNumber } from "./display.ts";
import { useResultsMessages } from "./messages.ts";
import { ScrollRegion } from "./ScrollRegion.tsx";

interface Series {
  key: string;
  label: string;
  /** Most people behind one point of the line. */
  n: number;
  values: (DimensionStats | null)[];
  highlighted: boolean;
  colour: string;
}

/**
 * The profile by dimension: one axis per dimension, one line per shown stakeholder
 * group (or side, when a side is highlighted) and one for everyone, n in the legend.
 * The chart is drawn for the eyes; the table below it carries the same values for
 * everyone, screen readers included, and says which rows each dimension withholds.
 */
export function ProfileRadar({
  results,
  highlight,
}: {
  results: CycleResults;
  highlight: Highlight;
}) {
  const t = useResultsMessages();
  const { format } = useI18n();
  const captionId = useId();
  const narrow = useNarrowScreen();
  const { dimensions } = results;
  const firstLevels = dimensions[0]?.levelValues ?? null;
  const commonScale =
    firstLevels !== null &&
    dimensions.every(
      (d) =>
        d.levelValues !== null &&
        d.levelValues.length === firstLevels.length &&
        d.levelValues.every((v, k) => v === firstLevels[k]),
    );
  const low = commonScale ? (firstLevels?.[0] ?? 0) : 0;
  const high = commonScale ? (firstLevels?.[firstLevels.length - 1] ?? 1) : 1;

  const maxN = (values: (DimensionStats | null)[]) =>
    values.reduce((most, stats) => Math.max(most, stats?.raters ?? 0), 0);
  const overallValues = dimensions.map((d) => d.stats.overall);
  const series: Series[] = [
    {
      key: "overall",
      label: t.overall,
      n: maxN(overallValues),
      values: overallValues,
      highlighted: highlight.kind === "none",
      colour: "#1f2328",
    },
  ];
  if (highlight.kind === "side") {
    for (const side of ["internal", "external"] as Side[]) {
      const values = dimensions.map(
        (d) => d.stats.sides.find((s) => s.side === side)?.stats ?? null,
      );
      if (values.every((v) => v === null)) continue;
      series.push({
        key: side,
        label: t.sides[side],
        n: maxN(values),
        values,
        highlighted: highlight.side === side,
        colour: SERIES_COLOURS[side === "internal" ? 0 : 1],
      });
    }
  } else {
    const groupIds = [
      ...new Set(dimensions.flatMap((d) => d.stats.groups.map((group) => group.groupId))),
    ];
    groupIds.forEach((groupId, index) => {
      const values = dimensions.map(
        (d) => d.stats.groups.find((group) => group.groupId === groupId)?.stats ?? null,
      );
      const label =
        dimensions.flatMap((d) => d.stats.groups).find((group) => group.groupId === groupId)
          ?.label ?? groupId;
      series.push({
        key: groupId,
        label,
        n: maxN(values),
        values,
        highlighted: highlight.kind === "group" ? highlight.groupId === groupId : true,
        colour: SERIES_COLOURS[index % SERIES_COLOURS.length] as string,
      });
    });
  }

  const pointOf = (stats: DimensionStats | null): number | null => {
    if (stats === null) return null;
    if (commonScale) return stats.median;
    return stats.normalisedMedian === null ? null : stats.normalisedMedian;
  };
  const display = (stats: DimensionStats | null): string => {
    const value = pointOf(stats);
    if (value === null || stats === null) return t.none;
    const shown = commonScale ? scaleNumber(format, value) : percent(format, value);
    return `${shown} (n = ${stats.raters})`;
  };
  const data = dimensions.map((dimension, d) => {
    const point: Record<string, string | number | null> = { axis: dimension.label };
    for (const s of series) point[s.key] = pointOf(s.values[d] ?? null);
    return point;
  });
  const anyHighlight = highlight.kind !== "none";

  return (
    <figure className="profile-figure" aria-labelledby={captionId}>
      <div className="radar" role="img" aria-label={t.radarLabel}>
        <ResponsiveContainer
          width="100%"
          height={narrow ? 320 : 460}
          initialDimension={{ width: 560, height: 460 }}
        >
          <RadarChart
            data={data}
            outerRadius={narrow ? 76 : 170}
            margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
          >
            <PolarGrid stroke="#8a8f96" />
            <PolarAngleAxis
              dataKey="axis"
              tick={({ payload, x, y, textAnchor }) => (
                <Text
                  x={x}
                  y={y}
                  textAnchor={textAnchor}
                  verticalAnchor="middle"
                  width={narrow ? 84 : 130}
                  fontSize={narrow ? 11 : 13}
                  fill="#1f2328"
                >
                  {String(payload.value)}
                </Text>
              )}
            />
            <PolarRadiusAxis
              domain={[low, high]}
              tickCount={commonScale ? high - low + 1 : 5}
              angle={90 - 180 / Math.max(dimensions.length, 1)}
              tick={{ fontSize: 12, fill: "#4a5058" }}
              tickFormatter={(value: number) =>
                commonScale ? scaleNumber(format, value) : percent(format, value)
              }
            />
            {[...series.slice(1), ...series.slice(0, 1)].map((s) => (
              <Radar
                key={s.key}
                name={t.withN(s.label, s.n)}
                dataKey={s.key}
                stroke={s.colour}
                strokeWidth={s.highlighted && anyHighlight ? 4 : 2}
                strokeOpacity={anyHighlight && !s.highlighted ? 0.45 : 1}
                strokeDasharray={s.key === "overall" ? "8 5" : undefined}
                fill={s.colour}
                fillOpacity={s.highlighted && anyHighlight ? 0.15 : 0}
                connectNulls
                isAnimationActive={false}
              />
            ))}
            <Legend
              wrapperStyle={{ fontSize: narrow ? 13 : 14 }}
              itemSorter={(item) => series.findIndex((s) => s.key === item.dataKey)}
            />
          </RadarChart>
        </ResponsiveContainer>
      </div>
      <figcaption id={captionId}>
        {t.profile}
        {!commonScale && <span className="muted"> · {t.normalisedNote}</span>}
      </figcaption>
      <ScrollRegion label={t.tableOf(t.profile)}>
        <table className="data-table">
          <caption className="visually-hidden">{t.tableOf(t.profile)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.dimension}</th>
              {series.map((s) => (
                <th
                  scope="col"
                  key={s.key}
                  className={anyHighlight && s.highlighted ? "is-highlighted" : undefined}
                >
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {dimensions.map((dimension, d) => (
              <tr key={dimension.dimensionId}>
                <th scope="row" dir="auto">
                  {dimension.label}
                </th>
                {series.map((s) => (
                  <td
                    key={s.key}
                    className={anyHighlight && s.highlighted ? "nowrap is-highlighted" : "nowrap"}
                  >
                    {display(s.values[d] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {dimensions.some((d) => d.stats.withheld.length > 0) && (
        <div className="hidden-note">
          <p className="muted">{t.profileWithheld}</p>
          <dl className="withheld-by-dimension">
            {dimensions
              .filter((d) => d.stats.withheld.length > 0)
              .map((d) => (
                <div key={d.dimensionId}>
                  <dt dir="auto">{d.label}</dt>
                  <dd>
                    <WithheldNotes
                      withheld={d.stats.withheld}
                      minGroupSize={results.minGroupSize}
                    />
                  </dd>
                </div>
              ))}
          </dl>
        </div>
      )}
    </figure>
  );
}

/** Phones get a smaller radar with narrower axis labels, so that no label is cut. */
function useNarrowScreen(): boolean {
  const query = "(max-width: 40rem)";
  const [narrow, setNarrow] = useState(
    () => typeof window !== "undefined" && window.matchMedia?.(query).matches === true,
  );
  useEffect(() => {
    const list = window.matchMedia?.(query);
    if (!list) return;
    const update = () => setNarrow(list.matches);
    list.addEventListener("change", update);
    return () => list.removeEventListener("change", update);
  }, []);
  return narrow;
}
