import {
  buildReport,
  LABELS,
  REPORT_SECTION_IDS,
  type ReportSectionId,
  reportFileName,
} from "@coeval/core";
import { renderReportPdf } from "@coeval/pdf";
import { type Parsed, parseAudience } from "../audience.ts";
import {
  type CommandContext,
  type CommandDefinition,
  EXIT_FAILURE,
  EXIT_OK,
  EXIT_USAGE,
  line,
} from "../command.ts";
import { chooseCycle, resolveCycle } from "../cycle-choice.ts";
import { fileExists, writeBinaryFile } from "../files.ts";
import { loadWorkspaceFile } from "../workspace-file.ts";

function isSectionId(value: string): value is ReportSectionId {
  return (REPORT_SECTION_IDS as readonly string[]).includes(value);
}

/**
 * The pages of a PDF as jsPDF writes it: one `/Type /Page` dictionary per page, never
 * inside a compressed stream (only page contents are compressed).
 */
export function countPdfPages(bytes: Uint8Array): number {
  const text = new TextDecoder("latin1").decode(bytes);
  return text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
}

/** `--sections profile, actions` → its ids; spaces around commas and empty items are ignored. */
function parseSections(context: CommandContext): Parsed<ReportSectionId[] | undefined> {
  const requested = context.options.sections;
  if (typeof requested !== "string") return { ok: true, value: undefined };
  const { usage } = context.m;
  const items = requested
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  if (items.length === 0) return { ok: false, message: usage.noSections(REPORT_SECTION_IDS) };
  const unknown = items.filter((item) => !isSectionId(item));
  if (unknown.length > 0) {
    return { ok: false, message: usage.unknownSections(unknown, REPORT_SECTION_IDS) };
  }
  return { ok: true, value: items.filter(isSectionId) };
}

export const reportCommand: CommandDefinition = {
  options: {
    cycle: { type: "string" },
    output: { type: "string", short: "o" },
    audience: { type: "string" },
    sections: { type: "string" },
    force: { type: "boolean" },
  },
  positionals: (m) => [m.arguments.workspaceFile],
  execute: async (context) => {
    const [path = ""] = context.positionals;
    const { report: messages } = context.m;
    const audience = parseAudience(context);
    if (!audience.ok) {
      line(context.io.stderr, audience.message);
      return EXIT_USAGE;
    }
    const sections = parseSections(context);
    if (!sections.ok) {
      line(context.io.stderr, sections.message);
      return EXIT_USAGE;
    }

    const loaded = await loadWorkspaceFile(context, path);
    if (!loaded.ok) return EXIT_FAILURE;
    const { workspace } = loaded;
    const cycle = chooseCycle(context, workspace, path);
    if (!cycle || !resolveCycle(context, workspace, cycle)) return EXIT_FAILURE;

    const language = context.t.language;
    const model = buildReport(workspace, cycle.id, {
      lang: language,
      audience: audience.value,
      ...(sections.value ? { sections: sections.value } : {}),
    });
    const output =
      typeof context.options.output === "string" ? context.options.output : reportFileName(model);
    // Someone's work may be in that file: replace it only when asked to.
    if (context.options.force !== true) {
      const exists = await fileExists(context, output);
      if (exists === undefined) return EXIT_FAILURE;
      if (exists) {
        line(context.io.stderr, messages.exists(output));
        return EXIT_FAILURE;
      }
    }
    if (model.sections.length === 0) line(context.io.stderr, messages.onlyCover);
    const bytes = renderReportPdf(model);
    if (!(await writeBinaryFile(context, output, bytes))) return EXIT_FAILURE;
    line(
      context.io.stdout,
      messages.written(
        output,
        {
          pages: countPdfPages(bytes),
          audienceLabel: LABELS[context.f.language].audiences[audience.value],
        },
        context.f,
      ),
    );
    return EXIT_OK;
  },
};
