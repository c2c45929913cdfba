import {
  type CriterionProposal,
  type Grid,
  type GridWorkshop,
  Label,
  mergeTargets,
  type Organisation,
  type RatingChoice,
  Text,
} from "@coeval/core";
import { type FormEvent, useId, useRef, useState } from "react";
import { routeHref } from "../../app/routes.ts";
import { useWorkspace } from "../../app/services.tsx";
import { useWorkspaceEdit } from "../../app/useWorkspaceEdit.ts";
import { latestVersion, scalesByUse } from "../../store/gridEdits.ts";
import { InputField, labelledOptions, SelectField } from "../../ui/FormFields.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
import { RefusalNotice } from "../../ui/RefusalNotice.tsx";
import { starterScale } from "../grid/ContentEditor.tsx";
import { type GridMessages, useGridMessages } from "../grid/messages.ts";
import { type CoconstructionMessages, useCoconstructionMessages } from "./messages.ts";
import { VotingSection } from "./VotingSection.tsx";

const LABEL_MAX = Label.maxLength ?? undefined;
const TEXT_MAX = Text.maxLength ?? undefined;

export interface WorkshopApi {
  workshop: GridWorkshop;
  grid: Grid;
  organisation: Organisation;
  m: CoconstructionMessages;
  announce(message: string): void;
}

export function WorkshopScreen({
  workspaceId,
  workshopId,
}: {
  workspaceId: string;
  workshopId: string;
}) {
  const m = useCoconstructionMessages();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const [notice, setNotice] = useState("");
  if (!workspace) return null;
  const workshop = workspace.gridWorkshops.find((w) => w.id === workshopId);
  const grid = workshop && latestVersion(workspace, workshop.gridId);
  const organisation = workspace.organisations.find((o) => o.id === workshop?.organisationId);
  const backHref = routeHref({ screen: "workspace", workspaceId, section: "coconstruction" });
  if (!workshop || !organisation) {
    return <NotFoundPage title={m.notFound} backHref={backHref} backLabel={m.back} />;
  }

  const api: WorkshopApi | null = grid
    ? { workshop, grid, organisation, m, announce: setNotice }
    : null;

  return (
    <div className="page workshop">
      <p>
        <a href={backHref}>← {m.back}</a>
      </p>
      <h1 dir="auto">{workshop.title}</h1>
      {grid ? (
        <p>
          <a
            href={routeHref({
              screen: "workspace",
              workspaceId,
              section: "grids",
              path: [grid.id],
            })}
            dir="auto"
          >
            {m.gridLink(grid.name, grid.version)}
          </a>
        </p>
      ) : (
        <p className="error">{m.gridMissing}</p>
      )}
      {organisation.stakeholderGroups.length === 0 && <p className="warning">{m.noGroups}</p>}
      <p role="status" className="notice" dir="auto">
        {notice}
      </p>
      {api && (
        <>
          <ProposalsSection api={api} />
          <VotingSection api={api} />
        </>
      )}
    </div>
  );
}

