import {
  GridWorkshop,
  Label,
  mostPointsUsed,
  participantsNotVoting,
  pointsUsed,
  tallyImportance,
} from "@coeval/core";
import { type FormEvent, useId, useRef, useState } from "react";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { InputField, labelledOptions, SelectField } from "../../ui/FormFields.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import type { WorkshopApi } from "./WorkshopScreen.tsx";

const LABEL_MAX = Label.maxLength ?? undefined;
const POINTS_MAX = GridWorkshop.shape.pointsPerVoter.unwrap().maxValue ?? 100;

/** Dot voting: who votes, a quick table to type the dots, and the tally side by side by group. */
export function VotingSection({ api }: { api: WorkshopApi }) {
  const { workshop, organisation, m } = api;
  const pointsPerVoterEdit = useWorkspaceEdit();
  const voterEdit = useWorkspaceEdit();
  const pointsId = useId();
  const notVoting = participantsNotVoting(workshop, organisation.participants ?? []);

  return (
    <section className="card" aria-labelledby="vote-title">
      <h2 id="vote-title">{m.voteTitle}</h2>
      <p>{m.voteIntro(workshop.pointsPerVoter)}</p>
      <div className="field points-field">
        <label htmlFor={pointsId}>{m.pointsPerVoter}</label>
        <input
          id={pointsId}
          type="number"
          min={Math.max(1, mostPointsUsed(workshop))}
          max={POINTS_MAX}
          value={workshop.pointsPerVoter}
          aria-invalid={pointsPerVoterEdit.refusal ? true : undefined}
          aria-describedby={pointsPerVoterEdit.refusal ? `${pointsId}-error` : undefined}
          onChange={(event) => {
            const value = Number(event.target.value);
            // Not a number of dots yet (being typed): nothing to save.
            if (!Number.isInteger(value) || value < 1 || value > POINTS_MAX) return;
            pointsPerVoterEdit.dispatch({
              type: "workshop.update",
              workshopId: workshop.id,
              fields: { pointsPerVoter: value },
            });
          }}
        />
        {pointsPerVoterEdit.refusal && (
          <p className="field-error" id={`${pointsId}-error`} dir="auto">
            {pointsPerVoterEdit.refusal.message}
          </p>
        )}
      </div>

      <h3>{m.votersTitle}</h3>
      {notVoting.length > 0 && organisation.stakeholderGroups.length > 0 && (
        <button
          type="button"
          onClick={() =>
            voterEdit.dispatch({
              type: "workshop.addRosterVoters",
              workshopId: workshop.id,
              participantIds: notVoting.map((p) => p.id),
            })
          }
        >
          {m.addParticipants(notVoting.length)}
        </button>
      )}
      <VoterForm api={api} dispatch={voterEdit.dispatch} />
      {workshop.voters.length === 0 ? (
        <p>{m.noVoters}</p>
      ) : (
        <ul className="voter-chips">
          {workshop.voters.map((voter) => {
            const group = organisation.stakeholderGroups.find((g) => g.id === voter.groupId);
            return (
              <li key={voter.id}>
                <span dir="auto">{m.voterLine(voter.pseudonym, group?.label ?? "")}</span>
                <button
                  type="button"
                  className="button-small button-quiet"
                  aria-label={m.removeVoter(voter.pseudonym)}
                  onClick={() =>
                    voterEdit.dispatch({
                      type: "workshop.removeVoter",
                      workshopId: workshop.id,
                      voterId: voter.id,
                    })
                  }
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <RefusalNotice refusal={voterEdit.refusal} />
      {workshop.voters.length > 0 && <VoteTable api={api} />}
      <Tally api={api} />
    </section>
  );
}

function VoterForm({
  api,
  dispatch,
}: {
  api: WorkshopApi;
  dispatch: ReturnType<typeof useWorkspaceEdit>["dispatch"];
}) {
  const { workshop, organisation, m } = api;
  const input = useRef<HTMLInputElement>(null);
  const [pseudonym, setPseudonym] = useState("");
  const [groupId, setGroupId] = useState(organisation.stakeholderGroups[0]?.id ?? "");
  if (organisation.stakeholderGroups.length === 0) return null;
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!pseudonym.trim() || !groupId) return;
    if (!dispatch({ type: "workshop.addVoter", workshopId: workshop.id, pseudonym, groupId })) {
      return;
    }
    setPseudonym("");
    input.current?.focus();
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <InputField
        label={m.pseudonym}
        inputRef={input}
        maxLength={LABEL_MAX}
        value={pseudonym}
        onChange={setPseudonym}
      />
      <SelectField
        label={m.group}
        options={labelledOptions(organisation.stakeholderGroups)}
        value={groupId}
        onChange={setGroupId}
      />
      <button type="submit">{m.addVoter}</button>
    </form>
  );
}

function VoteTable({ api }: { api: WorkshopApi }) {
  const { workshop, grid, organisation, m } = api;
  const { dispatch, refusal } = useWorkspaceEdit();
  const criteria = grid.dimensions.flatMap((d) =>
    d.criteria.map((c) => ({ dimension: d, criterion: c })),
  );
  if (criteria.length === 0) return <p>{m.noCriteria}</p>;
  const pointsOf = (voterId: string, criterionId: string) =>
    workshop.votes.find((v) => v.voterId === voterId && v.criterionId === criterionId)?.points ?? 0;

  function set(voterId: string, criterionId: string, text: string) {
    const points = text.trim() === "" ? 0 : Number(text);
    dispatch({ type: "workshop.setVote", workshopId: workshop.id, voterId, criterionId, points });
  }

  return (
    <>
      <RefusalNotice refusal={refusal} urgent />
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby="vote-table-caption" tabIndex={0}>
        <table className="vote-table">
          <caption id="vote-table-caption">{m.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.criterionColumn}</th>
              {workshop.voters.map((voter) => (
                <th key={voter.id} scope="col" dir="auto">
                  {voter.pseudonym}
                  <span className="th-group">
                    {organisation.stakeholderGroups.find((g) => g.id === voter.groupId)?.label}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {criteria.map(({ criterion }) => (
              <tr key={criterion.id}>
                <th scope="row" dir="auto">
                  {criterion.label}
                </th>
                {workshop.voters.map((voter) => (
                  <td key={voter.id}>
                    <input
                      type="number"
                      min={0}
                      max={workshop.pointsPerVoter}
                      inputMode="numeric"
                      aria-label={m.pointsOf(voter.pseudonym, criterion.label)}
                      value={pointsOf(voter.id, criterion.id) || ""}
                      placeholder="0"
                      onChange={(event) => set(voter.id, criterion.id, event.target.value)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{m.remaining}</th>
              {workshop.voters.map((voter) => {
                const left = workshop.pointsPerVoter - pointsUsed(workshop, voter.id);
                return (
                  <td key={voter.id} className={left === 0 ? "remaining-done" : undefined}>
                    {m.remainingOf(left, workshop.pointsPerVoter)}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </section>
    </>
  );
}

function Tally({ api }: { api: WorkshopApi }) {
  const { workshop, grid, organisation, m } = api;
  const tally = tallyImportance(workshop, grid, organisation);
  const bar = (points: number, total: number) => (
    <span className="bar-cell">
      <span className="bar-value">{points}</span>
      <span className="bar-track" aria-hidden="true">
        <span className="bar" style={{ width: `${total === 0 ? 0 : (points / total) * 100}%` }} />
      </span>
    </span>
  );
  return (
    <section aria-labelledby="tally-title" className="tally">
      <h3 id="tally-title">{m.tallyTitle}</h3>
      <p className="warning">{m.tallyWarning}</p>
      {workshop.minGroupSize === 1 && <p className="anonymity-off">{m.anonymityOff}</p>}
      {tally.totalPoints === 0 ? (
        <p>{m.noVotes}</p>
      ) : (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
          <section className="table-scroll" aria-labelledby="tally-caption" tabIndex={0}>
            <table className="tally-table">
              <caption id="tally-caption">{m.tallyCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{m.criterionColumn}</th>
                  {tally.groups.map((group) => (
                    <th key={group.groupId} scope="col" dir="auto">
                      {m.groupColumn(group.label, group.voters)}
                    </th>
                  ))}
                  <th scope="col">{m.allColumn}</th>
                </tr>
              </thead>
              <tbody>
                {tally.criteria.map((criterion) => (
                  <tr key={criterion.criterionId}>
                    <th scope="row" dir="auto">
                      {criterion.label}
                    </th>
                    {tally.groups.map((group) => (
                      <td key={group.groupId}>
                        {bar(group.points[criterion.criterionId] ?? 0, group.totalPoints)}
                      </td>
                    ))}
                    <td>{bar(criterion.totalPoints, tally.totalPoints)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {(["belowThreshold", "wouldReveal"] as const).map((reason) => {
            const count = tally.withheld.filter((group) => group.reason === reason).length;
            return count === 0 ? null : (
              <p key={reason} className="muted">
                {m.hiddenGroups[reason](count, workshop.minGroupSize)}
              </p>
            );
          })}
        </>
      )}
    </section>
  );
}
