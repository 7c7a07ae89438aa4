/**
 * docs/benchmarks.svg: p50 latency per query, one panel per size, one bar per
 * system, on a logarithmic scale (the queries span three orders of magnitude).
 * Plain SVG text, written by the bench itself.
 */
import type { Run } from "./report.js";

const COLOURS = ["#1b6ca8", "#7fb3d5", "#c0392b", "#f39c12", "#27ae60", "#8e44ad"];
const PANEL_W = 560;
const PANEL_H = 220;
const LEGEND_STEP = 125;
const MARGIN = { left: 60, top: 40, bottom: 40 };

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function chart(runs: readonly Run[]): string {
  const systems = [...new Set(runs.map((r) => `${r.system}/${r.store}`))];
  const queries = [...new Set(runs.map((r) => r.query))];
  const sizes = [...new Set(runs.map((r) => r.size))].sort((a, b) => a - b);
  const values = runs.map((r) => Math.max(r.p50_ms, 0.01));
  const low = Math.floor(Math.log10(Math.min(...values, 1)));
  const high = Math.ceil(Math.log10(Math.max(...values, 10)));
  const y = (ms: number) => PANEL_H - ((Math.log10(Math.max(ms, 0.01)) - low) / (high - low)) * PANEL_H;
  const width = MARGIN.left + PANEL_W + 20;
  const panelHeight = MARGIN.top + PANEL_H + MARGIN.bottom;
  const legend = systems.map((s, i) => `<rect x="${MARGIN.left + i * LEGEND_STEP}" y="8" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/><text x="${MARGIN.left + i * LEGEND_STEP + 16}" y="19">${escape(s)}</text>`);
  const panels = sizes.map((size, p) => {
    const top = 30 + p * panelHeight + MARGIN.top;
    const group = PANEL_W / queries.length;
    const bar = (group - 10) / systems.length;
    const ticks = Array.from({ length: high - low + 1 }, (_, k) => low + k).map((e) => {
      const ty = top + y(10 ** e);
      return `<line x1="${MARGIN.left}" x2="${MARGIN.left + PANEL_W}" y1="${ty}" y2="${ty}" stroke="#ddd"/><text x="${MARGIN.left - 6}" y="${ty + 4}" text-anchor="end">${10 ** e >= 1 ? 10 ** e : (10 ** e).toFixed(-e)}</text>`;
    });
    const bars = queries.flatMap((query, q) => [
      `<text x="${MARGIN.left + q * group + group / 2}" y="${top + PANEL_H + 16}" text-anchor="middle">${escape(query)}</text>`,
      ...systems.flatMap((s, k) => {
        const run = runs.find((r) => r.size === size && r.query === query && `${r.system}/${r.store}` === s);
        if (!run) return [];
        const x = MARGIN.left + q * group + 5 + k * bar;
        const by = top + y(run.p50_ms);
        return [`<rect x="${x.toFixed(1)}" y="${by.toFixed(1)}" width="${(bar - 1).toFixed(1)}" height="${(top + PANEL_H - by).toFixed(1)}" fill="${COLOURS[k % COLOURS.length]}"><title>${escape(s)} ${query} at ${size}: p50 ${run.p50_ms} ms</title></rect>`];
      }),
    ]);
    return [`<text x="${MARGIN.left}" y="${top - 8}" font-weight="bold">${size.toLocaleString("en")} entities — p50 ms (log scale)</text>`, ...ticks, ...bars].join("\n");
  });
  const height = 30 + sizes.length * panelHeight;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">
<rect width="100%" height="100%" fill="white"/>
${legend.join("\n")}
${panels.join("\n")}
</svg>
`;
}
