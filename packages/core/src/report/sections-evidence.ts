/** Stories, strengths and weaknesses, the reasoned opinion, the action plan and the grid annex. */
import type { ConsentLevel, Story } from "../model/cycle.ts";
import type { Indicator } from "../model/grid.ts";
import type { ReportContext } from "./context.ts";
import type { QuoteBlock, ReportBlock } from "./types.ts";

/** Who may read a story in each audience: "none" never leaves the workshop. */
const READABLE: Record<ReportContext["audience"], ReadonlySet<ConsentLevel>> = {
  internal: new Set(["internal", "public"]),
  partners: new Set(["public"]),
};

export function storyIsShown(ctx: Pick<ReportContext, "audience">, story: Story): boolean {
  return READABLE[ctx.audience].has(story.consent);
}

function attribution(ctx: ReportContext, story: Story): string | undefined {
  if (story.tellerId === undefined) return undefined;
  const teller = ctx.participant(story.tellerId);
  if (teller === undefined) return undefined;
  const group = ctx.smallGroupIds.has(teller.groupId) ? undefined : ctx.group(teller.groupId);
  // Partners read no names and no pseudonyms: at most the teller's group, when it may be named.
  if (ctx.audience === "partners") return group?.label;
  const person =
    teller.consent.showName && teller.name !== undefined && teller.name.trim() !== ""
      ? teller.name
      : teller.pseudonym;
  return group === undefined ? person : `${person}, ${group.label}`;
}

export function storyBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt } = ctx;
  const shown = ctx.cycle.stories.filter((story) => storyIsShown(ctx, story));
  if (shown.length === 0) return [];
  const blocks: ReportBlock[] = [
    {
      type: "paragraph",
      text: t.stories.intro,
      notes: [ctx.audience === "partners" ? t.stories.partnersNote : t.stories.internalNote],
    },
  ];
  for (const story of shown) {
    const quote: QuoteBlock = {
      type: "quote",
      text: ctx.scrub(story.text),
      kind: story.kind,
      valence: story.valence,
      kindLabel: t.storyKinds[story.kind],
      valenceLabel: t.valences[story.valence],
    };
    if (story.title) quote.title = ctx.scrub(story.title);
    const by = attribution(ctx, story);
    if (by !== undefined) quote.attribution = by;
    if (story.criterionIds.length > 0) quote.criteria = story.criterionIds.map(ctx.criterionLabel);
    if (story.date) quote.date = fmt.date(story.date);
    blocks.push(quote);
  }
  return blocks;
}

export function strengthsWeaknessesBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, results } = ctx;
  const strengths: string[] = [];
  const weaknesses: string[] = [];
  for (const criterion of results.criteria) {
    const position = criterion.position;
    if (position === null) continue;
    for (const s of position.strengths) {
      strengths.push(t.strengthsWeaknesses.item(ctx.scrub(s), criterion.label));
    }
    for (const w of position.weaknesses) {
      weaknesses.push(t.strengthsWeaknesses.item(ctx.scrub(w), criterion.label));
    }
  }
  const blocks: ReportBlock[] = [];
  if (strengths.length > 0) {
    blocks.push({ type: "heading", level: 2, text: t.strengthsWeaknesses.strengths });
    blocks.push({ type: "bulletList", items: strengths });
  }
  if (weaknesses.length > 0) {
    blocks.push({ type: "heading", level: 2, text: t.strengthsWeaknesses.weaknesses });
    blocks.push({ type: "bulletList", items: weaknesses });
  }
  return blocks;
}

export function opinionBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, cycle } = ctx;
  const opinion = cycle.opinion;
  if (cycle.mode !== "peerVisit" || opinion === undefined) return [];
  const items = [{ key: t.opinion.verdict, value: t.verdicts[opinion.verdict] }];
  if (opinion.date) items.push({ key: t.opinion.date, value: fmt.date(opinion.date) });
  const blocks: ReportBlock[] = [{ type: "keyValue", items }];
  if (opinion.rationale) {
    blocks.push({
      type: "paragraph",
      text: ctx.scrub(opinion.rationale),
      notes: [t.opinion.rationale],
    });
  }
  if (opinion.conditions.length > 0) {
    blocks.push({
      type: "bulletList",
      title: t.opinion.conditions,
      items: opinion.conditions.map(ctx.scrub),
    });
  }
  return blocks;
}

