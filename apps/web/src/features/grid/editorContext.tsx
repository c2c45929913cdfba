import type { Grid, GridEdit } from "@coeval/core";
import { createContext, useContext } from "react";
import type { GridMessages } from "./messages.ts";

/** What every part of the grid editor needs: the grid shown, how to change it, how to speak. */
export interface GridEditorApi {
  grid: Grid;
  m: GridMessages;
  /** Applies an edit as a saved, undoable change: the grid after it, or null when it was refused. */
  apply(edit: GridEdit): Grid | null;
  /** Says something to screen readers (and shows it) without moving the focus. */
  announce(message: string): void;
  /** After the next render, puts the focus back on an item's control (it may have moved). */
  keepFocus(itemId: string, preferred: "up" | "down"): void;
}

const EditorContext = createContext<GridEditorApi | null>(null);
export const GridEditorProvider = EditorContext.Provider;

export function useGridEditor(): GridEditorApi {
  const api = useContext(EditorContext);
  if (!api) throw new Error("useGridEditor needs a GridEditorProvider above it");
  return api;
}
