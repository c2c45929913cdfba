import { describe, expect, it } from "vitest";
import { fileSizeIssue, MAX_FILE_SIZE } from "./file-size.ts";
import { formatIssue } from "./format-issue.ts";

/** Intl puts no-break spaces between a number and its unit, and in French between thousands. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("fileSizeIssue", () => {
  it("accepts a file up to the limit of 100 MB", () => {
    expect(MAX_FILE_SIZE).toBe(104_857_600);
    expect(fileSizeIssue(0)).toBeUndefined();
    expect(fileSizeIssue(MAX_FILE_SIZE)).toBeUndefined();
  });

  it("refuses a larger one, giving its size and the limit in the reader's language", () => {
    const issue = fileSizeIssue(560 * 1_048_576);
    expect(issue).toEqual({
      path: [],
      code: "file.tooLarge",
      params: { size: 587_202_560, limit: MAX_FILE_SIZE },
    });
    if (issue === undefined) return;
    expect(plain(formatIssue(issue, "fr"))).toMatch(
      /^le fichier fait 560 Mo : c'est trop pour cet appareil \(limite 100 Mo\) ; /,
    );
    expect(plain(formatIssue(issue, "en"))).toMatch(
      /^the file is 560 MB: too much for this device \(limit 100 MB\); /,
    );
    const huge = fileSizeIssue(1_234.5 * 1_048_576);
    expect(huge && plain(formatIssue(huge, "fr"))).toContain("1 234,5 Mo");
    expect(huge && formatIssue(huge, "en")).toContain("1,234.5");
  });
});
