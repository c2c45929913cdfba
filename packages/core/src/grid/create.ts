import type { Id, Language } from "../model/common.ts";
import type { Grid, LevelNames } from "../model/grid.ts";

/** What each level of the tree is called when the group has not chosen its own words. */
export const DEFAULT_LEVEL_NAMES: Readonly<Record<Language, LevelNames>> = {
  fr: { dimension: "Dimension", criterion: "Critère", indicator: "Indicateur" },
  en: { dimension: "Dimension", criterion: "Criterion", indicator: "Indicator" },
};

export interface CreateGridOptions {
  name: string;
  /** Defaults to the level names of the grid's language. */
  levelNames?: LevelNames;
  language?: Language;
  /** ISO date-time of creation, injected so the function stays pure. */
  now: string;
  /** The grid's stable id; a new one comes from `newId` when absent. */
  id?: Id;
  newId?: () => Id;
}

/** An empty draft grid, version 1, ready to be filled with dimensions. */
export function createGrid(options: CreateGridOptions): Grid {
  const language = options.language ?? "fr";
  const id = options.id ?? options.newId?.();
  if (id === undefined) {
    throw new Error("createGrid needs an id or a newId generator");
  }
  return {
    id,
    version: 1,
    name: options.name,
    language,
    status: "draft",
    provenance: {},
    levelNames: { ...(options.levelNames ?? DEFAULT_LEVEL_NAMES[language]) },
    glossary: [],
    principles: [],
    globalScore: { enabled: false },
    createdAt: options.now,
    dimensions: [],
  };
}
