/** The opening sections: cover, context, purpose, method. */
import type { ReportContext } from "./context.ts";
import type { ReportBlock, ReportMetadata, TableBlock } from "./types.ts";

export function coverBlocks(ctx: ReportContext, metadata: ReportMetadata): ReportBlock[] {
  const { t } = ctx;
  const items = [
    { key: t.cover.organisation, value: metadata.organisation.name },
    { key: t.cover.cycle, value: metadata.cycle.name },
    { key: t.cover.mode, value: metadata.cycle.mode },
  ];
  if (metadata.dates !== null) items.push({ key: t.cover.dates, value: metadata.dates });
  items.push(
    { key: t.cover.grid, value: `${metadata.grid.name} (${metadata.grid.versionLabel})` },
    { key: t.cover.audience, value: metadata.audienceLabel },
  );
  return [
    { type: "keyValue", items },
    { type: "paragraph", text: t.coverNote[ctx.audience], emphasis: "muted" },
    { type: "paragraph", text: metadata.generatedAtLabel, emphasis: "muted" },
  ];
}

/** Stakeholder groups that may be named: those with at least k participants in the cycle. */
function nameableGroups(ctx: ReportContext) {
  return ctx.organisation.stakeholderGroups.filter((g) => !ctx.smallGroupIds.has(g.id));
}

export function contextBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, organisation } = ctx;
  const items = [{ key: t.context.kind, value: t.organisationKinds[organisation.kind] }];
  if (organisation.territory)
    items.push({ key: t.context.territory, value: organisation.territory });
  if (organisation.network) items.push({ key: t.context.network, value: organisation.network });
  const blocks: ReportBlock[] = [{ type: "keyValue", items }];
  if (organisation.portrait) {
    blocks.push({ type: "paragraph", text: ctx.scrub(organisation.portrait) });
  }
  const groups = nameableGroups(ctx);
  if (groups.length > 0) {
    blocks.push({
      type: "bulletList",
      title: t.context.groups,
      items: groups.map((g) => t.context.groupLine(g.label, t.sides[g.side])),
    });
  }
  return blocks;
}

export function purposeBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, cycle } = ctx;
  const blocks: ReportBlock[] = [];
  if (cycle.purpose) {
    blocks.push({ type: "heading", level: 2, text: t.purpose.purpose });
    blocks.push({ type: "paragraph", text: ctx.scrub(cycle.purpose) });
  }
  if (cycle.evaluativeQuestion) {
    blocks.push({ type: "heading", level: 2, text: t.purpose.question });
    blocks.push({
      type: "paragraph",
      text: ctx.scrub(cycle.evaluativeQuestion),
      emphasis: "strong",
    });
  }
  return blocks;
}

function sessionsTable(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, cycle } = ctx;
  if (cycle.sessions.length === 0) return [];
  const internal = ctx.audience === "internal";
  const sessions = [...cycle.sessions].sort((a, b) => a.date.localeCompare(b.date));
  const table: TableBlock = {
    type: "table",
    columns: [
      { header: t.method.sessionColumns.date, align: "left", weight: 1.2 },
      { header: t.method.sessionColumns.kind, align: "left", weight: 2.4 },
      { header: t.method.sessionColumns.place, align: "left", weight: 1.6 },
      { header: t.method.sessionColumns.people, align: "right", weight: 0.8 },
    ],
    rows: sessions.map((s) => {
      const kind = t.sessionKinds[s.kind];
      const title = s.title ? t.method.sessionTitle(kind, ctx.scrub(s.title)) : kind;
      const what =
        internal && s.facilitator ? `${title}, ${t.method.facilitator(s.facilitator)}` : title;
      return [
        fmt.date(s.date),
        what,
        s.place ? ctx.scrub(s.place) : t.none,
        s.participantIds.length > 0 ? fmt.integer(new Set(s.participantIds).size) : t.none,
      ];
    }),
  };
  const blocks: ReportBlock[] = [{ type: "heading", level: 2, text: t.method.sessions }, table];
  if (internal) {
    for (const s of sessions) {
      if (!s.notes) continue;
      blocks.push({
        type: "paragraph",
        text: s.notes,
        emphasis: "muted",
        notes: [t.method.sessionNotes(s.title ?? fmt.date(s.date))],
      });
    }
  }
  return blocks;
}

function participantsBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, cycle } = ctx;
  if (cycle.participants.length === 0) return [];
  const counts = new Map<string, number>();
  for (const p of cycle.participants) counts.set(p.groupId, (counts.get(p.groupId) ?? 0) + 1);
  const rows: string[][] = [];
  const internal = ctx.audience === "internal";
  // Inside the structure every group that took part is listed; for partners small ones are not named.
  const listed = internal ? ctx.organisation.stakeholderGroups : nameableGroups(ctx);
  for (const g of listed) {
    const count = counts.get(g.id) ?? 0;
    if (count === 0) continue;
    const people = fmt.integer(count);
    rows.push([
      g.label,
      t.sides[g.side],
      ctx.smallGroupIds.has(g.id) ? t.method.notDetailed(people) : people,
    ]);
  }
  // People in groups not listed (small ones for partners, or groups the organisation no longer has).
  const shown = new Set(listed.map((g) => g.id));
  const others = cycle.participants.filter((p) => !shown.has(p.groupId)).length;
  if (others > 0) rows.push([t.method.otherGroups(ctx.k), t.none, fmt.integer(others)]);
  rows.push([t.method.total, "", fmt.integer(cycle.participants.length)]);
  const blocks: ReportBlock[] = [
    { type: "heading", level: 2, text: t.method.participants },
    {
      type: "table",
      columns: [
        { header: t.method.participantColumns.group, align: "left", weight: 3 },
        { header: t.method.participantColumns.side, align: "left", weight: 1.2 },
        { header: t.method.participantColumns.count, align: "right", weight: 1 },
      ],
      rows,
      footnotes: [internal ? t.method.participantsNoteInternal(ctx.k) : t.method.participantsNote],
    },
  ];
  if (ctx.audience === "internal") {
    const named = cycle.participants
      .filter((p) => p.consent.showName && p.name !== undefined && p.name.trim() !== "")
      .map((p) => p.name as string);
    if (named.length > 0) {
      blocks.push({ type: "paragraph", text: named.join(", "), notes: [t.method.named] });
    }
  }
  return blocks;
}

/** The median quoted to explain a median between two levels. */
const EXAMPLE_MEDIAN = 2.5;

export function methodBlocks(ctx: ReportContext, metadata: ReportMetadata): ReportBlock[] {
  const { t, cycle } = ctx;
  const items = [
    { key: t.method.mode, value: t.modes[cycle.mode] },
    { key: t.method.grid, value: `${metadata.grid.name} (${metadata.grid.versionLabel})` },
  ];
  if (metadata.dates !== null) items.push({ key: t.method.period, value: metadata.dates });
  if (cycle.participants.length > 0) {
    items.push({
      key: t.method.participants,
      value: ctx.fmt.count(cycle.participants.length, t.method.people),
    });
  }
  items.push({ key: t.method.threshold, value: t.method.thresholdValue(ctx.k) });
  return [
    { type: "paragraph", text: t.modeDescriptions[cycle.mode] },
    { type: "keyValue", items },
    ...sessionsTable(ctx),
    ...participantsBlocks(ctx),
    { type: "heading", level: 2, text: t.method.howToRead },
    {
      type: "bulletList",
      items: t.method.howToReadItems({
        k: ctx.k,
        median: ctx.fmt.number(EXAMPLE_MEDIAN),
        medianInWords: ctx.fmt.medianInWords(EXAMPLE_MEDIAN),
        noConsensus: ctx.fmt.percent(0),
        fullConsensus: ctx.fmt.percent(1),
      }),
    },
  ];
}
