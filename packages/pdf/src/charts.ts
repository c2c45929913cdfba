/**
 * Vector charts drawn with jsPDF primitives from the model's series: the same in Node and
 * in the browser. Every series and level can be told apart without colour: line dashes and
 * markers on the radar, lightness, hatching and printed counts on the bars.
 */
import { type DistributionChart, type RadarChart, rgbOf } from "@coeval/core";
import type { jsPDF } from "jspdf";
import type { Canvas } from "./canvas.ts";
import { COLOUR, CONTENT_WIDTH, lineHeight, PAGE, type Rgb, SIZE } from "./style.ts";
import { wrap } from "./text.ts";

type Marker = "disc" | "square" | "triangle" | "diamond" | "circle" | "cross" | "bar";

interface SeriesStyle {
  colour: Rgb;
  dash: number[];
  width: number;
  marker: Marker;
}

const OVERALL_STYLE: SeriesStyle = { colour: [20, 20, 20], dash: [], width: 0.9, marker: "disc" };
const GROUP_STYLES: SeriesStyle[] = [
  { colour: [0, 114, 178], dash: [2.2, 1], width: 0.6, marker: "square" },
  { colour: [213, 94, 0], dash: [0.6, 0.8], width: 0.7, marker: "triangle" },
  { colour: [0, 158, 115], dash: [3, 1, 0.6, 1], width: 0.6, marker: "diamond" },
  { colour: [204, 121, 167], dash: [1.2, 1.2], width: 0.6, marker: "circle" },
  { colour: [86, 70, 150], dash: [4, 1.5], width: 0.6, marker: "cross" },
  { colour: [140, 110, 20], dash: [0.4, 1.4], width: 0.8, marker: "bar" },
];

function seriesStyle(kind: "overall" | "group", groupIndex: number): SeriesStyle {
  if (kind === "overall") return OVERALL_STYLE;
  const base = GROUP_STYLES[groupIndex % GROUP_STYLES.length] as SeriesStyle;
  // Past the six styles, the cycle repeats with a heavier line so no two series look alike.
  return groupIndex < GROUP_STYLES.length ? base : { ...base, width: base.width + 0.4 };
}

function drawMarker(doc: jsPDF, marker: Marker, x: number, y: number, colour: Rgb): void {
  const r = 0.9;
  doc.setDrawColor(colour[0], colour[1], colour[2]);
  doc.setFillColor(colour[0], colour[1], colour[2]);
  doc.setLineDashPattern([], 0);
  doc.setLineWidth(0.3);
  switch (marker) {
    case "disc":
      doc.circle(x, y, r, "F");
      break;
    case "square":
      doc.rect(x - r, y - r, 2 * r, 2 * r, "F");
      break;
    case "triangle":
      doc.triangle(x, y - r * 1.2, x - r * 1.1, y + r * 0.8, x + r * 1.1, y + r * 0.8, "F");
      break;
    case "diamond":
      doc.lines(
        [
          [r * 1.2, r * 1.2],
          [-r * 1.2, r * 1.2],
          [-r * 1.2, -r * 1.2],
        ],
        x,
        y - r * 1.2,
        [1, 1],
        "F",
        true,
      );
      break;
    case "circle":
      doc.setFillColor(255, 255, 255);
      doc.circle(x, y, r, "FD");
      break;
    case "cross":
      doc.setLineWidth(0.45);
      doc.line(x - r, y - r, x + r, y + r);
      doc.line(x - r, y + r, x + r, y - r);
      break;
    case "bar":
      doc.rect(x - r * 1.3, y - r * 0.45, 2.6 * r, 0.9 * r, "F");
      break;
  }
}

function setText(doc: jsPDF, colour: Rgb): void {
  doc.setTextColor(colour[0], colour[1], colour[2]);
}

/** Space under a chart: not part of its height, so a chart that just fits is not moved. */
const SPACE_AFTER = 3;

