import {
  type Criterion,
  Direction,
  EffectLevel,
  type Indicator,
  type IndicatorChanges,
  type IndicatorDraft,
  type IndicatorKind,
  Label,
  QuantitativeIndicator,
  type Scale,
  ScaleKind,
  type ScaleLevel,
  Text,
} from "@coeval/core";
import { TextField } from "../../ui/TextField.tsx";
import { useGridEditor } from "./editorContext.tsx";
import { CheckboxField, NumberField, SelectField } from "./fields.tsx";
import { DragHandle, type MoveTarget, ReorderButtons, reorderableItem } from "./Reorder.tsx";

const LABEL_MAX = Label.maxLength ?? undefined;
const TEXT_MAX = Text.maxLength ?? undefined;
const UNIT_MAX = QuantitativeIndicator.shape.unit.maxLength ?? undefined;
const KINDS: readonly IndicatorKind[] = ["scale", "yesPartlyNo", "quantitative", "narrative"];

/** A new indicator of a kind, with the fields that kind starts with. */
export function indicatorDraft(kind: IndicatorKind, label: string, scale: Scale): IndicatorDraft {
  switch (kind) {
    case "scale":
      return { kind, label, scale };
    case "yesPartlyNo":
      return { kind, label, allowNotApplicable: true, allowDontKnow: true };
    case "quantitative":
      return { kind, label, unit: "", direction: "higherBetter" };
    case "narrative":
      return { kind, label };
  }
}

/** The fields a kind starts with when an indicator changes kind (its label is kept). */
function kindDefaults(kind: IndicatorKind, scale: Scale): IndicatorChanges {
  const { label: _label, ...changes } = indicatorDraft(kind, "", scale);
  return changes;
}

