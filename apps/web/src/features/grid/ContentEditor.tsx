import {
  type Criterion,
  type CriterionChanges,
  type Dimension,
  type IndicatorKind,
  Label,
  type Scale,
  Text,
} from "@coeval/core";
import { type FormEvent, type ReactNode, useId, useState } from "react";
import { criterionWithScale, scalesByUse } from "../../store/gridEdits.ts";
import { TextField } from "../../ui/TextField.tsx";
import { useGridEditor } from "./editorContext.tsx";
import { CheckboxField, SelectField } from "./fields.tsx";
import { IndicatorEditor, indicatorDraft } from "./IndicatorEditor.tsx";
import type { GridMessages } from "./messages.ts";
import { DragHandle, type MoveTarget, ReorderButtons, reorderableItem } from "./Reorder.tsx";

const LABEL_MAX = Label.maxLength ?? undefined;
const TEXT_MAX = Text.maxLength ?? undefined;

/** A four-level scale for a grid that has none yet. */
export function starterScale(m: GridMessages): Scale {
  return {
    kind: "agreement",
    levels: m.defaultScale.map((label, index) => ({ value: index + 1, label })),
    allowNotApplicable: true,
    allowDontKnow: true,
  };
}

/** The scale a new criterion gets: the grid's most used one, else the starter scale. */
export function scaleForNewCriterion(grid: Parameters<typeof scalesByUse>[0], m: GridMessages) {
  return scalesByUse(grid)[0]?.scale ?? starterScale(m);
}

/** Dimensions → criteria → indicators, each reorderable by keyboard and by pointer. */
export function ContentEditor() {
  const { grid, m, apply } = useGridEditor();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const dimensionWord = grid.levelNames.dimension;

  return (
    <section className="card" aria-labelledby="grid-content-title">
      <h2 id="grid-content-title" tabIndex={-1} dir="auto">
        {m.contentTitle}
      </h2>
      <p className="muted" dir="auto">
        {m.hierarchy(dimensionWord, grid.levelNames.criterion, grid.levelNames.indicator)}
      </p>
      <p className="muted">{m.reorderHint}</p>
      {grid.dimensions.length === 0 ? (
        <p>{m.noDimensions}</p>
      ) : (
        <ol className="dimension-list">
          {grid.dimensions.map((dimension, index) => (
            <DimensionItem
              key={dimension.id}
              dimension={dimension}
              index={index}
              expanded={expanded}
              toggle={toggle}
            />
          ))}
        </ol>
      )}
      <AddForm
        label={m.newLabel(dimensionWord)}
        submitLabel={m.addDimension(dimensionWord)}
        onAdd={(label) => apply({ type: "addDimension", dimension: { label, criteria: [] } })}
      />
    </section>
  );
}

function useMoves() {
  const { grid, m, apply, announce } = useGridEditor();
  return {
    dimension(dimension: Dimension, index: number): MoveTarget {
      const count = grid.dimensions.length;
      const to = (toIndex: number) => () => {
        if (apply({ type: "moveDimension", dimensionId: dimension.id, toIndex })) {
          announce(m.moved(dimension.label, toIndex + 1, count));
        }
      };
      return {
        up: index > 0 ? to(index - 1) : undefined,
        down: index < count - 1 ? to(index + 1) : undefined,
      };
    },
    /** At the edge of its dimension, a criterion goes on into the previous or next one. */
    criterion(criterion: Criterion, dimensionIndex: number, index: number): MoveTarget {
      const dimension = grid.dimensions[dimensionIndex] as Dimension;
      const previous = grid.dimensions[dimensionIndex - 1];
      const next = grid.dimensions[dimensionIndex + 1];
      const to = (target: Dimension, toIndex: number, count: number) => () => {
        const moved = apply({
          type: "moveCriterion",
          criterionId: criterion.id,
          toDimensionId: target.id,
          toIndex,
        });
        if (!moved) return;
        announce(
          target.id === dimension.id
            ? m.moved(criterion.label, toIndex + 1, count)
            : m.movedTo(criterion.label, target.label, toIndex + 1),
        );
      };
      const count = dimension.criteria.length;
      return {
        up:
          index > 0
            ? to(dimension, index - 1, count)
            : previous && to(previous, previous.criteria.length, previous.criteria.length + 1),
        down:
          index < count - 1
            ? to(dimension, index + 1, count)
            : next && to(next, 0, next.criteria.length + 1),
      };
    },
    indicator(criterion: Criterion, index: number): MoveTarget {
      const indicator = criterion.indicators[index];
      const count = criterion.indicators.length;
      if (!indicator) return {};
      const to = (toIndex: number) => () => {
        const moved = apply({
          type: "moveIndicator",
          indicatorId: indicator.id,
          toCriterionId: criterion.id,
          toIndex,
        });
        if (moved) announce(m.moved(indicator.label, toIndex + 1, count));
      };
      return {
        up: index > 0 ? to(index - 1) : undefined,
        down: index < count - 1 ? to(index + 1) : undefined,
      };
    },
  };
}