function ProposalsSection({ api }: { api: WorkshopApi }) {
  const { workshop, grid, organisation, m } = api;
  const { dispatch, refusal } = useWorkspaceEdit();
  const labelInput = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState("");
  const [description, setDescription] = useState("");
  const [dimensionId, setDimensionId] = useState("");
  const [proposedBy, setProposedBy] = useState("");
  const [groupId, setGroupId] = useState("");
  const pending = workshop.proposals.filter((p) => p.status === "pending").length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = label.trim();
    if (!text) {
      labelInput.current?.focus();
      return;
    }
    const added = dispatch({
      type: "workshop.addProposal",
      workshopId: workshop.id,
      label: text,
      description,
      dimensionId,
      proposedBy,
      groupId,
    });
    if (!added) return;
    api.announce(m.proposalAdded(text, workshop.proposals.length + 1));
    setLabel("");
    setDescription("");
    setProposedBy("");
    labelInput.current?.focus();
  }

  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title">{m.proposalsTitle}</h2>
      <p className="muted">{m.proposalsIntro}</p>
      <form className="proposal-form" onSubmit={submit}>
        <InputField
          className="proposal-label"
          label={m.proposalLabel}
          inputRef={labelInput}
          maxLength={LABEL_MAX}
          value={label}
          onChange={setLabel}
        />
        <InputField
          className="proposal-description"
          label={m.proposalDescription}
          maxLength={TEXT_MAX}
          value={description}
          onChange={setDescription}
        />
        <SelectField
          label={m.suggestedDimension}
          emptyOption={m.noDimension}
          options={labelledOptions(grid.dimensions)}
          value={dimensionId}
          onChange={setDimensionId}
        />
        <InputField
          label={m.proposedBy}
          maxLength={300}
          value={proposedBy}
          onChange={setProposedBy}
        />
        <SelectField
          label={m.group}
          emptyOption={m.noGroup}
          options={labelledOptions(organisation.stakeholderGroups)}
          value={groupId}
          onChange={setGroupId}
        />
        <button type="submit" className="button-primary">
          {m.addProposal}
        </button>
      </form>
      <RefusalNotice refusal={refusal} />

      {workshop.proposals.length === 0 ? (
        <p>{m.noProposals}</p>
      ) : (
        <>
          <p className="muted">{m.pendingCount(pending)}</p>
          <ol className="proposal-list">
            {workshop.proposals.map((proposal) => (
              <ProposalItem key={proposal.id} proposal={proposal} api={api} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type Mode = "accept" | "amend" | "merge" | "reject" | null;

function ProposalItem({ proposal, api }: { proposal: CriterionProposal; api: WorkshopApi }) {
  const { workshop, grid, organisation, m } = api;
  const { dispatch, refusal } = useWorkspaceEdit();
  const [mode, setMode] = useState<Mode>(null);
  const [objecting, setObjecting] = useState(false);
  const headingId = useId();
  const groupLabel = (id: string | undefined) =>
    organisation.stakeholderGroups.find((g) => g.id === id)?.label;
  const dimensionLabel = grid.dimensions.find((d) => d.id === proposal.dimensionId)?.label;
  const shownLabel = proposal.amendedLabel ?? proposal.label;
  const who = [proposal.proposedBy, groupLabel(proposal.groupId)].filter(Boolean).join(", ");
  const criterion = grid.dimensions
    .flatMap((d) => d.criteria.map((c) => ({ dimension: d, criterion: c })))
    .find((entry) => entry.criterion.id === proposal.criterionId);
  const mergedInto = workshop.proposals.find((p) => p.id === proposal.mergedIntoId);
  const actions: { mode: Exclude<Mode, null>; label: string }[] = [
    { mode: "accept", label: m.accept },
    { mode: "amend", label: m.amend },
    { mode: "merge", label: m.merge },
    { mode: "reject", label: m.reject },
  ];

  return (
    <li className={`proposal-item proposal-${proposal.status}`} aria-labelledby={headingId}>
      <div className="item-head">
        <h3 id={headingId} className="item-title" dir="auto">
          {proposal.label}
        </h3>
        <span className={`status proposal-status-${proposal.status}`}>
          {m.status[proposal.status]}
        </span>
      </div>
      {proposal.description && <p dir="auto">{proposal.description}</p>}
      <p className="muted" dir="auto">
        {[who && m.proposedByLine(who), dimensionLabel && m.inDimension(dimensionLabel)]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {criterion && (
        <p dir="auto">{m.becameCriterion(criterion.criterion.label, criterion.dimension.label)}</p>
      )}
      {proposal.status === "amended" && proposal.amendedLabel && !criterion && (
        <p dir="auto">{proposal.amendedLabel}</p>
      )}
      {mergedInto && <p dir="auto">{m.mergedInto(mergedInto.amendedLabel ?? mergedInto.label)}</p>}
      {proposal.decisionNote && (
        <p className="muted" dir="auto">
          {proposal.decisionNote}
        </p>
      )}
      {proposal.objections.length > 0 && (
        <div className="objections">
          <p className="view-label">{m.objections}</p>
          <ul>
            {proposal.objections.map((objection) => (
              <li key={objection.id} dir="auto">
                {groupLabel(objection.groupId)
                  ? m.objectionBy(objection.text, groupLabel(objection.groupId) ?? "")
                  : objection.text}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="actions">
        {proposal.status === "pending" &&
          actions.map((action) => (
            <button
              key={action.mode}
              type="button"
              className="button-small"
              aria-pressed={mode === action.mode}
              aria-label={m.decideNamed(action.label, shownLabel)}
              onClick={() => setMode(mode === action.mode ? null : action.mode)}
            >
              {action.label}
            </button>
          ))}
        {(proposal.status === "merged" || proposal.status === "rejected") && (
          <button
            type="button"
            className="button-small button-quiet"
            aria-label={m.reopenNamed(shownLabel)}
            onClick={() => {
              const reopened = dispatch({
                type: "workshop.decideProposal",
                workshopId: workshop.id,
                proposalId: proposal.id,
                decision: { status: "pending" },
              });
              if (reopened) api.announce(m.reopened(shownLabel));
            }}
          >
            {m.reopen}
          </button>
        )}
        <button
          type="button"
          className="button-small button-quiet"
          aria-expanded={objecting}
          aria-label={m.recordObjectionNamed(shownLabel)}
          onClick={() => setObjecting(!objecting)}
        >
          {m.recordObjection}
        </button>
      </div>
      <RefusalNotice refusal={refusal} />
      {objecting && (
        <ObjectionForm api={api} proposal={proposal} onDone={() => setObjecting(false)} />
      )}
      {mode && proposal.status === "pending" && (
        <DecisionForm api={api} proposal={proposal} mode={mode} onDone={() => setMode(null)} />
      )}
    </li>
  );
}

function ObjectionForm({
  api,
  proposal,
  onDone,
}: {
  api: WorkshopApi;
  proposal: CriterionProposal;
  onDone(): void;
}) {
  const { workshop, organisation, m } = api;
  const { dispatch, refusal } = useWorkspaceEdit();
  const [text, setText] = useState("");
  const [groupId, setGroupId] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    const added = dispatch({
      type: "workshop.addObjection",
      workshopId: workshop.id,
      proposalId: proposal.id,
      text,
      groupId,
    });
    if (!added) return;
    api.announce(m.objectionAdded(proposal.label));
    onDone();
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <InputField
        label={m.objection}
        maxLength={TEXT_MAX}
        autoFocus
        value={text}
        onChange={setText}
      />
      <SelectField
        label={m.objectionGroup}
        emptyOption={m.noGroup}
        options={labelledOptions(organisation.stakeholderGroups)}
        value={groupId}
        onChange={setGroupId}
      />
      <button type="submit">{m.addObjection}</button>
      <RefusalNotice refusal={refusal} />
    </form>
  );
}

function DecisionForm({
  api,
  proposal,
  mode,
  onDone,
}: {
  api: WorkshopApi;
  proposal: CriterionProposal;
  mode: Exclude<Mode, null>;
  onDone(): void;
}) {
  const { workshop, grid, m } = api;
  const gm = useGridMessages();
  const { dispatch, refusal } = useWorkspaceEdit();
  const ratings = ratingChoices(grid, m, gm);
  const [wording, setWording] = useState(proposal.label);
  const [dimensionId, setDimensionId] = useState(
    grid.dimensions.some((d) => d.id === proposal.dimensionId)
      ? (proposal.dimensionId ?? "")
      : (grid.dimensions[0]?.id ?? ""),
  );
  const [ratingKey, setRatingKey] = useState(ratings[0]?.key ?? "");
  const targets = mergeTargets(workshop, proposal.id);
  const [mergeInto, setMergeInto] = useState(targets[0]?.id ?? "");
  const [note, setNote] = useState("");
  const needsGrid = mode === "accept" || mode === "amend";

  function submit(event: FormEvent) {
    event.preventDefault();
    if (needsGrid) {
      const rating = ratings.find((r) => r.key === ratingKey)?.choice;
      if (!rating || !dimensionId) return;
      if (mode === "amend" && !wording.trim()) return;
      const accepted = dispatch({
        type: "workshop.acceptProposal",
        workshopId: workshop.id,
        proposalId: proposal.id,
        dimensionId,
        rating,
        note,
        ...(mode === "amend" ? { amendedLabel: wording } : {}),
      });
      if (!accepted) return;
      api.announce(m.accepted(mode === "amend" ? wording.trim() : proposal.label));
      onDone();
      return;
    }
    const decided = dispatch({
      type: "workshop.decideProposal",
      workshopId: workshop.id,
      proposalId: proposal.id,
      decision:
        mode === "merge"
          ? { status: "merged", mergedIntoId: mergeInto, note }
          : { status: "rejected", note },
    });
    if (!decided) return;
    api.announce(m.decided(proposal.label, m.status[mode === "merge" ? "merged" : "rejected"]));
    onDone();
  }

  if (needsGrid && grid.dimensions.length === 0) return <p className="error">{m.needsDimension}</p>;
  const confirm = {
    accept: m.confirmAccept,
    amend: m.confirmAmend,
    merge: m.confirmMerge,
    reject: m.confirmReject,
  }[mode];

  return (
    <form className="decision-form" onSubmit={submit} aria-label={m.decisionFor(proposal.label)}>
      {mode === "amend" && (
        <InputField
          label={m.agreedWording}
          required
          maxLength={LABEL_MAX}
          autoFocus
          value={wording}
          onChange={setWording}
        />
      )}
      {needsGrid && (
        <div className="field-grid">
          <SelectField
            label={m.intoDimension}
            options={labelledOptions(grid.dimensions)}
            value={dimensionId}
            onChange={setDimensionId}
          />
          <SelectField
            label={m.rating}
            options={ratings.map((r) => ({ value: r.key, label: r.label }))}
            value={ratingKey}
            onChange={setRatingKey}
          />
        </div>
      )}
      {mode === "merge" && (
        <SelectField
          label={m.mergeInto}
          options={targets.map((p) => ({ value: p.id, label: p.amendedLabel ?? p.label }))}
          value={mergeInto}
          onChange={setMergeInto}
        />
      )}
      <InputField label={m.note} maxLength={TEXT_MAX} value={note} onChange={setNote} />
      <RefusalNotice refusal={refusal} urgent />
      <div className="actions">
        <button
          type="submit"
          className={mode === "reject" ? "button-danger" : "button-primary"}
          disabled={mode === "merge" && targets.length === 0}
        >
          {confirm}
        </button>
        <button type="button" onClick={onDone}>
          {m.cancel}
        </button>
      </div>
    </form>
  );
}

/** The ways a new criterion can be rated: the grid's scales by use, four levels, yes / partly / no. */
export function ratingChoices(
  grid: Grid,
  m: CoconstructionMessages,
  gm: GridMessages,
): { key: string; label: string; choice: RatingChoice }[] {
  const levels = (labels: readonly string[]) => labels.join(" → ");
  const choices: { key: string; label: string; choice: RatingChoice }[] = scalesByUse(grid)
    .slice(0, 3)
    .map(({ scale, uses }, index) => ({
      key: `scale-${index}`,
      label: m.ratingScale(levels(scale.levels.map((l) => l.label)), uses),
      choice: { kind: "scale", scale },
    }));
  choices.push({
    key: "starter",
    label: m.ratingStarter(levels(gm.defaultScale)),
    choice: { kind: "scale", scale: starterScale(gm) },
  });
  choices.push({ key: "yesPartlyNo", label: m.ratingYesPartlyNo, choice: { kind: "yesPartlyNo" } });
  return choices;
}
