import { serialiseWorkspace, type Workspace } from "@coeval/core";

export const FILE_EXTENSION = ".coeval.json";

/**
 * `<name>.coeval.json`, with the characters that file systems refuse (and control and
 * direction characters, which could disguise the extension) replaced.
 */
export function exportFileName(title: string): string {
  const cleaned = title
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/[\\/:*?"<>|]+/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\-\s]+|[.\s]+$/g, "");
  const short = Array.from(cleaned).slice(0, 80).join("").trim();
  return `${short || "coeval"}${FILE_EXTENSION}`;
}

/** The file's text. It says when it was saved, so that a rating dated after it stands out when read back. */
export function exportedWorkspaceText(workspace: Workspace, savedAt: string): string {
  return serialiseWorkspace({ ...workspace, savedAt });
}
