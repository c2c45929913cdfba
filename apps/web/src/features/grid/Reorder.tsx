import type { DragEvent, KeyboardEvent } from "react";
import { useGridEditor } from "./editorContext.tsx";

export type ItemLevel = "dimension" | "criterion" | "indicator" | "principle";

/** The item being dragged: `dataTransfer` cannot be read while dragging over a target. */
let dragged: { level: ItemLevel; id: string } | null = null;

export interface MoveTarget {
  /** Where "up" and "down" lead; undefined when the item cannot go further that way. */
  up?: () => void;
  down?: () => void;
}

/** "Move up" / "Move down" buttons: the keyboard path to reorder, always there. */
export function ReorderButtons({
  itemId,
  label,
  moves,
}: {
  itemId: string;
  label: string;
  moves: MoveTarget;
}) {
  const { m, keepFocus } = useGridEditor();
  return (
    <span className="reorder-buttons">
      <button
        type="button"
        className="button-small"
        data-move="up"
        aria-label={m.moveUpNamed(label)}
        title={m.moveUp}
        disabled={!moves.up}
        onClick={() => {
          keepFocus(itemId, "up");
          moves.up?.();
        }}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="button-small"
        data-move="down"
        aria-label={m.moveDownNamed(label)}
        title={m.moveDown}
        disabled={!moves.down}
        onClick={() => {
          keepFocus(itemId, "down");
          moves.down?.();
        }}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>
  );
}

/**
 * Props for a reorderable list item: Alt+Arrow moves it from anywhere inside, and a pointer
 * can drag its handle onto a sibling of the same level (`onDropItem` gets the dragged id).
 */
export function reorderableItem(
  level: ItemLevel,
  itemId: string,
  moves: MoveTarget,
  onDropItem: (draggedId: string) => void,
  keepFocus: (itemId: string, preferred: "up" | "down") => void,
) {
  return {
    "data-item-id": itemId,
    onKeyDown(event: KeyboardEvent<HTMLElement>) {
      if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
      event.preventDefault();
      event.stopPropagation();
      const direction = event.key === "ArrowUp" ? "up" : "down";
      keepFocus(itemId, direction);
      moves[direction]?.();
    },
    onDragOver(event: DragEvent<HTMLElement>) {
      if (dragged?.level !== level || dragged.id === itemId) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = "move";
    },
    onDrop(event: DragEvent<HTMLElement>) {
      if (dragged?.level !== level || dragged.id === itemId) return;
      event.preventDefault();
      event.stopPropagation();
      const { id } = dragged;
      dragged = null;
      onDropItem(id);
    },
  };
}

/** The pointer's handle; hidden from assistive technology, which uses the buttons. */
export function DragHandle({ level, itemId }: { level: ItemLevel; itemId: string }) {
  const { m } = useGridEditor();
  return (
    <span
      className="drag-handle"
      draggable
      aria-hidden="true"
      title={m.dragHandle}
      onDragStart={(event) => {
        dragged = { level, id: itemId };
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", itemId);
        const item = (event.currentTarget as HTMLElement).closest("[data-item-id]");
        if (item) event.dataTransfer.setDragImage(item, 16, 16);
      }}
      onDragEnd={() => {
        dragged = null;
      }}
    >
      ⠿
    </span>
  );
}
