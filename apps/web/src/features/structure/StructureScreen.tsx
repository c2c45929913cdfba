import { Organisation, OrganisationKind, type Workspace } from "@coeval/core";
import { useState } from "react";
import { useServices, useWorkspace } from "../../app/services.tsx";
import { catalogues, useI18n } from "../../i18n/index.tsx";
import { setOrganisationFields } from "../../store/organisationEdits.ts";
import { TextField } from "../../ui/TextField.tsx";
import { GroupsSection } from "./GroupsSection.tsx";
import { ParticipantsSection } from "./ParticipantsSection.tsx";

const limits = {
  name: Organisation.shape.name.maxLength ?? undefined,
  territory: Organisation.shape.territory.unwrap().maxLength ?? undefined,
  network: Organisation.shape.network.unwrap().maxLength ?? undefined,
  portrait: Organisation.shape.portrait.unwrap().maxLength ?? undefined,
};

/** The default names a new evaluation starts with, in every language. */
const placeholderNames = new Set(Object.values(catalogues).map((t) => t.home.newOrganisationName));

export type ApplyChange = (change: (workspace: Workspace) => Workspace) => void;

/** Who the structure is, who its stakeholders are, who takes part. Every field saves as typed. */
export default function StructureScreen() {
  const { t } = useI18n();
  const { workspaceStore } = useServices();
  const workspace = useWorkspace((state) => state.record?.workspace);
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (!workspace) return null;

  const organisation =
    workspace.organisations.find((o) => o.id === chosenId) ?? workspace.organisations[0];
  const apply: ApplyChange = (change) => void workspaceStore.getState().update(change);

  if (!organisation) {
    return (
      <div className="page">
        <h1>{t.structure.title}</h1>
        <p>{t.structure.noOrganisation}</p>
      </div>
    );
  }
  const organisationId = organisation.id;
  const setFields = (fields: Parameters<typeof setOrganisationFields>[2]) =>
    apply((current) => setOrganisationFields(current, organisationId, fields));
  const isFresh =
    placeholderNames.has(organisation.name) && organisation.stakeholderGroups.length === 0;

  return (
    <div className="page structure" key={organisationId}>
      <h1>{t.structure.title}</h1>
      {workspace.organisations.length > 1 && (
        <div className="field">
          <label htmlFor="organisation-choice">{t.structure.chooseOrganisation}</label>
          <select
            id="organisation-choice"
            value={organisationId}
            onChange={(event) => setChosenId(event.target.value)}
          >
            {workspace.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}

      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title">{t.structure.identity}</h2>
        <div className="field-grid">
          <TextField
            label={t.structure.name}
            value={organisation.name}
            maxLength={limits.name}
            required
            autoFocus={isFresh}
            onCommit={(name) => setFields({ name })}
          />
          <div className="field">
            <label htmlFor="organisation-kind">{t.structure.kind}</label>
            <select
              id="organisation-kind"
              value={organisation.kind}
              onChange={(event) => setFields({ kind: OrganisationKind.parse(event.target.value) })}
            >
              {OrganisationKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t.kinds[kind]}
                </option>
              ))}
            </select>
          </div>
          <TextField
            label={t.structure.territory}
            hint={t.structure.territoryHint}
            value={organisation.territory ?? ""}
            maxLength={limits.territory}
            onCommit={(territory) => setFields({ territory })}
          />
          <TextField
            label={t.structure.network}
            hint={t.structure.networkHint}
            value={organisation.network ?? ""}
            maxLength={limits.network}
            onCommit={(network) => setFields({ network })}
          />
        </div>
        <TextField
          label={t.structure.portrait}
          hint={t.structure.portraitHint}
          value={organisation.portrait ?? ""}
          maxLength={limits.portrait}
          multiline
          onCommit={(portrait) => setFields({ portrait })}
        />
      </section>

      <GroupsSection workspace={workspace} organisation={organisation} apply={apply} />
      <ParticipantsSection workspace={workspace} organisation={organisation} apply={apply} />
    </div>
  );
}
