import { safeParseWorkspace } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { fileAt, runCli, STACK_LINE, testWorkspaceText } from "../test-support.ts";

const territory = {
  type: "organisation.update",
  organisationId: "epicerie",
  fields: { territory: "Quartier des Tanneurs, Tours" },
};
const group = {
  type: "group.add",
  organisationId: "epicerie",
  id: "voisins",
  label: "Voisins",
  side: "external",
};

function workspaceOf(text: string | undefined) {
  const read = safeParseWorkspace(text ?? "");
  if (!read.ok) throw new Error("the written workspace does not read");
  return read.workspace;
}

describe("coeval apply", () => {
  it("applies the edits in order and writes the workspace", async () => {
    const { code, stdout, stderr, memory } = await runCli(
      ["apply", "ws.coeval.json", "edits.json", "-o", "after.coeval.json"],
      { "ws.coeval.json": testWorkspaceText(), "edits.json": JSON.stringify([territory, group]) },
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe(
      "2 modifications appliquées ; espace de travail écrit dans after.coeval.json\n",
    );
    const organisation = workspaceOf(fileAt(memory, "after.coeval.json")).organisations[0];
    expect(organisation?.territory).toBe("Quartier des Tanneurs, Tours");
    expect(organisation?.stakeholderGroups.map((g) => g.id)).toContain("voisins");
    // Without -o the workspace file itself is rewritten; here it was left alone.
    expect(fileAt(memory, "ws.coeval.json")).toBe(testWorkspaceText());
  });

  it("writes nothing at the first refusal, and says which edit and why", async () => {
    const removeSalaries = {
      type: "group.remove",
      organisationId: "epicerie",
      groupId: "salaries",
    };
    const { code, stderr, memory } = await runCli(
      ["apply", "ws.coeval.json", "edits.json", "--lang", "en"],
      {
        "ws.coeval.json": testWorkspaceText(),
        "edits.json": JSON.stringify([territory, removeSalaries]),
      },
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Change no\. 2 \(group\.remove\) is refused: /);
    expect(stderr).toContain("No file was changed.");
    expect(stderr).not.toMatch(STACK_LINE);
    expect(fileAt(memory, "ws.coeval.json")).toBe(testWorkspaceText());
  });

  it("lists what is wrong in an edits file, located by the edit's place", async () => {
    const { code, stderr } = await runCli(["apply", "ws.coeval.json", "edits.json"], {
      "ws.coeval.json": testWorkspaceText(),
      "edits.json": JSON.stringify([territory, { type: "group.add", organisationId: "epicerie" }]),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^edits\.json ne contient pas une liste de modifications valide \(\d+ problèmes?\) :/,
    );
    expect(stderr).toMatch(/\[1\]/);
    expect(stderr).toContain("Aucun fichier n'a été modifié.");
  });
});