export interface RadarLayout {
  /** From the title to the last line of the caption, as drawn. */
  height: number;
  radius: number;
  labelBand: number;
  axisLabels: string[][];
  legend: { lines: string[]; column: number; row: number }[];
  legendRowHeights: number[];
  captionLines: string[];
  titleLines: string[];
}

const RADAR_RADIUS = 40;
const RADAR_LABEL_WIDTH = 40;
const LEGEND_COLUMN_WIDTH = CONTENT_WIDTH / 2;

export function prepareRadar(canvas: Canvas, chart: RadarChart): RadarLayout {
  const doc = canvas.doc;
  const small = lineHeight(SIZE.small);
  const axisLabels = chart.axes.map((axis) =>
    wrap(doc, axis.label, RADAR_LABEL_WIDTH, SIZE.small, true),
  );
  const labelBand = Math.max(1, ...axisLabels.map((l) => l.length)) * small + 3;
  const legend = chart.series.map((series, index) => ({
    lines: wrap(doc, series.label, LEGEND_COLUMN_WIDTH - 14, SIZE.small),
    column: index % 2,
    row: Math.floor(index / 2),
  }));
  const legendRowHeights: number[] = [];
  for (const entry of legend) {
    const height = Math.max(4.5, entry.lines.length * small + 1.2);
    legendRowHeights[entry.row] = Math.max(legendRowHeights[entry.row] ?? 0, height);
  }
  const captionLines = chart.caption ? wrap(doc, chart.caption, CONTENT_WIDTH, SIZE.small) : [];
  const titleLines = wrap(doc, chart.title, CONTENT_WIDTH, SIZE.body, true);
  const height =
    titleLines.length * lineHeight(SIZE.body) +
    2 * labelBand +
    2 * RADAR_RADIUS +
    2 +
    legendRowHeights.reduce((a, b) => a + b, 0) +
    1 +
    captionLines.length * small;
  return {
    height,
    radius: RADAR_RADIUS,
    labelBand,
    axisLabels,
    legend,
    legendRowHeights,
    captionLines,
    titleLines,
  };
}

