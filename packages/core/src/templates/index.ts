import type { Id, Language } from "../model/common.ts";
import type { Grid } from "../model/grid.ts";
import { socialUtilityTemplate } from "./social-utility.ts";
import { buildTemplateGrid, type TemplateSpec } from "./spec.ts";

export { levelIndicatorId, type Translated } from "./spec.ts";

/** A grid to start from: offered in every language, copied and changed by each group. */
export interface TemplateInfo {
  id: Id;
  name: Record<Language, string>;
  description: Record<Language, string>;
  /** The template as a draft grid in the given language; element ids are the same in every language. */
  build(language: Language, options: { gridId: Id; now: string }): Grid;
}

function templateInfo(spec: TemplateSpec): TemplateInfo {
  return {
    id: spec.id,
    name: spec.name,
    description: spec.description,
    build: (language, options) => buildTemplateGrid(spec, language, options),
  };
}

export const templates: readonly TemplateInfo[] = [templateInfo(socialUtilityTemplate)];

export function findTemplate(templateId: Id): TemplateInfo | undefined {
  return templates.find((template) => template.id === templateId);
}

/**
 * A new draft grid, version 1, from a template: the group's own copy to change.
 * `provenance.source` names the template. Throws on an unknown template id.
 */
export function instantiateTemplate(
  templateId: Id,
  language: Language,
  options: { now: string; newGridId: Id },
): Grid {
  const template = findTemplate(templateId);
  if (template === undefined) throw new Error(`Unknown template: ${templateId}`);
  return template.build(language, { gridId: options.newGridId, now: options.now });
}
