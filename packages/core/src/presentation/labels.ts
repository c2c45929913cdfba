/**
 * The names of the domain's fixed values, in French and English: the app, the PDF report
 * and the command line read them here, so a side or a mode is called the same everywhere.
 */
import type { Language } from "../model/common.ts";
import type { EvaluationMode, Perspective } from "../model/cycle.ts";
import type { OrganisationKind, Side } from "../model/organisation.ts";
import type { Audience } from "../privacy/disclosure-terms.ts";

export interface Labels {
  /** The row of everyone who answered. */
  overall: string;
  /** A stakeholder group's side, as said of the group: "Interne". */
  sides: Record<Side, string>;
  /** The row of every group of one side together: "Ensemble interne". */
  sideTotals: Record<Side, string>;
  /** Self-view, peer view and external view, compared and never merged. */
  perspectives: Record<Perspective, string>;
  modes: Record<EvaluationMode, string>;
  organisationKinds: Record<OrganisationKind, string>;
  /** Who the figures are disclosed for: the report's version, the screen's view. */
  audiences: Record<Audience, string>;
}

export const LABELS: Readonly<Record<Language, Labels>> = {
  fr: {
    overall: "Tout le monde",
    sides: { internal: "Interne", external: "Externe" },
    sideTotals: { internal: "Ensemble interne", external: "Ensemble externe" },
    perspectives: {
      self: "Auto-évaluation",
      peer: "Regard des pairs",
      external: "Regard extérieur",
    },
    modes: {
      selfEvaluation: "Auto-évaluation",
      accompaniedSelfEvaluation: "Auto-évaluation accompagnée",
      jointEvaluation: "Évaluation conjointe (co-évaluation)",
      peerVisit: "Visite de pairs",
    },
    organisationKinds: {
      association: "Association",
      cooperative: "Coopérative",
      amap: "AMAP",
      culturalVenue: "Lieu culturel",
      workIntegration: "Structure d'insertion par l'activité économique",
      regieDeQuartier: "Régie de quartier",
      network: "Réseau",
      other: "Autre",
    },
    audiences: { internal: "Version interne", partners: "Version pour les partenaires" },
  },
  en: {
    overall: "Everyone",
    sides: { internal: "Internal", external: "External" },
    sideTotals: { internal: "All internal", external: "All external" },
    perspectives: { self: "Self-assessment", peer: "Peer view", external: "External view" },
    modes: {
      selfEvaluation: "Self-evaluation",
      accompaniedSelfEvaluation: "Accompanied self-evaluation",
      jointEvaluation: "Joint evaluation (co-evaluation)",
      peerVisit: "Peer visit",
    },
    organisationKinds: {
      association: "Association",
      cooperative: "Cooperative",
      amap: "Community-supported agriculture group (AMAP)",
      culturalVenue: "Cultural venue",
      workIntegration: "Work-integration enterprise",
      regieDeQuartier: "Neighbourhood enterprise (régie de quartier)",
      network: "Network",
      other: "Other",
    },
    audiences: { internal: "Internal version", partners: "Version for partners" },
  },
};
