import {
  type Cycle,
  CycleStatus,
  EvaluationMode,
  minGroupSizeOf,
  smallGroupIds,
  type WorkspaceEditOf,
} from "@coeval/core";
import { type FormEvent, useState } from "react";
import { useWorkspace } from "../../app/services.tsx";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import type { CycleContext } from "../../store/cycleEdits.ts";
import { enumOptions, InputField, labelledOptions, SelectField } from "../../ui/FormFields.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { TextField } from "../../ui/TextField.tsx";
import { cycleHref } from "./cyclePaths.ts";
import { type CycleMessages, useCycleMessages } from "./messages.ts";
import { SessionsSection } from "./SessionsSection.tsx";
import { AnonymityOffNotice, ThresholdField } from "./ThresholdField.tsx";
import { useCycleContext } from "./useCycle.ts";

/** Setting up a cycle: what it is for, who takes part, and its sessions. Every field saves as typed. */
export default function CycleSetup({
  workspaceId,
  cycleId,
}: {
  workspaceId: string;
  cycleId: string;
}) {
  const t = useCycleMessages();
  const context = useCycleContext(cycleId);
  if (!context) {
    return (
      <NotFoundPage
        title={t.notFound}
        backHref={cycleHref(workspaceId, { page: "list" })}
        backLabel={t.backToList}
      />
    );
  }
  const { cycle } = context;
  return (
    <div className="page cycle-setup">
      <p>
        <a href={cycleHref(workspaceId, { page: "list" })}>{t.backToList}</a>
      </p>
      <h1 dir="auto">{cycle.name}</h1>
      <p>
        <a className="button" href={cycleHref(workspaceId, { page: "plan", cycleId: cycle.id })}>
          {t.planLink}
        </a>
      </p>
      <DetailsSection context={context} t={t} />
      <ParticipantsSection context={context} t={t} />
      <SessionsSection context={context} workspaceId={workspaceId} />
    </div>
  );
}