export function actionBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, cycle } = ctx;
  const blocks: ReportBlock[] = [];
  const criteriaOf = (ids: readonly string[]) =>
    ids.length === 0 ? [] : [t.actions.criteria(ids.map(ctx.criterionLabel).join(" ; "))];
  if (cycle.recommendations.length > 0) {
    blocks.push({ type: "heading", level: 2, text: t.actions.recommendations });
    blocks.push({
      type: "bulletList",
      items: cycle.recommendations.map((r) =>
        [ctx.scrub(r.text), ...criteriaOf(r.criterionIds)].join("\n"),
      ),
    });
  }
  if (cycle.actions.length > 0) {
    const internal = ctx.audience === "internal";
    blocks.push({ type: "heading", level: 2, text: t.actions.plan });
    blocks.push({ type: "paragraph", text: t.actions.intro, emphasis: "muted" });
    const columns = [
      { header: t.actions.columns.action, align: "left" as const, weight: 3.4 },
      ...(internal
        ? [{ header: t.actions.columns.owner, align: "left" as const, weight: 1.3 }]
        : []),
      { header: t.actions.columns.due, align: "left" as const, weight: 1.2 },
      { header: t.actions.columns.status, align: "left" as const, weight: 1 },
      { header: t.actions.columns.signal, align: "left" as const, weight: 2.6 },
    ];
    const rows = cycle.actions.map((a) => {
      const what = [ctx.scrub(a.title)];
      if (a.description) what.push(ctx.scrub(a.description));
      what.push(...criteriaOf(a.criterionIds));
      return [
        what.join("\n"),
        ...(internal ? [a.owner ?? t.none] : []),
        a.dueDate ? fmt.date(a.dueDate) : t.none,
        t.actionStatuses[a.status],
        a.successSignal ? ctx.scrub(a.successSignal) : t.none,
      ];
    });
    blocks.push({
      type: "table",
      columns,
      rows,
      ...(internal ? {} : { footnotes: [t.actions.ownersRemoved] }),
    });
  }
  return blocks;
}

function indicatorLine(ctx: ReportContext, indicator: Indicator): string {
  const { t, fmt } = ctx;
  switch (indicator.kind) {
    case "scale": {
      const { levels, allowNotApplicable, allowDontKnow } = indicator.scale;
      const described = levels.map((l) =>
        l.descriptor
          ? t.labelled(`${fmt.number(l.value)} ${l.label}`, l.descriptor)
          : `${fmt.number(l.value)} ${l.label}`,
      );
      const extras = [
        ...(allowNotApplicable ? [t.annex.allowsNa] : []),
        ...(allowDontKnow ? [t.annex.allowsDontKnow] : []),
      ];
      return [
        indicator.label,
        ...described.map((d) => `  ${d}`),
        ...extras.map((e) => `  ${e}`),
      ].join("\n");
    }
    case "yesPartlyNo":
      return `${indicator.label} (${t.annex.yesPartlyNo})`;
    case "quantitative":
      return `${indicator.label} (${t.annex.quantitative(indicator.unit, t.directions[indicator.direction])})`;
    default:
      return `${indicator.label} (${t.annex.narrative})`;
  }
}

export function annexBlocks(ctx: ReportContext): ReportBlock[] {
  const { t, fmt, grid } = ctx;
  const items = [
    { key: t.annex.name, value: grid.name },
    { key: t.annex.version, value: fmt.integer(grid.version) },
    { key: t.annex.status, value: t.gridStatuses[grid.status] },
  ];
  if (grid.adoptedAt) items.push({ key: t.annex.adoptedAt, value: fmt.date(grid.adoptedAt) });
  const { provenance } = grid;
  if (provenance.derivedFrom) {
    const from = ctx.workspace.grids.find((g) => g.id === provenance.derivedFrom?.gridId);
    items.push({
      key: t.annex.derivedFrom,
      value: t.annex.derivedFromValue(
        from?.name ?? provenance.derivedFrom.gridId,
        fmt.integer(provenance.derivedFrom.version),
      ),
    });
  }
  if (provenance.source) items.push({ key: t.annex.source, value: provenance.source });
  if (provenance.licence) items.push({ key: t.annex.licence, value: provenance.licence });
  if (provenance.authors) items.push({ key: t.annex.authors, value: provenance.authors });
  if (grid.changeNote) items.push({ key: t.annex.changeNote, value: grid.changeNote });
  const blocks: ReportBlock[] = [
    { type: "heading", level: 2, text: t.annex.provenance },
    { type: "keyValue", items },
  ];
  if (grid.description) blocks.push({ type: "paragraph", text: grid.description });
  if (grid.principles.length > 0) {
    blocks.push({
      type: "bulletList",
      title: t.annex.principles,
      items: grid.principles.map((p) =>
        p.description ? t.labelled(p.label, p.description) : p.label,
      ),
    });
  }
  if (grid.glossary.length > 0) {
    blocks.push({ type: "heading", level: 2, text: t.annex.glossary });
    blocks.push({
      type: "keyValue",
      items: grid.glossary.map((entry) => ({ key: entry.term, value: entry.definition })),
    });
  }
  for (const dimension of grid.dimensions) {
    blocks.push({ type: "heading", level: 2, text: dimension.label });
    if (dimension.description) {
      blocks.push({ type: "paragraph", text: dimension.description, emphasis: "muted" });
    }
    for (const criterion of dimension.criteria) {
      blocks.push({ type: "heading", level: 3, text: criterion.label });
      if (criterion.description) blocks.push({ type: "paragraph", text: criterion.description });
      if (criterion.guidingQuestions.length > 0) {
        blocks.push({
          type: "bulletList",
          title: t.annex.guidingQuestions,
          items: criterion.guidingQuestions,
        });
      }
      if (criterion.indicators.length > 0) {
        blocks.push({
          type: "bulletList",
          title: t.annex.indicators,
          items: criterion.indicators.map((i) => indicatorLine(ctx, i)),
        });
      }
    }
  }
  return blocks;
}
