import type { Grid, GridChange, GridElementLevel } from "@coeval/core";
import type { GridMessages } from "./messages.ts";

/** What changed between two versions of a grid, one readable sentence per change. */
export function describeChanges(
  changes: readonly GridChange[],
  previous: Grid,
  next: Grid,
  m: GridMessages,
): string[] {
  const levelWord = (level: GridElementLevel) =>
    level === "principle" ? m.principleLevel : next.levelNames[level];
  const parentLabel = (parentId: string | undefined) => {
    if (parentId === undefined) return undefined;
    return labelOf(next, parentId) ?? labelOf(previous, parentId);
  };
  const fieldList = (fields: readonly string[], names: Record<string, string>) =>
    m.list(fields.map((field) => names[field] ?? field));

  return changes.map((change) => describe(change));

  function describe(change: GridChange): string {
    switch (change.kind) {
      case "gridChanged":
        return m.diffGridChanged(fieldList(change.fields, m.diffGridFields));
      case "added": {
        const parent = parentLabel(change.to.parentId);
        return m.diffAdded(
          levelWord(change.level),
          change.label,
          parent === undefined ? "" : m.diffIn(parent),
        );
      }
      case "removed":
        return m.diffRemoved(levelWord(change.level), change.label);
      case "renamed":
        return m.diffRenamed(levelWord(change.level), change.from, change.to);
      case "moved":
        if (change.from.parentId !== change.to.parentId) {
          return m.diffMovedParent(
            levelWord(change.level),
            change.label,
            parentLabel(change.to.parentId) ?? "",
          );
        }
        return m.diffMoved(
          levelWord(change.level),
          change.label,
          change.from.index + 1,
          change.to.index + 1,
        );
      case "changed":
        return m.diffChanged(
          levelWord(change.level),
          change.label,
          fieldList(change.fields, m.diffFields),
        );
      case "scaleChanged": {
        const details: string[] = [];
        if (change.settings.length > 0) {
          const names = { ...m.diffFields, kind: m.diffScaleKind };
          details.push(m.diffSettings(fieldList(change.settings, names)));
        }
        if (change.levels.added.length > 0) {
          details.push(m.diffLevelsAdded(m.list(change.levels.added.map(String))));
        }
        if (change.levels.removed.length > 0) {
          details.push(m.diffLevelsRemoved(m.list(change.levels.removed.map(String))));
        }
        for (const level of change.levels.changed) {
          details.push(m.diffLevelChanged(level.value, fieldList(level.fields, m.diffFields)));
        }
        return m.diffScale(change.label, m.list(details));
      }
      case "glossaryAdded":
        return m.diffGlossaryAdded(change.term);
      case "glossaryRemoved":
        return m.diffGlossaryRemoved(change.term);
      case "glossaryChanged":
        return m.diffGlossaryChanged(change.term);
    }
  }
}

function labelOf(grid: Grid, id: string): string | undefined {
  for (const dimension of grid.dimensions) {
    if (dimension.id === id) return dimension.label;
    for (const criterion of dimension.criteria) if (criterion.id === id) return criterion.label;
  }
  return undefined;
}