function DetailsSection({ context, t }: { context: CycleContext; t: CycleMessages }) {
  const { cycle, grid } = context;
  const { dispatch, refusal } = useWorkspaceEdit();
  const set = (fields: WorkspaceEditOf<"cycle.update">["fields"]) =>
    dispatch({ type: "cycle.update", cycleId: cycle.id, fields });
  const others = useOtherCycles(cycle);

  return (
    <section className="card" aria-labelledby="cycle-details-title">
      <h2 id="cycle-details-title">{t.details}</h2>
      <p className="muted" dir="auto">
        {t.pinnedGrid(grid.name, grid.version)}
      </p>
      <div className="field-grid">
        <TextField
          label={t.name}
          value={cycle.name}
          required
          maxLength={500}
          onCommit={(name) => set({ name })}
        />
        <SelectField
          id="cycle-mode"
          label={t.mode}
          options={enumOptions(EvaluationMode.options, t.modes)}
          value={cycle.mode}
          onChange={(mode) => set({ mode: EvaluationMode.parse(mode) })}
        />
        <SelectField
          id="cycle-status"
          label={t.status}
          options={enumOptions(CycleStatus.options, t.statuses)}
          value={cycle.status}
          onChange={(status) => set({ status: CycleStatus.parse(status) })}
        />
        <DateField
          id="cycle-start"
          label={t.startDate}
          value={cycle.startDate}
          onCommit={(startDate) => set({ startDate })}
        />
        <DateField
          id="cycle-end"
          label={t.endDate}
          value={cycle.endDate}
          onCommit={(endDate) => set({ endDate })}
        />
        <ThresholdField cycle={cycle} t={t} onChange={set} />
        <div className="field">
          <label htmlFor="cycle-previous">{t.previousCycle}</label>
          <p className="field-hint" id="cycle-previous-hint">
            {t.previousCycleHint}
          </p>
          <select
            id="cycle-previous"
            aria-describedby="cycle-previous-hint"
            value={cycle.previousCycleId ?? ""}
            onChange={(event) => set({ previousCycleId: event.target.value || null })}
          >
            <option value="">{t.noPreviousCycle}</option>
            {others.map((other) => (
              <option key={other.id} value={other.id}>
                {other.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        label={t.purpose}
        hint={t.purposeHint}
        value={cycle.purpose ?? ""}
        multiline
        maxLength={20_000}
        onCommit={(purpose) => set({ purpose })}
      />
      <TextField
        label={t.evaluativeQuestion}
        hint={t.evaluativeQuestionHint}
        value={cycle.evaluativeQuestion ?? ""}
        maxLength={20_000}
        onCommit={(evaluativeQuestion) => set({ evaluativeQuestion })}
      />
      <RefusalNotice refusal={refusal} />
    </section>
  );
}

/** The other cycles of the same organisation: the candidates for "previous cycle". */
function useOtherCycles(cycle: Cycle): Cycle[] {
  const cycles = useWorkspace((state) => state.record?.workspace.cycles) ?? [];
  return cycles.filter(
    (other) => other.id !== cycle.id && other.organisationId === cycle.organisationId,
  );
}

/** A native date input that saves each complete date, and an empty one as "no date". */
export function DateField({
  id,
  label,
  value,
  onCommit,
  required = false,
}: {
  id: string;
  label: string;
  value: string | undefined;
  onCommit(value: string): void;
  required?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value ?? ""}
        required={required}
        onChange={(event) => {
          const next = event.target.value;
          if (next === "" ? !required : /^\d{4}-\d{2}-\d{2}$/.test(next)) onCommit(next);
        }}
      />
    </div>
  );
}

function ParticipantsSection({ context, t }: { context: CycleContext; t: CycleMessages }) {
  const { cycle, organisation } = context;
  const { dispatch, refusal } = useWorkspaceEdit();
  const groups = organisation.stakeholderGroups;
  const roster = organisation.participants ?? [];
  const inCycle = new Set(cycle.participants.map((p) => p.id));
  const missing = roster.filter((p) => !inCycle.has(p.id));
  const [pseudonym, setPseudonym] = useState("");
  const [groupId, setGroupId] = useState("");
  const chosenGroup = groups.some((g) => g.id === groupId) ? groupId : (groups[0]?.id ?? "");
  const threshold = minGroupSizeOf(cycle);
  const small = new Set(smallGroupIds(cycle, organisation));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenGroup) return;
    const typed = pseudonym.trim() || t.defaultPseudonym(cycle.participants.length + 1);
    dispatch({
      type: "cycleParticipant.add",
      cycleId: cycle.id,
      pseudonym: typed,
      groupId: chosenGroup,
    });
    setPseudonym("");
  }

  return (
    <section className="card" aria-labelledby="cycle-participants-title">
      <h2 id="cycle-participants-title">
        {t.participants}
        <span className="count"> · {t.participantCount(cycle.participants.length)}</span>
      </h2>
      <p className="muted">{t.participantsIntro}</p>
      <AnonymityOffNotice cycle={cycle} t={t} />
      {roster.length > 0 && (
        <div className="actions">
          {missing.length > 0 ? (
            <button
              type="button"
              onClick={() =>
                dispatch({
                  type: "cycleParticipant.addFromRoster",
                  cycleId: cycle.id,
                  participantIds: missing.map((p) => p.id),
                })
              }
            >
              {t.addFromRoster(missing.length)}
            </button>
          ) : (
            <p className="muted">{t.rosterAllIn}</p>
          )}
        </div>
      )}
      {groups.map((group) => {
        const members = cycle.participants.filter((p) => p.groupId === group.id);
        if (members.length === 0) return null;
        return (
          <div key={group.id} className="group-members">
            <h3 dir="auto">{t.groupMembers(group.label, members.length)}</h3>
            {small.has(group.id) && (
              <p className="notice" dir="auto">
                {t.smallGroup(group.label, members.length, threshold)}
              </p>
            )}
            <ul className="member-list">
              {members.map((participant) => (
                <li key={participant.id} className="member-row">
                  <TextField
                    label={t.pseudonym}
                    value={participant.pseudonym}
                    required
                    maxLength={500}
                    onCommit={(pseudonym) =>
                      dispatch({
                        type: "cycleParticipant.update",
                        cycleId: cycle.id,
                        participantId: participant.id,
                        fields: { pseudonym },
                      })
                    }
                  />
                  <div className="field">
                    <label htmlFor={`member-group-${participant.id}`}>{t.group}</label>
                    <select
                      id={`member-group-${participant.id}`}
                      value={participant.groupId}
                      onChange={(event) =>
                        dispatch({
                          type: "cycleParticipant.update",
                          cycleId: cycle.id,
                          participantId: participant.id,
                          fields: { groupId: event.target.value },
                        })
                      }
                    >
                      {groups.map((g) => (
                        <option key={g.id} value={g.id}>
                          {g.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button
                    type="button"
                    className="button-quiet"
                    aria-label={t.removeParticipant(participant.pseudonym)}
                    onClick={() =>
                      dispatch({
                        type: "cycleParticipant.remove",
                        cycleId: cycle.id,
                        participantId: participant.id,
                      })
                    }
                  >
                    {t.remove}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {cycle.participants.length === 0 && <p>{t.noParticipants}</p>}
      {groups.length > 0 && (
        <form className="inline-form" onSubmit={submit} aria-labelledby="cycle-new-participant">
          <h3 id="cycle-new-participant">{t.newParticipant}</h3>
          <InputField
            id="cycle-new-pseudonym"
            label={t.pseudonym}
            maxLength={500}
            placeholder={t.defaultPseudonym(cycle.participants.length + 1)}
            value={pseudonym}
            onChange={setPseudonym}
          />
          <SelectField
            id="cycle-new-group"
            label={t.group}
            options={labelledOptions(groups)}
            value={chosenGroup}
            onChange={setGroupId}
          />
          <button type="submit">{t.addParticipant}</button>
        </form>
      )}
      <RefusalNotice refusal={refusal} />
    </section>
  );
}
