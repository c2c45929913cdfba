import { Label, type LevelNames, Text } from "@coeval/core";
import { type FormEvent, useId, useState } from "react";
import { TextField } from "../../ui/TextField.tsx";
import { AddForm } from "./ContentEditor.tsx";
import { useGridEditor } from "./editorContext.tsx";
import { CheckboxField } from "./fields.tsx";
import { DragHandle, ReorderButtons, reorderableItem } from "./Reorder.tsx";

const LABEL_MAX = Label.maxLength ?? undefined;
const TEXT_MAX = Text.maxLength ?? undefined;

/** Name, description, level names and the global score convention. */
export function GeneralEditor() {
  const { grid, m, apply } = useGridEditor();
  const setLevelName = (level: keyof LevelNames, name: string) =>
    apply({ type: "setLevelNames", levelNames: { ...grid.levelNames, [level]: name } });
  const warningId = useId();
  return (
    <section className="card" aria-labelledby="grid-general-title">
      <h2 id="grid-general-title">{m.general}</h2>
      <TextField
        label={m.name}
        value={grid.name}
        required
        maxLength={LABEL_MAX}
        onCommit={(name) => apply({ type: "renameGrid", name })}
      />
      <TextField
        label={m.description}
        value={grid.description ?? ""}
        maxLength={TEXT_MAX}
        multiline
        onCommit={(description) =>
          apply({ type: "setGridDetails", details: { description: description || undefined } })
        }
      />
      <fieldset className="subfieldset">
        <legend>{m.levelNames}</legend>
        <p className="field-hint">{m.levelNamesHint}</p>
        <div className="field-grid">
          <TextField
            label={m.levelDimension}
            value={grid.levelNames.dimension}
            required
            maxLength={LABEL_MAX}
            onCommit={(name) => setLevelName("dimension", name)}
          />
          <TextField
            label={m.levelCriterion}
            value={grid.levelNames.criterion}
            required
            maxLength={LABEL_MAX}
            onCommit={(name) => setLevelName("criterion", name)}
          />
          <TextField
            label={m.levelIndicator}
            value={grid.levelNames.indicator}
            required
            maxLength={LABEL_MAX}
            onCommit={(name) => setLevelName("indicator", name)}
          />
        </div>
      </fieldset>
      <fieldset className="subfieldset" aria-describedby={warningId}>
        <legend>{m.globalScore}</legend>
        <p className="warning" id={warningId}>
          {m.globalScoreWarning}
        </p>
        <CheckboxField
          label={m.globalScoreToggle}
          checked={grid.globalScore.enabled}
          onChange={(enabled) =>
            apply({ type: "setGlobalScore", globalScore: { ...grid.globalScore, enabled } })
          }
        />
        {grid.globalScore.enabled && (
          <TextField
            label={m.globalScoreConvention}
            hint={m.globalScoreConventionHint}
            value={grid.globalScore.convention ?? ""}
            maxLength={TEXT_MAX}
            multiline
            onCommit={(convention) =>
              apply({
                type: "setGlobalScore",
                globalScore: convention
                  ? { enabled: true, convention }
                  : { enabled: grid.globalScore.enabled },
              })
            }
          />
        )}
      </fieldset>
    </section>
  );
}