export function drawRadar(canvas: Canvas, chart: RadarChart, layout: RadarLayout): void {
  const doc = canvas.doc;
  canvas.ensure(layout.height);
  const small = lineHeight(SIZE.small);
  let y = canvas.y;
  for (const line of layout.titleLines) {
    canvas.drawPart({ text: line, x: PAGE.left, size: SIZE.body, bold: true }, y);
    y += lineHeight(SIZE.body);
  }
  const cx = PAGE.left + CONTENT_WIDTH / 2;
  const cy = y + layout.labelBand + layout.radius;
  const r = layout.radius;
  const count = chart.axes.length;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / count;
  const point = (i: number, value: number): [number, number] => [
    cx + Math.cos(angle(i)) * r * value,
    cy + Math.sin(angle(i)) * r * value,
  ];

  // Rings and spokes.
  doc.setLineDashPattern([], 0);
  for (const ring of [0.25, 0.5, 0.75, 1]) {
    doc.setDrawColor(ring === 1 ? 120 : 200, ring === 1 ? 120 : 200, ring === 1 ? 120 : 200);
    doc.setLineWidth(ring === 1 ? 0.3 : 0.15);
    for (let i = 0; i < count; i++) {
      const [x1, y1] = point(i, ring);
      const [x2, y2] = point((i + 1) % count, ring);
      doc.line(x1, y1, x2, y2);
    }
  }
  doc.setDrawColor(170, 170, 170);
  doc.setLineWidth(0.15);
  for (let i = 0; i < count; i++) {
    const [x, yy] = point(i, 1);
    doc.line(cx, cy, x, yy);
  }
  // Ring values along the first spoke.
  for (const [value, label] of [
    [0, chart.scaleLabels.low],
    [0.5, chart.scaleLabels.middle],
    [1, chart.scaleLabels.high],
  ] as const) {
    const [x, yy] = point(0, value);
    canvas.drawPart(
      { text: label, x: x + 1, size: SIZE.chrome - 1, colour: COLOUR.muted },
      yy - 2.4,
    );
  }

  // Axis labels outside the outer ring, aligned away from the centre.
  layout.axisLabels.forEach((lines, i) => {
    const a = angle(i);
    const cos = Math.cos(a);
    const sin = Math.sin(a);
    const [x, yy] = point(i, 1);
    const lx = x + cos * 3;
    const align = cos > 0.3 ? "left" : cos < -0.3 ? "right" : "center";
    const blockHeight = lines.length * small;
    const top = sin < -0.3 ? yy - 3.2 - blockHeight : sin > 0.3 ? yy + 1.5 : yy - blockHeight / 2;
    lines.forEach((line, k) => {
      canvas.drawPart(
        { text: line, x: lx, size: SIZE.small, bold: true, colour: COLOUR.text, align },
        top + k * small,
      );
    });
  });

  // Series: the overall first (underneath), then each group.
  let groupIndex = 0;
  const styles = chart.series.map((s) =>
    seriesStyle(s.kind, s.kind === "group" ? groupIndex++ : 0),
  );
  chart.series.forEach((series, s) => {
    const style = styles[s] as SeriesStyle;
    doc.setDrawColor(style.colour[0], style.colour[1], style.colour[2]);
    doc.setLineWidth(style.width);
    doc.setLineDashPattern(style.dash, 0);
    for (let i = 0; i < count; i++) {
      const a = series.values[i];
      const b = series.values[(i + 1) % count];
      if (a == null || b == null || count < 2) continue;
      const [x1, y1] = point(i, a);
      const [x2, y2] = point((i + 1) % count, b);
      doc.line(x1, y1, x2, y2);
    }
    doc.setLineDashPattern([], 0);
    series.values.forEach((value, i) => {
      if (value == null) return;
      const [x, yy] = point(i, value);
      drawMarker(doc, style.marker, x, yy, style.colour);
    });
  });

  // Legend in two columns: a sample of the line with its marker, then the label with n.
  let legendTop = cy + r + layout.labelBand + 2;
  const rowTops: number[] = [];
  layout.legendRowHeights.forEach((height, row) => {
    rowTops[row] = legendTop;
    legendTop += height;
  });
  layout.legend.forEach((entry, index) => {
    const style = styles[index] as SeriesStyle;
    const x = PAGE.left + entry.column * LEGEND_COLUMN_WIDTH;
    const top = rowTops[entry.row] as number;
    const mid = top + small / 2 + 0.3;
    doc.setDrawColor(style.colour[0], style.colour[1], style.colour[2]);
    doc.setLineWidth(style.width);
    doc.setLineDashPattern(style.dash, 0);
    doc.line(x, mid, x + 10, mid);
    doc.setLineDashPattern([], 0);
    drawMarker(doc, style.marker, x + 5, mid, style.colour);
    entry.lines.forEach((line, k) => {
      canvas.drawPart({ text: line, x: x + 12, size: SIZE.small }, top + k * small);
    });
  });
  let captionTop = legendTop + 1;
  for (const line of layout.captionLines) {
    canvas.drawPart(
      { text: line, x: PAGE.left, size: SIZE.small, colour: COLOUR.muted },
      captionTop,
    );
    captionTop += small;
  }
  setText(doc, COLOUR.text);
  canvas.y = captionTop;
  canvas.space(SPACE_AFTER);
}

export interface DistributionLayout {
  /** From the title to the last line of the caption, as drawn. */
  height: number;
  titleLines: string[];
  legend: { x: number; row: number; label: string; swatch: Swatch }[];
  legendRows: number;
  rows: { labelLines: string[]; height: number }[];
  captionLines: string[];
}

type Swatch = { kind: "level"; index: number } | { kind: "na" } | { kind: "dontKnow" };

