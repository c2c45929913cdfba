import type { Perspective } from "../model/cycle.ts";
import type { Side } from "../model/organisation.ts";

export const SIDES: readonly Side[] = ["internal", "external"];
export const PERSPECTIVES: readonly Perspective[] = ["self", "peer", "external"];

export type BucketKind = "overall" | "group" | "side" | "perspective";

/**
 * Where each set of raters sits in the counting arrays of a cycle: "buckets" are
 * everyone, then each stakeholder group of the organisation in its order, then the
 * internal and external sides, then the self, peer and external perspectives.
 * Every array indexed by bucket goes through these accessors.
 */
export class BucketLayout {
  static readonly overall = 0;
  readonly count: number;
  readonly firstGroup = 1;
  readonly firstSide: number;
  readonly firstPerspective: number;

  constructor(readonly groupCount: number) {
    this.firstSide = 1 + groupCount;
    this.firstPerspective = this.firstSide + SIDES.length;
    this.count = this.firstPerspective + PERSPECTIVES.length;
  }

  group(groupIndex: number): number {
    return this.firstGroup + groupIndex;
  }

  side(sideIndex: number): number {
    return this.firstSide + sideIndex;
  }

  sideOf(side: Side): number {
    return this.firstSide + (side === "internal" ? 0 : 1);
  }

  perspective(perspectiveIndex: number): number {
    return this.firstPerspective + perspectiveIndex;
  }

  kindOf(bucket: number): BucketKind {
    if (bucket === BucketLayout.overall) return "overall";
    if (bucket < this.firstSide) return "group";
    if (bucket < this.firstPerspective) return "side";
    return "perspective";
  }
}

/** 0 for self, 1 for peer, 2 for external: the order of `PERSPECTIVES`. */
export function perspectiveIndex(perspective: Perspective): number {
  return perspective === "self" ? 0 : perspective === "peer" ? 1 : 2;
}