export function GlossaryEditor() {
  const { grid, m, apply, announce } = useGridEditor();
  const termId = useId();
  const definitionId = useId();
  const [term, setTerm] = useState("");
  const [definition, setDefinition] = useState("");
  const [error, setError] = useState("");
  const terms = grid.glossary.map((entry) => entry.term);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = term.trim();
    if (!trimmed) return;
    if (terms.includes(trimmed)) {
      setError(m.duplicateTerm);
      return;
    }
    setError("");
    if (apply({ type: "addGlossaryEntry", entry: { term: trimmed, definition } })) {
      setTerm("");
      setDefinition("");
      document.getElementById(termId)?.focus();
    }
  }

  return (
    <section className="card" aria-labelledby="grid-glossary-title">
      <h2 id="grid-glossary-title" tabIndex={-1}>
        {m.glossary}
      </h2>
      <p className="muted">{m.glossaryIntro}</p>
      {grid.glossary.length > 0 && (
        <ul className="plain-list">
          {grid.glossary.map((entry, index) => (
            // Terms can be renamed: the position identifies the row while it is edited.
            // biome-ignore lint/suspicious/noArrayIndexKey: a rename must not remount the fields being typed in
            <li key={index} className="glossary-row">
              <TextField
                label={m.term}
                value={entry.term}
                required
                maxLength={LABEL_MAX}
                validate={(text) =>
                  text.trim() !== entry.term && terms.includes(text.trim()) ? m.duplicateTerm : null
                }
                onCommit={(text) =>
                  apply({
                    type: "updateGlossaryEntry",
                    term: entry.term,
                    entry: { ...entry, term: text.trim() },
                  })
                }
              />
              <TextField
                label={m.definition}
                value={entry.definition}
                maxLength={TEXT_MAX}
                multiline
                onCommit={(text) =>
                  apply({
                    type: "updateGlossaryEntry",
                    term: entry.term,
                    entry: { ...entry, definition: text },
                  })
                }
              />
              <button
                type="button"
                className="button-small button-quiet"
                aria-label={m.removeNamed(entry.term)}
                onClick={() => {
                  if (apply({ type: "removeGlossaryEntry", term: entry.term })) {
                    announce(m.removed(entry.term));
                    document.getElementById("grid-glossary-title")?.focus();
                  }
                }}
              >
                {m.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="inline-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={termId}>{m.term}</label>
          <input
            id={termId}
            type="text"
            dir="auto"
            maxLength={LABEL_MAX}
            value={term}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${termId}-error` : undefined}
            onChange={(event) => setTerm(event.target.value)}
          />
          {error && (
            <p className="field-error" id={`${termId}-error`}>
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={definitionId}>{m.definition}</label>
          <input
            id={definitionId}
            type="text"
            dir="auto"
            maxLength={TEXT_MAX}
            value={definition}
            onChange={(event) => setDefinition(event.target.value)}
          />
        </div>
        <button type="submit">{m.addTerm}</button>
      </form>
    </section>
  );
}

export function PrinciplesEditor() {
  const { grid, m, apply, announce, keepFocus } = useGridEditor();
  const count = grid.principles.length;
  return (
    <section className="card" aria-labelledby="grid-principles-title">
      <h2 id="grid-principles-title" tabIndex={-1}>
        {m.principles}
      </h2>
      <p className="muted">{m.principlesIntro}</p>
      {count > 0 && (
        <ol className="plain-list">
          {grid.principles.map((principle, index) => {
            const to = (toIndex: number) => () => {
              if (apply({ type: "movePrinciple", principleId: principle.id, toIndex })) {
                announce(m.moved(principle.label, toIndex + 1, count));
              }
            };
            const moves = {
              up: index > 0 ? to(index - 1) : undefined,
              down: index < count - 1 ? to(index + 1) : undefined,
            };
            const item = reorderableItem(
              "principle",
              principle.id,
              moves,
              (draggedId) =>
                apply({ type: "movePrinciple", principleId: draggedId, toIndex: index }),
              keepFocus,
            );
            return (
              <li key={principle.id} className="principle-row" {...item}>
                <div className="item-head">
                  <DragHandle level="principle" itemId={principle.id} />
                  <p className="item-title" dir="auto">
                    {principle.label}
                  </p>
                  <ReorderButtons itemId={principle.id} label={principle.label} moves={moves} />
                  <button
                    type="button"
                    className="button-small button-quiet"
                    aria-label={m.removeNamed(principle.label)}
                    onClick={() => {
                      if (apply({ type: "removePrinciple", principleId: principle.id })) {
                        announce(m.removed(principle.label));
                        document.getElementById("grid-principles-title")?.focus();
                      }
                    }}
                  >
                    {m.remove}
                  </button>
                </div>
                <div className="field-grid">
                  <TextField
                    label={m.principleLabel}
                    value={principle.label}
                    required
                    maxLength={LABEL_MAX}
                    onCommit={(label) =>
                      apply({
                        type: "updatePrinciple",
                        principleId: principle.id,
                        changes: { label },
                      })
                    }
                  />
                  <TextField
                    label={m.description}
                    value={principle.description ?? ""}
                    maxLength={TEXT_MAX}
                    onCommit={(description) =>
                      apply({
                        type: "updatePrinciple",
                        principleId: principle.id,
                        changes: { description: description || undefined },
                      })
                    }
                  />
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddForm
        label={m.principleLabel}
        submitLabel={m.addPrinciple}
        onAdd={(label) => apply({ type: "addPrinciple", principle: { label } })}
      />
    </section>
  );
}