export function IndicatorEditor({
  indicator,
  criterion,
  moves,
  defaultScale,
}: {
  indicator: Indicator;
  criterion: Criterion;
  moves: MoveTarget;
  defaultScale: Scale;
}) {
  const { grid, m, apply, announce, keepFocus } = useGridEditor();
  // Often labelled like its criterion: the level word keeps the buttons' names apart.
  const name = `${indicator.label} (${grid.levelNames.indicator})`;
  const update = (changes: IndicatorChanges) =>
    apply({ type: "updateIndicator", indicatorId: indicator.id, changes });
  const item = reorderableItem(
    "indicator",
    indicator.id,
    moves,
    (draggedId) => {
      const index = criterion.indicators.findIndex((i) => i.id === indicator.id);
      apply({
        type: "moveIndicator",
        indicatorId: draggedId,
        toCriterionId: criterion.id,
        toIndex: index,
      });
    },
    keepFocus,
  );

  return (
    <li className="indicator-item" {...item}>
      <div className="item-head">
        <DragHandle level="indicator" itemId={indicator.id} />
        <p className="item-title" dir="auto">
          {indicator.label} <span className="badge">{m.kinds[indicator.kind]}</span>
        </p>
        <ReorderButtons itemId={indicator.id} label={name} moves={moves} />
        <button
          type="button"
          className="button-small button-quiet"
          aria-label={m.removeNamed(name)}
          onClick={() => {
            if (apply({ type: "removeIndicator", indicatorId: indicator.id })) {
              announce(m.removed(indicator.label));
            }
          }}
        >
          {m.remove}
        </button>
      </div>
      <div className="field-grid">
        <TextField
          label={m.label}
          value={indicator.label}
          required
          maxLength={LABEL_MAX}
          onCommit={(label) => update({ label })}
        />
        <SelectField
          label={m.kind}
          value={indicator.kind}
          options={KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
          onChange={(kind) => update(kindDefaults(kind, defaultScale))}
        />
        <SelectField
          label={m.effectLevel}
          value={indicator.effectLevel ?? ""}
          options={[
            { value: "", label: m.effectNone },
            ...EffectLevel.options.map((level) => ({ value: level, label: m.effectLevels[level] })),
          ]}
          onChange={(value) => update({ effectLevel: value === "" ? undefined : value })}
        />
      </div>
      <TextField
        label={m.description}
        value={indicator.description ?? ""}
        maxLength={TEXT_MAX}
        onCommit={(description) => update({ description: description || undefined })}
      />
      <KindFields indicator={indicator} update={update} />
    </li>
  );
}

function KindFields({
  indicator,
  update,
}: {
  indicator: Indicator;
  update: (changes: IndicatorChanges) => void;
}) {
  const { m } = useGridEditor();
  switch (indicator.kind) {
    case "scale":
      return (
        <ScaleEditor
          scale={indicator.scale}
          label={indicator.label}
          onChange={(scale) => update({ scale })}
        />
      );
    case "yesPartlyNo":
      return (
        <div className="checkbox-row">
          <CheckboxField
            label={m.allowNotApplicable}
            checked={indicator.allowNotApplicable}
            onChange={(allowNotApplicable) => update({ allowNotApplicable })}
          />
          <CheckboxField
            label={m.allowDontKnow}
            checked={indicator.allowDontKnow}
            onChange={(allowDontKnow) => update({ allowDontKnow })}
          />
        </div>
      );
    case "narrative":
      return (
        <TextField
          label={m.prompt}
          value={indicator.prompt ?? ""}
          maxLength={TEXT_MAX}
          multiline
          onCommit={(prompt) => update({ prompt: prompt || undefined })}
        />
      );
    case "quantitative": {
      const band = indicator.targetBand;
      return (
        <div className="field-grid">
          <TextField
            label={m.unit}
            value={indicator.unit}
            maxLength={UNIT_MAX}
            onCommit={(unit) => update({ unit })}
          />
          <SelectField
            label={m.direction}
            value={indicator.direction}
            options={Direction.options.map((d) => ({ value: d, label: m.directions[d] }))}
            onChange={(direction) => update({ direction })}
          />
          <NumberField
            label={m.baseline}
            value={indicator.baseline?.value}
            invalidMessage={m.notANumber}
            onCommit={(value) =>
              update({
                baseline: value === undefined ? undefined : { ...indicator.baseline, value: value },
              })
            }
          />
          {indicator.baseline !== undefined && (
            <TextField
              label={m.baselinePeriod}
              value={indicator.baseline.period ?? ""}
              maxLength={100}
              onCommit={(period) =>
                update({
                  baseline: {
                    value: indicator.baseline?.value ?? 0,
                    ...(period ? { period } : {}),
                  },
                })
              }
            />
          )}
          {indicator.direction === "targetBand" ? (
            <>
              <NumberField
                label={m.bandMin}
                value={band?.min}
                invalidMessage={m.notANumber}
                onCommit={(min) =>
                  update({
                    targetBand:
                      min === undefined ? undefined : { min, max: band?.max ?? Math.max(min, 0) },
                  })
                }
              />
              <NumberField
                label={m.bandMax}
                value={band?.max}
                invalidMessage={m.notANumber}
                onCommit={(max) =>
                  update({
                    targetBand:
                      max === undefined ? undefined : { min: band?.min ?? Math.min(max, 0), max },
                  })
                }
              />
            </>
          ) : (
            <NumberField
              label={m.target}
              value={indicator.target}
              invalidMessage={m.notANumber}
              onCommit={(target) => update({ target })}
            />
          )}
          <TextField
            label={m.source}
            value={indicator.source ?? ""}
            maxLength={500}
            onCommit={(source) => update({ source: source || undefined })}
          />
        </div>
      );
    }
  }
}

/** The levels of a scale, each with its label, what it means and an optional colour. */
export function ScaleEditor({
  scale,
  label,
  onChange,
}: {
  scale: Scale;
  label: string;
  onChange(scale: Scale): void;
}) {
  const { m } = useGridEditor();
  const setLevel = (index: number, level: ScaleLevel) =>
    onChange({ ...scale, levels: scale.levels.map((l, i) => (i === index ? level : l)) });
  const last = scale.levels.at(-1);
  return (
    <fieldset className="scale-editor">
      <legend dir="auto">
        {m.levels} — {label}
      </legend>
      <div className="field-grid">
        <SelectField
          label={m.scaleKind}
          value={scale.kind}
          options={ScaleKind.options.map((kind) => ({ value: kind, label: m.scaleKinds[kind] }))}
          onChange={(kind) => onChange({ ...scale, kind })}
        />
      </div>
      <ol className="level-list">
        {scale.levels.map((level, index) => (
          // Levels have no id: their position is their identity while the list is edited.
          // biome-ignore lint/suspicious/noArrayIndexKey: levels are only appended or removed at a position
          <li key={index} className="level-row">
            <fieldset>
              <legend dir="auto">{m.levelNamed(level.value, level.label)}</legend>
              <div className="level-fields">
                <NumberField
                  className="level-value"
                  label={m.levelValue}
                  value={level.value}
                  integer
                  required
                  invalidMessage={m.notANumber}
                  onCommit={(value) => value !== undefined && setLevel(index, { ...level, value })}
                />
                <TextField
                  className="level-label"
                  label={m.levelLabel}
                  value={level.label}
                  required
                  maxLength={LABEL_MAX}
                  onCommit={(text) => setLevel(index, { ...level, label: text })}
                />
                <TextField
                  className="level-descriptor"
                  label={m.levelDescriptor}
                  value={level.descriptor ?? ""}
                  multiline
                  maxLength={TEXT_MAX}
                  onCommit={(descriptor) => {
                    const { descriptor: _old, ...rest } = level;
                    setLevel(index, descriptor ? { ...rest, descriptor } : rest);
                  }}
                />
                <ColourField
                  value={level.colour}
                  label={m.levelColour}
                  clearLabel={m.clearColour}
                  onChange={(colour) => {
                    const { colour: _old, ...rest } = level;
                    setLevel(index, colour ? { ...rest, colour } : rest);
                  }}
                />
              </div>
              <button
                type="button"
                className="button-small button-quiet"
                disabled={scale.levels.length <= 2}
                aria-label={m.removeLevel(level.label)}
                onClick={() =>
                  onChange({ ...scale, levels: scale.levels.filter((_, i) => i !== index) })
                }
              >
                {m.remove}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button-small"
        disabled={scale.levels.length >= 11}
        onClick={() => {
          const value = (last?.value ?? 0) + 1;
          onChange({ ...scale, levels: [...scale.levels, { value, label: m.levelN(value) }] });
        }}
      >
        {m.addLevel}
      </button>
      <div className="checkbox-row">
        <CheckboxField
          label={m.allowNotApplicable}
          checked={scale.allowNotApplicable}
          onChange={(allowNotApplicable) => onChange({ ...scale, allowNotApplicable })}
        />
        <CheckboxField
          label={m.allowDontKnow}
          checked={scale.allowDontKnow}
          onChange={(allowDontKnow) => onChange({ ...scale, allowDontKnow })}
        />
      </div>
    </fieldset>
  );
}

function ColourField({
  value,
  label,
  clearLabel,
  onChange,
}: {
  value: string | undefined;
  label: string;
  clearLabel: string;
  onChange(colour: string | undefined): void;
}) {
  return (
    <div className="field level-colour">
      <label>
        {label}
        <input
          type="color"
          value={value ?? "#cccccc"}
          data-unset={value === undefined || undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      </label>
      {value !== undefined && (
        <button
          type="button"
          className="button-small button-quiet"
          onClick={() => onChange(undefined)}
        >
          {clearLabel}
        </button>
      )}
    </div>
  );
}