const ROW_LABEL_WIDTH = 50;
const BAR_HEIGHT = 5;
const SWATCH_WIDTH = 5;

/** A level's fill and the colour of a count printed on it, both chosen by the engine. */
function levelFill(chart: DistributionChart, index: number): { fill: Rgb; text: Rgb } {
  const level = chart.levels[index];
  return level === undefined
    ? { fill: COLOUR.white, text: COLOUR.text }
    : { fill: rgbOf(level.colour), text: rgbOf(level.textColour) };
}

export function prepareDistribution(canvas: Canvas, chart: DistributionChart): DistributionLayout {
  const doc = canvas.doc;
  const small = lineHeight(SIZE.small);
  const titleLines = wrap(doc, chart.title, CONTENT_WIDTH, SIZE.body, true);
  const items: { label: string; swatch: Swatch }[] = [
    ...chart.levels.map((level, index) => ({
      label: level.label,
      swatch: { kind: "level", index } as Swatch,
    })),
    { label: chart.naLabel, swatch: { kind: "na" } },
    { label: chart.dontKnowLabel, swatch: { kind: "dontKnow" } },
  ];
  const legend: DistributionLayout["legend"] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const label = wrap(doc, item.label, CONTENT_WIDTH - SWATCH_WIDTH - 2, SIZE.small)[0] ?? "";
    const truncated = label === item.label ? label : `${label}…`;
    doc.setFontSize(SIZE.small);
    const width = SWATCH_WIDTH + 1.5 + doc.getTextWidth(truncated) + 4;
    if (x > 0 && x + width > CONTENT_WIDTH) {
      row++;
      x = 0;
    }
    legend.push({ x, row, label: truncated, swatch: item.swatch });
    x += width;
  }
  const rows = chart.rows.map((r) => {
    const labelLines = wrap(doc, r.label, ROW_LABEL_WIDTH - 2, SIZE.small);
    return { labelLines, height: Math.max(BAR_HEIGHT + 2, labelLines.length * small + 1.5) };
  });
  const captionLines = chart.caption ? wrap(doc, chart.caption, CONTENT_WIDTH, SIZE.small) : [];
  const height =
    titleLines.length * lineHeight(SIZE.body) +
    0.5 +
    (row + 1) * (small + 1.2) +
    2 +
    rows.reduce((sum, r) => sum + r.height, 0) +
    1 +
    captionLines.length * small;
  return { height, titleLines, legend, legendRows: row + 1, rows, captionLines };
}

/** Diagonal hatching inside a rectangle, for "not applicable". */
function hatch(doc: jsPDF, x: number, y: number, w: number, h: number): void {
  doc.setDrawColor(110, 110, 110);
  doc.setLineWidth(0.15);
  const step = 1.2;
  for (let d = step; d < w + h; d += step) {
    // The line x + y' = d (in the rectangle's frame), clipped to it.
    const x1 = Math.max(0, d - h);
    const y1 = d - x1;
    const x2 = Math.min(w, d);
    const y2 = d - x2;
    doc.line(x + x1, y + y1, x + x2, y + y2);
  }
}

/** A grid of dots inside a rectangle, for "don't know". */
function dots(doc: jsPDF, x: number, y: number, w: number, h: number): void {
  doc.setFillColor(90, 90, 90);
  for (let dy = 0.9; dy < h; dy += 1.3) {
    for (let dx = 0.9; dx < w; dx += 1.3) doc.circle(x + dx, y + dy, 0.18, "F");
  }
}

function drawSwatch(
  doc: jsPDF,
  swatch: Swatch,
  chart: DistributionChart,
  x: number,
  y: number,
  w: number,
  h: number,
): void {
  doc.setLineDashPattern([], 0);
  if (swatch.kind === "level") {
    const { fill } = levelFill(chart, swatch.index);
    doc.setFillColor(fill[0], fill[1], fill[2]);
    doc.rect(x, y, w, h, "F");
  } else {
    doc.setFillColor(255, 255, 255);
    doc.rect(x, y, w, h, "F");
    if (swatch.kind === "na") hatch(doc, x, y, w, h);
    else dots(doc, x, y, w, h);
  }
  doc.setDrawColor(120, 120, 120);
  doc.setLineWidth(0.15);
  doc.rect(x, y, w, h, "S");
}