function DimensionItem({
  dimension,
  index,
  expanded,
  toggle,
}: {
  dimension: Dimension;
  index: number;
  expanded: ReadonlySet<string>;
  toggle(id: string, open: boolean): void;
}) {
  const { grid, m, apply, announce, keepFocus } = useGridEditor();
  const moves = useMoves();
  const headingId = useId();
  const criterionWord = grid.levelNames.criterion;
  const item = reorderableItem(
    "dimension",
    dimension.id,
    moves.dimension(dimension, index),
    (draggedId) => apply({ type: "moveDimension", dimensionId: draggedId, toIndex: index }),
    keepFocus,
  );

  return (
    <li className="dimension-item" aria-labelledby={headingId} {...item}>
      <div className="item-head">
        <DragHandle level="dimension" itemId={dimension.id} />
        <h3 id={headingId} className="item-title" dir="auto" tabIndex={-1}>
          <span className="item-number">{index + 1}.</span> {dimension.label}
        </h3>
        <ReorderButtons
          itemId={dimension.id}
          label={dimension.label}
          moves={moves.dimension(dimension, index)}
        />
        <button
          type="button"
          className="button-small button-quiet"
          aria-label={m.removeNamed(dimension.label)}
          onClick={() => {
            if (apply({ type: "removeDimension", dimensionId: dimension.id })) {
              announce(m.removed(dimension.label));
              focusHeading("grid-content-title");
            }
          }}
        >
          {m.remove}
        </button>
      </div>
      <div className="field-grid">
        <TextField
          label={m.label}
          value={dimension.label}
          required
          maxLength={LABEL_MAX}
          onCommit={(label) =>
            apply({ type: "updateDimension", dimensionId: dimension.id, changes: { label } })
          }
        />
        <TextField
          label={m.description}
          value={dimension.description ?? ""}
          maxLength={TEXT_MAX}
          onCommit={(description) =>
            apply({
              type: "updateDimension",
              dimensionId: dimension.id,
              changes: { description: description || undefined },
            })
          }
        />
      </div>
      <h4 className="sublist-title" dir="auto">
        {m.criteriaOf(criterionWord, dimension.criteria.length)}
      </h4>
      {dimension.criteria.length > 0 && (
        <ol className="criterion-list">
          {dimension.criteria.map((criterion, criterionIndex) => (
            <CriterionItem
              key={criterion.id}
              criterion={criterion}
              dimension={dimension}
              dimensionIndex={index}
              index={criterionIndex}
              open={expanded.has(criterion.id)}
              toggle={toggle}
            />
          ))}
        </ol>
      )}
      <AddForm
        label={m.newLabel(criterionWord)}
        submitLabel={m.addCriterion(criterionWord)}
        onAdd={(label) => {
          const before = new Set(dimension.criteria.map((c) => c.id));
          const after = apply({
            type: "addCriterion",
            dimensionId: dimension.id,
            criterion: criterionWithScale(label, scaleForNewCriterion(grid, m)),
          });
          // Open the new criterion so its scale can be described at once.
          const added = after?.dimensions
            .find((d) => d.id === dimension.id)
            ?.criteria.find((c) => !before.has(c.id));
          if (added) toggle(added.id, true);
        }}
      />
    </li>
  );
}

