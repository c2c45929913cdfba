import { z } from "zod";

/** Stable identifier of any record. Readable slugs and UUIDs are both accepted. */
export const Id = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
    message: "letters, digits, and . _ : - only, starting with a letter or digit",
  });
export type Id = z.infer<typeof Id>;

/** Free text typed by people: kept as they wrote it, with a generous upper bound. */
export const Text = z.string().max(20_000);
export const Label = z.string().trim().min(1).max(500);

export const IsoDate = z.iso.date();
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Language = z.enum(["fr", "en"]);
export type Language = z.infer<typeof Language>;