export function drawDistribution(
  canvas: Canvas,
  chart: DistributionChart,
  layout: DistributionLayout,
): void {
  const doc = canvas.doc;
  canvas.ensure(layout.height);
  const small = lineHeight(SIZE.small);
  let y = canvas.y;
  for (const line of layout.titleLines) {
    canvas.drawPart({ text: line, x: PAGE.left, size: SIZE.body, bold: true }, y);
    y += lineHeight(SIZE.body);
  }
  y += 0.5;
  for (const entry of layout.legend) {
    const top = y + entry.row * (small + 1.2);
    drawSwatch(doc, entry.swatch, chart, PAGE.left + entry.x, top + 0.4, SWATCH_WIDTH, small - 0.8);
    canvas.drawPart(
      { text: entry.label, x: PAGE.left + entry.x + SWATCH_WIDTH + 1.5, size: SIZE.small },
      top,
    );
  }
  y += layout.legendRows * (small + 1.2) + 2;

  const barX = PAGE.left + ROW_LABEL_WIDTH;
  const barWidth = CONTENT_WIDTH - ROW_LABEL_WIDTH;
  chart.rows.forEach((row, index) => {
    const rowLayout = layout.rows[index] as DistributionLayout["rows"][number];
    rowLayout.labelLines.forEach((line, k) => {
      canvas.drawPart({ text: line, x: PAGE.left, size: SIZE.small }, y + 0.5 + k * small);
    });
    const barTop = y + (rowLayout.height - BAR_HEIGHT) / 2;
    const segments: { count: number; swatch: Swatch }[] = [
      ...row.counts.map((count, i) => ({ count, swatch: { kind: "level", index: i } as Swatch })),
      { count: row.na, swatch: { kind: "na" } },
      { count: row.dontKnow, swatch: { kind: "dontKnow" } },
    ];
    const total = segments.reduce((sum, s) => sum + s.count, 0);
    if (total === 0) {
      doc.setDrawColor(170, 170, 170);
      doc.setLineWidth(0.15);
      doc.rect(barX, barTop, barWidth, BAR_HEIGHT, "S");
    }
    let x = barX;
    for (const segment of segments) {
      if (segment.count === 0 || total === 0) continue;
      const w = (segment.count / total) * barWidth;
      drawSwatch(doc, segment.swatch, chart, x, barTop, w, BAR_HEIGHT);
      // The count printed on its segment: the chart reads without any colour.
      const label = String(segment.count);
      doc.setFontSize(SIZE.small);
      const labelWidth = doc.getTextWidth(label);
      if (labelWidth + 1 < w) {
        const textColour =
          segment.swatch.kind === "level"
            ? levelFill(chart, segment.swatch.index).text
            : COLOUR.text;
        if (segment.swatch.kind !== "level") {
          doc.setFillColor(255, 255, 255);
          doc.rect(
            x + w / 2 - labelWidth / 2 - 0.5,
            barTop + 1,
            labelWidth + 1,
            BAR_HEIGHT - 2,
            "F",
          );
        }
        canvas.drawPart(
          {
            text: label,
            x: x + w / 2,
            size: SIZE.small,
            bold: true,
            align: "center",
            colour: textColour,
          },
          barTop + (BAR_HEIGHT - small) / 2 + 0.2,
        );
      }
      x += w;
    }
    y += rowLayout.height;
  });
  y += 1;
  for (const line of layout.captionLines) {
    canvas.drawPart({ text: line, x: PAGE.left, size: SIZE.small, colour: COLOUR.muted }, y);
    y += small;
  }
  canvas.y = y;
  canvas.space(SPACE_AFTER);
}
