export {
  AUDIENCES,
  type Audience,
  type WithholdingReason,
} from "./disclosure-terms.ts";
export * from "./threshold.ts";
