import {
  addObjection,
  type CriterionProposal,
  decideProposal,
  type Grid,
  type GridWorkshop,
  Label,
  type Organisation,
  Text,
  type WorkshopResult,
} from "@coeval/core";
import { type FormEvent, useId, useRef, useState } from "react";
import { routeHref } from "../../app/routes.ts";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { latestVersion, scalesByUse } from "../../store/gridEdits.ts";
import {
  acceptProposal,
  addProposal,
  findWorkshop,
  type RatingChoice,
  replaceWorkshop,
} from "../../store/gridEditsWorkshop.ts";
import { newId } from "../../store/ids.ts";
import { InputField, labelledOptions, SelectField } from "../../ui/FormFields.tsx";
import { NotFoundPage } from "../../ui/NotFoundPage.tsx";
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
  /** Applies a change computed from the workshop as it is in the store now. */
  change(compute: (workshop: GridWorkshop) => WorkshopResult | GridWorkshop): WorkshopResult;
  announce(message: string): void;
}

const clock = () => ({ now: new Date().toISOString(), newId });

export function WorkshopScreen({
  workspaceId,
  workshopId,
}: {
  workspaceId: string;
  workshopId: string;
}) {
  const m = useCoconstructionMessages();
  const { workspaceStore } = useServices();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const [notice, setNotice] = useState("");
  if (!workspace) return null;
  const workshop = findWorkshop(workspace, workshopId);
  const grid = workshop && latestVersion(workspace, workshop.gridId);
  const organisation = workspace.organisations.find((o) => o.id === workshop?.organisationId);
  const backHref = routeHref({ screen: "workspace", workspaceId, section: "coconstruction" });
  if (!workshop || !organisation) {
    return <NotFoundPage title={m.notFound} backHref={backHref} backLabel={m.back} />;
  }

  const api: WorkshopApi | null = grid
    ? {
        workshop,
        grid,
        organisation,
        m,
        announce: setNotice,
        change(compute) {
          const store = workspaceStore.getState();
          const current = store.record?.workspace;
          const now = current && findWorkshop(current, workshopId);
          if (!now)
            return {
              ok: false,
              problem: { code: "coconstruction.unknownProposal", proposalId: "" },
            };
          const computed = compute(now);
          const result: WorkshopResult =
            "ok" in computed ? computed : { ok: true, workshop: computed };
          if (result.ok) void store.update((ws) => replaceWorkshop(ws, result.workshop));
          return result;
        },
      }
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
    const result = api.change((current) =>
      addProposal(current, { label: text, description, dimensionId, proposedBy, groupId }, clock()),
    );
    if (!result.ok) return;
    api.announce(m.proposalAdded(text, result.workshop.proposals.length));
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
              const result = api.change((current) =>
                decideProposal(current, proposal.id, { status: "pending" }, clock().now),
              );
              if (result.ok) api.announce(m.reopened(shownLabel));
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
  const { organisation, m } = api;
  const [text, setText] = useState("");
  const [groupId, setGroupId] = useState("");
  function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    const { now } = clock();
    const result = api.change((current) =>
      addObjection(current, proposal.id, {
        id: newId(),
        text: text.trim(),
        ...(groupId ? { groupId } : {}),
        createdAt: now,
      }),
    );
    if (!result.ok) return;
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
  const { workspaceStore } = useServices();
  const ratings = ratingChoices(grid, m, gm);
  const [wording, setWording] = useState(proposal.label);
  const [dimensionId, setDimensionId] = useState(
    grid.dimensions.some((d) => d.id === proposal.dimensionId)
      ? (proposal.dimensionId ?? "")
      : (grid.dimensions[0]?.id ?? ""),
  );
  const [ratingKey, setRatingKey] = useState(ratings[0]?.key ?? "");
  const targets = workshop.proposals.filter(
    (p) => p.id !== proposal.id && p.status !== "merged" && p.status !== "rejected",
  );
  const [mergeInto, setMergeInto] = useState(targets[0]?.id ?? "");
  const [note, setNote] = useState("");
  const [error, setError] = useState("");
  const needsGrid = mode === "accept" || mode === "amend";

  function submit(event: FormEvent) {
    event.preventDefault();
    const { now } = clock();
    if (needsGrid) {
      const rating = ratings.find((r) => r.key === ratingKey)?.choice;
      if (!rating || !dimensionId) return;
      if (mode === "amend" && !wording.trim()) return;
      const store = workspaceStore.getState();
      const current = store.record?.workspace;
      if (!current) return;
      const outcome = acceptProposal(
        current,
        workshop.id,
        proposal.id,
        {
          dimensionId,
          rating,
          note,
          ...(mode === "amend" ? { amendedLabel: wording } : {}),
        },
        clock(),
      );
      if (!outcome.ok) {
        setError(m.refused);
        return;
      }
      void store.update(() => outcome.workspace);
      api.announce(m.accepted(mode === "amend" ? wording.trim() : proposal.label));
      onDone();
      return;
    }
    const result = api.change((current) =>
      decideProposal(
        current,
        proposal.id,
        mode === "merge"
          ? { status: "merged", mergedIntoId: mergeInto, note: note.trim() || undefined }
          : { status: "rejected", note: note.trim() || undefined },
        now,
      ),
    );
    if (!result.ok) {
      setError(
        result.problem.code === "coconstruction.mergeIntoItself" ? m.mergeItself : m.refused,
      );
      return;
    }
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
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
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
