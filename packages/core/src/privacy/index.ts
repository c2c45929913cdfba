export {
  AUDIENCES,
  type Audience,
  type WithholdingReason,
} from "./disclosure.ts";
export * from "./threshold.ts";
