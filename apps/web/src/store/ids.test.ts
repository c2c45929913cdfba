// @vitest-environment node
import { Id } from "@coeval/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { newId } from "./ids.ts";

describe("newId", () => {
  it("makes distinct v4 UUIDs that are valid record ids", () => {
    const ids = Array.from({ length: 500 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(z.uuidv4().safeParse(id).success).toBe(true);
      expect(Id.safeParse(id).success).toBe(true);
    }
  });
});
