import { FORMAT_VERSION, type OrganisationKind, type Workspace } from "@coeval/core";
import { newId } from "./ids.ts";

/** An empty workspace holding one organisation: where a new evaluation starts. */
export function newWorkspace(organisation: { name: string; kind?: OrganisationKind }): Workspace {
  return {
    formatVersion: FORMAT_VERSION,
    id: newId(),
    grids: [],
    gridWorkshops: [],
    organisations: [
      {
        id: newId(),
        name: organisation.name,
        kind: organisation.kind ?? "association",
        stakeholderGroups: [],
        participants: [],
      },
    ],
    cycles: [],
  };
}
