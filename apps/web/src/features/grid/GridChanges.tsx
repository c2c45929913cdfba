import { diffGrids, type Grid } from "@coeval/core";
import { describeChanges } from "./diffText.ts";
import type { GridMessages } from "./messages.ts";

/** "What changed since version N": the differences from the version this one revises. */
export function GridChanges({
  previous,
  grid,
  m,
}: {
  previous: Grid;
  grid: Grid;
  m: GridMessages;
}) {
  const lines = describeChanges(diffGrids(previous, grid), previous, grid, m);
  return (
    <section className="card changes" aria-labelledby="grid-changes-title">
      <h2 id="grid-changes-title">{m.changesTitle(previous.version)}</h2>
      {lines.length === 0 ? (
        <p className="muted">{m.noChanges}</p>
      ) : (
        <ul>
          {lines.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is recomputed whole
            <li key={index} dir="auto">
              {line}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
