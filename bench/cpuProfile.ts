/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and sums the CPU time spent in a
 * time window by layer of the server — which package or folder of ours the
 * running function's file belongs to. A function without a file of its own (a
 * V8 builtin, a native call) counts for the layer of the nearest caller that
 * has one, except JSON's parse and stringify and the garbage collector, which
 * are layers themselves. Idle time is left out. A sample's span is wall time,
 * which on a busy machine includes time the process waited for a core: the
 * shares are what this module gives; the CPU time itself is the kernel's
 * account of the process (profile.ts).
 */

export interface CpuProfile {
  readonly nodes: ReadonlyArray<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  /** Microseconds, on the clock of process.hrtime (CLOCK_MONOTONIC), so a window marked by another process can be cut out. */
  readonly startTime: number;
  readonly endTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Layers in the order a request meets them; each file pattern names the first layer that matches. */
export const LAYERS: ReadonlyArray<readonly [layer: string, pattern: RegExp]> = [
  ["sockets and streams (HTTP and Bolt)", /^node:(internal\/)?(_?http|net|stream|streams|internal\/streams|dns|tls|url)/],
  ["our HTTP route and gates", /\/dist\/src\/server\/|\/dist\/src\/store\/(gate|budget|counting)\.js$/],
  ["Apollo pipeline", /\/node_modules\/@apollo\//],
  ["GraphQL parse", /\/node_modules\/graphql\/language\//],
  ["GraphQL validation", /\/node_modules\/graphql\/validation\//],
  ["our limits rules", /\/dist\/src\/graphql\/(limits|operations)\.js$|\/dist\/src\/graphql\/rules\//],
  ["GraphQL execution", /\/node_modules\/graphql\/(execution|jsutils|type|utilities)\//],
  ["type-graphql wrappers", /\/node_modules\/type-graphql\//],
  ["argument validation (class-validator)", /\/node_modules\/(class-validator|class-transformer|validator|libphonenumber-js)\//],
  ["loaders and look-ahead", /\/node_modules\/dataloader\/|\/dist\/src\/graphql\/(loaders|lookahead)\.js$/],
  ["our resolvers", /\/dist\/src\/graphql\//],
  ["neo4j-driver (protocol, decoding)", /\/node_modules\/neo4j-driver[^/]*\//],
  ["our value conversion", /\/dist\/src\/store\/(neo4j\/values|results|pages|transfers|traversals)\.js$/],
  ["our store adapter", /\/dist\/src\/(store|domain)\//],
  ["Kùzu (embedded engine)", /\/node_modules\/kuzu\//],
  ["async context (AsyncLocalStorage, promise hooks)", /^node:(internal\/)?async_(hooks|local_storage)/],
  ["Node internals (timers, promises, events)", /^node:/],
];

export const JSON_LAYER = "JSON (parse, stringify)";
export const GC_LAYER = "garbage collector";
export const OTHER_LAYER = "other";

function layerOfFile(url: string): string | null {
  if (!url) return null;
  return LAYERS.find(([, pattern]) => pattern.test(url))?.[0] ?? OTHER_LAYER;
}

export interface LayerTimes {
  /** Sampled microseconds per layer within the window. */
  readonly layers: Record<string, number>;
  readonly totalMicros: number;
}

/** Sampled (non-idle) time per layer between `from` and `to` (microseconds on the profile's clock). */
export function layerTimes(profile: CpuProfile, from: number, to: number): LayerTimes {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const layerOfNode = new Map<number, string | null>();
  const resolve = (id: number): string | null => {
    if (layerOfNode.has(id)) return layerOfNode.get(id)!;
    const { functionName, url } = byId.get(id)!.callFrame;
    let layer: string | null;
    if (functionName === "(idle)") layer = null;
    else if (functionName === "(garbage collector)") layer = GC_LAYER;
    else if (!url && (functionName === "stringify" || functionName === "parse") ) layer = JSON_LAYER;
    else layer = layerOfFile(url) ?? (parent.has(id) ? resolve(parent.get(id)!) : OTHER_LAYER);
    layerOfNode.set(id, layer);
    return layer;
  };
  const layers: Record<string, number> = {};
  let totalMicros = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i];
    // A sample stands for the time until the next one.
    const span = profile.timeDeltas[i + 1] ?? 0;
    if (at < from || at >= to) continue;
    const { functionName } = byId.get(profile.samples[i])!.callFrame;
    // The root or "(program)" with no JavaScript on the stack: V8 and libuv work between callbacks.
    const layer = functionName === "(program)" || functionName === "(root)" ? "V8 and libuv (no JavaScript on the stack)" : resolve(profile.samples[i]);
    if (layer === null) continue;
    layers[layer] = (layers[layer] ?? 0) + span;
    totalMicros += span;
  }
  return { layers, totalMicros };
}