function CriterionItem({
  criterion,
  dimension,
  dimensionIndex,
  index,
  open,
  toggle,
}: {
  criterion: Criterion;
  dimension: Dimension;
  dimensionIndex: number;
  index: number;
  open: boolean;
  toggle(id: string, open: boolean): void;
}) {
  const { grid, m, apply, announce, keepFocus } = useGridEditor();
  const moves = useMoves();
  const criterionMoves = moves.criterion(criterion, dimensionIndex, index);
  const bodyId = useId();
  const update = (changes: Parameters<typeof criterionChanges>[0]) =>
    apply({
      type: "updateCriterion",
      criterionId: criterion.id,
      changes: criterionChanges(changes),
    });
  const item = reorderableItem(
    "criterion",
    criterion.id,
    criterionMoves,
    (draggedId) =>
      apply({
        type: "moveCriterion",
        criterionId: draggedId,
        toDimensionId: dimension.id,
        toIndex: index,
      }),
    keepFocus,
  );
  const defaultScale = scaleForNewCriterion(grid, m);

  return (
    <li className="criterion-item" {...item}>
      <div className="item-head">
        <DragHandle level="criterion" itemId={criterion.id} />
        <p className="item-title" dir="auto">
          {criterion.label}
        </p>
        <button
          type="button"
          className="button-small"
          aria-expanded={open}
          aria-controls={bodyId}
          aria-label={open ? m.collapseNamed(criterion.label) : m.editNamed(criterion.label)}
          onClick={() => toggle(criterion.id, !open)}
        >
          {open ? m.collapse : m.edit}
        </button>
        <ReorderButtons itemId={criterion.id} label={criterion.label} moves={criterionMoves} />
        <button
          type="button"
          className="button-small button-quiet"
          aria-label={m.removeNamed(criterion.label)}
          onClick={() => {
            if (apply({ type: "removeCriterion", criterionId: criterion.id })) {
              announce(m.removed(criterion.label));
              focusHeading("grid-content-title");
            }
          }}
        >
          {m.remove}
        </button>
      </div>
      <div id={bodyId} hidden={!open} className="criterion-body">
        {open && (
          <>
            <TextField
              label={m.label}
              value={criterion.label}
              required
              maxLength={LABEL_MAX}
              onCommit={(label) => update({ label })}
            />
            <TextField
              label={m.description}
              value={criterion.description ?? ""}
              maxLength={TEXT_MAX}
              multiline
              onCommit={(description) => update({ description })}
            />
            <TextField
              label={m.whyItMatters}
              value={criterion.whyItMatters ?? ""}
              maxLength={TEXT_MAX}
              multiline
              onCommit={(whyItMatters) => update({ whyItMatters })}
            />
            <TextField
              label={m.guidingQuestions}
              hint={m.guidingQuestionsHint}
              value={criterion.guidingQuestions.join("\n")}
              maxLength={TEXT_MAX}
              multiline
              onCommit={(text) =>
                update({
                  guidingQuestions: text
                    .split("\n")
                    .map((line) => line.trim())
                    .filter((line) => line.length > 0),
                })
              }
            />
            {grid.principles.length > 0 && (
              <fieldset className="checkbox-group">
                <legend>{m.principlesOf}</legend>
                {grid.principles.map((principle) => (
                  <CheckboxField
                    key={principle.id}
                    label={principle.label}
                    checked={criterion.principleIds.includes(principle.id)}
                    onChange={(checked) =>
                      update({
                        principleIds: checked
                          ? [...criterion.principleIds, principle.id]
                          : criterion.principleIds.filter((id) => id !== principle.id),
                      })
                    }
                  />
                ))}
              </fieldset>
            )}
            <h5 className="sublist-title" dir="auto">
              {m.criteriaOf(grid.levelNames.indicator, criterion.indicators.length)}
            </h5>
            {criterion.indicators.length === 0 ? (
              <p className="muted">{m.noIndicators}</p>
            ) : (
              <ol className="indicator-list">
                {criterion.indicators.map((indicator, indicatorIndex) => (
                  <IndicatorEditor
                    key={indicator.id}
                    indicator={indicator}
                    criterion={criterion}
                    moves={moves.indicator(criterion, indicatorIndex)}
                    defaultScale={defaultScale}
                  />
                ))}
              </ol>
            )}
            <AddIndicatorForm criterion={criterion} defaultScale={defaultScale} />
          </>
        )}
      </div>
    </li>
  );
}

/** An empty optional text is removed rather than stored as "". */
function criterionChanges(changes: {
  label?: string;
  description?: string;
  whyItMatters?: string;
  guidingQuestions?: string[];
  principleIds?: string[];
}) {
  const result: CriterionChanges = { ...changes };
  for (const key of ["description", "whyItMatters"] as const) {
    if (key in changes && !changes[key]) result[key] = undefined;
  }
  return result;
}

function AddIndicatorForm({
  criterion,
  defaultScale,
}: {
  criterion: Criterion;
  defaultScale: Scale;
}) {
  const { grid, m, apply } = useGridEditor();
  const [kind, setKind] = useState<IndicatorKind>("scale");
  const word = grid.levelNames.indicator;
  return (
    <AddForm
      label={m.newLabel(word)}
      submitLabel={m.addIndicator(word)}
      extra={
        <SelectField<IndicatorKind>
          label={m.kind}
          value={kind}
          options={(["scale", "yesPartlyNo", "quantitative", "narrative"] as const).map((k) => ({
            value: k,
            label: m.kinds[k],
          }))}
          onChange={setKind}
        />
      }
      onAdd={(label) =>
        apply({
          type: "addIndicator",
          criterionId: criterion.id,
          indicator: indicatorDraft(kind, label, defaultScale),
        })
      }
    />
  );
}

/** A one-line form to add an item: Enter adds it and the keyboard stays for the next one. */
export function AddForm({
  label,
  submitLabel,
  onAdd,
  extra,
}: {
  label: string;
  submitLabel: string;
  onAdd(label: string): void;
  extra?: ReactNode;
}) {
  const id = useId();
  const [text, setText] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    const label = text.trim();
    if (!label) return;
    onAdd(label);
    setText("");
  }
  return (
    <form className="inline-form add-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={id} dir="auto">
          {label}
        </label>
        <input
          id={id}
          type="text"
          dir="auto"
          maxLength={LABEL_MAX}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      {extra}
      <button type="submit">{submitLabel}</button>
    </form>
  );
}

function focusHeading(id: string) {
  queueMicrotask(() => document.getElementById(id)?.focus());
}
