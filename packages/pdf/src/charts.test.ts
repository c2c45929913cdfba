import type { DistributionChart } from "@coeval/core";
import { jsPDF } from "jspdf";
import { describe, expect, it, vi } from "vitest";
import { Canvas } from "./canvas.ts";
import { drawDistribution, prepareDistribution } from "./charts.ts";
import { registerFonts } from "./fonts.ts";

const chart: DistributionChart = {
  kind: "distribution",
  title: "Répartition des positionnements",
  levels: [
    { value: 1, label: "1 · Pas du tout", colour: "#ffd700", textColour: "#000000" },
    { value: 2, label: "2 · Tout à fait", colour: "#08306b", textColour: "#ffffff" },
  ],
  rows: [{ label: "Tout le monde (n = 9)", counts: [4, 5], na: 0, dontKnow: 0 }],
  naLabel: "Sans objet",
  dontKnowLabel: "Ne sait pas",
};

describe("drawDistribution", () => {
  it("fills each level with the colour the model gives and prints its count in the text colour", () => {
    const doc = new jsPDF({ unit: "mm", format: "a4", orientation: "portrait" });
    registerFonts(doc);
    const canvas = new Canvas(doc);
    const fills = vi.spyOn(doc, "setFillColor");
    const texts = vi.spyOn(doc, "setTextColor");
    drawDistribution(canvas, chart, prepareDistribution(canvas, chart));
    const filled = fills.mock.calls.map((args) => args.slice(0, 3).join(","));
    expect(filled).toContain("255,215,0");
    expect(filled).toContain("8,48,107");
    const written = texts.mock.calls.map((args) => args.slice(0, 3).join(","));
    expect(written).toContain("255,255,255");
    expect(written).toContain("0,0,0");
  });
});
