/**
 * Every benchmark case, in the order `pnpm bench` runs them. To add one, write
 * it in its own file of bench/ (a `BenchCase`, see harness.ts) and list it here.
 */
import type { BenchCase } from "./harness.ts";
import { reportCase } from "./report.ts";
import { federationCase, networkCase, workshopCase } from "./results-cases.ts";
import { webBundleCase } from "./web-bundle.ts";
import { webWorkshopCase, webWorkshopHistoryCase } from "./web-workshop.ts";

export const cases: readonly BenchCase[] = [
  workshopCase,
  federationCase,
  networkCase,
  reportCase,
  webWorkshopCase,
  webWorkshopHistoryCase,
  webBundleCase,
];
