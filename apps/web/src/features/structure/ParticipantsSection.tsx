import { ConsentLevel, type Organisation, Participant, type Workspace } from "@coeval/core";
import { type FormEvent, useRef, useState } from "react";
import { useI18n } from "../../i18n/index.tsx";
import {
  addParticipant,
  hasRatings,
  parseRoles,
  removeParticipant,
  updateParticipant,
} from "../../store/organisationEdits.ts";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { InputField, labelledOptions, SelectField } from "../../ui/FormFields.tsx";
import { TextField } from "../../ui/TextField.tsx";
import type { ApplyChange } from "./StructureScreen.tsx";

const limits = {
  pseudonym: Participant.shape.pseudonym.maxLength ?? undefined,
  name: Participant.shape.name.unwrap().maxLength ?? undefined,
  role: Participant.shape.roles.unwrap().element.maxLength ?? 200,
};

export function ParticipantsSection({
  workspace,
  organisation,
  apply,
}: {
  workspace: Workspace;
  organisation: Organisation;
  apply: ApplyChange;
}) {
  const { t } = useI18n();
  const participants = organisation.participants ?? [];
  const groups = organisation.stakeholderGroups;
  const [pseudonym, setPseudonym] = useState("");
  const [groupId, setGroupId] = useState("");
  const [toRemove, setToRemove] = useState<Participant | null>(null);
  const [blocked, setBlocked] = useState("");
  const pseudonymInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const chosenGroup = groups.some((g) => g.id === groupId) ? groupId : (groups[0]?.id ?? "");
  const suggestedPseudonym = t.structure.defaultPseudonym(participants.length + 1);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenGroup) return;
    const typed = pseudonym.trim() || suggestedPseudonym;
    apply(
      (current) =>
        addParticipant(current, organisation.id, { pseudonym: typed, groupId: chosenGroup })
          .workspace,
    );
    setPseudonym("");
    pseudonymInput.current?.focus();
  }

  function edit(participantId: string, fields: Partial<Omit<Participant, "id">>) {
    apply((current) => updateParticipant(current, organisation.id, participantId, fields));
  }

  function askRemove(participant: Participant) {
    if (hasRatings(workspace, participant.id)) {
      setBlocked(t.structure.participantInUse(participant.pseudonym));
      return;
    }
    setBlocked("");
    setToRemove(participant);
  }

  const cyclesOfOrganisation = workspace.cycles.filter(
    (cycle) => cycle.organisationId === organisation.id && cycle.participants.length > 0,
  );

  return (
    <section className="card" aria-labelledby="participants-title">
      <h2 id="participants-title" ref={heading} tabIndex={-1}>
        {t.structure.participants}
        <span className="count"> · {t.structure.participantCount(participants.length)}</span>
      </h2>
      <p className="muted">{t.structure.participantsIntro}</p>
      {cyclesOfOrganisation.map((cycle) => (
        <p key={cycle.id} className="muted" dir="auto">
          {t.structure.cycleParticipants(cycle.name, cycle.participants.length)}
        </p>
      ))}

      {groups.length === 0 ? (
        <p>{t.structure.participantsNeedGroup}</p>
      ) : (
        <form className="inline-form" onSubmit={submit} aria-labelledby="new-participant-title">
          <h3 id="new-participant-title">{t.structure.newParticipant}</h3>
          <InputField
            id="new-participant-pseudonym"
            label={t.structure.pseudonym}
            inputRef={pseudonymInput}
            maxLength={limits.pseudonym}
            placeholder={suggestedPseudonym}
            value={pseudonym}
            onChange={setPseudonym}
          />
          <SelectField
            id="new-participant-group"
            label={t.structure.group}
            options={labelledOptions(groups)}
            value={chosenGroup}
            onChange={setGroupId}
          />
          <button type="submit">{t.structure.addParticipant}</button>
        </form>
      )}

      {participants.length === 0 ? (
        <p>{t.structure.noParticipants}</p>
      ) : (
        <ul className="participant-list">
          {participants.map((participant) => (
            <li key={participant.id} className="participant-card">
              <fieldset>
                <legend dir="auto">{participant.pseudonym}</legend>
                <div className="field-grid">
                  <TextField
                    label={t.structure.pseudonym}
                    value={participant.pseudonym}
                    maxLength={limits.pseudonym}
                    required
                    onCommit={(value) => edit(participant.id, { pseudonym: value })}
                  />
                  <div className="field">
                    <label htmlFor={`group-${participant.id}`}>{t.structure.group}</label>
                    <select
                      id={`group-${participant.id}`}
                      value={participant.groupId}
                      onChange={(event) => edit(participant.id, { groupId: event.target.value })}
                    >
                      {groups.map((group) => (
                        <option key={group.id} value={group.id}>
                          {group.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <TextField
                    label={`${t.structure.realName} (${t.common.optional})`}
                    value={participant.name ?? ""}
                    maxLength={limits.name}
                    onCommit={(value) => edit(participant.id, { name: value })}
                  />
                  <TextField
                    label={t.structure.roles}
                    hint={t.structure.rolesHint}
                    value={participant.roles.join(", ")}
                    validate={(text) =>
                      parseRoles(text).some((role) => role.length > limits.role)
                        ? t.common.tooLong(limits.role)
                        : null
                    }
                    onCommit={(value) => edit(participant.id, { roles: parseRoles(value) })}
                  />
                  <div className="field checkbox">
                    <input
                      id={`show-name-${participant.id}`}
                      type="checkbox"
                      checked={participant.consent.showName}
                      onChange={(event) =>
                        edit(participant.id, {
                          consent: { ...participant.consent, showName: event.target.checked },
                        })
                      }
                    />
                    <label htmlFor={`show-name-${participant.id}`}>{t.structure.showName}</label>
                  </div>
                  <div className="field">
                    <label htmlFor={`quotes-${participant.id}`}>{t.structure.quotes}</label>
                    <select
                      id={`quotes-${participant.id}`}
                      value={participant.consent.quotes}
                      onChange={(event) =>
                        edit(participant.id, {
                          consent: {
                            ...participant.consent,
                            quotes: ConsentLevel.parse(event.target.value),
                          },
                        })
                      }
                    >
                      {ConsentLevel.options.map((level) => (
                        <option key={level} value={level}>
                          {t.consent[level]}
                        </option>
                      ))}
                    </select>
                  </div>
                </div>
                <button
                  type="button"
                  className="button-quiet"
                  aria-label={t.structure.removeParticipant(participant.pseudonym)}
                  onClick={() => askRemove(participant)}
                >
                  {t.structure.remove}
                </button>
              </fieldset>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="notice" dir="auto">
        {blocked}
      </p>

      {toRemove && (
        <ConfirmDialog
          title={t.structure.removeParticipant(toRemove.pseudonym)}
          confirmLabel={t.structure.remove}
          destructive
          onCancel={() => setToRemove(null)}
          onConfirm={() => {
            apply((current) => removeParticipant(current, organisation.id, toRemove.id));
            setToRemove(null);
            heading.current?.focus();
          }}
        >
          <p dir="auto">{toRemove.pseudonym}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
