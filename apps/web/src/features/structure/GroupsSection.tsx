import { type Organisation, Side, StakeholderGroup, type Workspace } from "@coeval/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { catalogues, useI18n } from "../../i18n/index.tsx";
import { addGroup, membersOfGroup, updateGroup } from "../../store/organisationEdits.ts";
import { enumOptions, InputField, SelectField } from "../../ui/FormFields.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { ApplyChange } from "./StructureScreen.tsx";
import { remainingSuggestions } from "./suggestions.ts";

const LABEL_MAX = StakeholderGroup.shape.label.maxLength ?? undefined;

export function GroupsSection({
  workspace,
  organisation,
  apply,
}: {
  workspace: Workspace;
  organisation: Organisation;
  apply: ApplyChange;
}) {
  const { t } = useI18n();
  const [newLabel, setNewLabel] = useState("");
  const [newSide, setNewSide] = useState<Side>("internal");
  const [blocked, setBlocked] = useState("");
  const removal = useWorkspaceEdit();
  const suggestionsBox = useRef<HTMLDivElement>(null);
  const newLabelInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusSuggestionAt = useRef<number | null>(null);
  const groups = organisation.stakeholderGroups;
  const suggestions = remainingSuggestions(
    groups.map((g) => g.label),
    Object.values(catalogues),
  );

  // A used suggestion disappears: keep the keyboard on the next one (or the custom group field).
  useEffect(() => {
    const index = focusSuggestionAt.current;
    if (index === null) return;
    focusSuggestionAt.current = null;
    const buttons = suggestionsBox.current?.querySelectorAll("button");
    const next = buttons?.[Math.min(index, buttons.length - 1)];
    (next ?? newLabelInput.current)?.focus();
  });

  function add(label: string, side: Side) {
    apply((current) => addGroup(current, organisation.id, { label, side }).workspace);
  }

  function submitNew(event: FormEvent) {
    event.preventDefault();
    if (!newLabel.trim()) {
      newLabelInput.current?.focus();
      return;
    }
    add(newLabel, newSide);
    setNewLabel("");
  }

  function remove(groupId: string, label: string) {
    const members = membersOfGroup(workspace, groupId).length;
    if (members > 0) {
      setBlocked(t.structure.groupInUse(label, members));
      return;
    }
    setBlocked("");
    // Core also keeps a group that dissents or a co-construction workshop name: it says so.
    if (!removal.dispatch({ type: "group.remove", organisationId: organisation.id, groupId })) {
      return;
    }
    heading.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="groups-title">
      <h2 id="groups-title" ref={heading} tabIndex={-1}>
        {t.structure.groups}
      </h2>
      <p className="muted">{t.structure.groupsIntro}</p>

      {groups.length === 0 ? (
        <p>{t.structure.noGroups}</p>
      ) : (
        <ul className="group-list">
          {groups.map((group) => (
            <li key={group.id} className="group-row">
              <TextField
                label={t.structure.groupLabel}
                value={group.label}
                maxLength={LABEL_MAX}
                required
                onCommit={(label) =>
                  apply((current) => updateGroup(current, organisation.id, group.id, { label }))
                }
              />
              <SelectField
                id={`side-${group.id}`}
                label={t.structure.side}
                options={enumOptions(Side.options, t.sides)}
                value={group.side}
                onChange={(value) => {
                  const side = Side.parse(value);
                  apply((current) => updateGroup(current, organisation.id, group.id, { side }));
                }}
              />
              <button
                type="button"
                className="button-quiet"
                aria-label={t.structure.removeGroup(group.label)}
                onClick={() => remove(group.id, group.label)}
              >
                {t.structure.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="notice" dir="auto">
        {blocked}
      </p>
      <RefusalNotice refusal={removal.refusal} />

      {suggestions.length > 0 && (
        <fieldset className="chips" aria-describedby="suggestions-hint">
          <legend>{t.structure.suggestions}</legend>
          <p className="muted" id="suggestions-hint">
            {t.structure.suggestionsHint}
          </p>
          <div className="chip-row" ref={suggestionsBox}>
            {suggestions.map(({ key, side }, index) => (
              <button
                key={key}
                type="button"
                className="chip"
                onClick={() => {
                  focusSuggestionAt.current = index;
                  add(t.suggestedGroups[key], side);
                }}
              >
                <span aria-hidden="true">+</span>
                <span>{t.suggestedGroups[key]}</span>
                <span className="chip-side">({t.sides[side]})</span>
              </button>
            ))}
          </div>
        </fieldset>
      )}

      <form className="inline-form" onSubmit={submitNew} aria-labelledby="new-group-title">
        <h3 id="new-group-title">{t.structure.newGroup}</h3>
        <InputField
          id="new-group-label"
          label={t.structure.groupLabel}
          inputRef={newLabelInput}
          maxLength={LABEL_MAX}
          value={newLabel}
          onChange={setNewLabel}
        />
        <SelectField
          id="new-group-side"
          label={t.structure.side}
          options={enumOptions(Side.options, t.sides)}
          value={newSide}
          onChange={(value) => setNewSide(Side.parse(value))}
        />
        <button type="submit">{t.structure.addGroup}</button>
      </form>
    </section>
  );
}
