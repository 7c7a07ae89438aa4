/**
 * The embedded store called directly (raw/kuzu), in a process of its own.
 * Opened in the bench's process, its in-memory indexes took that process to
 * 2.8 GB at 10^6 entities, and the client that times every other system
 * shared a heap that large: a client holding 1.1 GB of live objects saw a
 * p99 of 1.5–1.6 s from 64 clients on our server's neighbourhood, where the
 * same client without them saw 1.0–1.1 s. Here the child times each answer
 * itself, so the figure is the store calls alone, as before, without the
 * trip between the processes.
 *
 * As a module it is the bench's handle on that process; run as a script
 * (`node directStore.js DIR`), it is the process, answering over IPC.
 */
import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { NodeKind } from "../src/domain/ontology.js";
import { openStore, DEFAULT_QUERY_TIMEOUT_MS } from "../src/store/index.js";
import type { GraphStore } from "../src/store/port.js";
import type { MixName, MixTargets } from "./mix.js";
import { askStore, type Reply } from "./systems.js";

type Request =
  | { readonly op: "counts" }
  | { readonly op: "targets" }
  | { readonly op: "ask"; readonly query: MixName; readonly targets: MixTargets };

interface Figures {
  readonly entities: number;
  readonly relationships: number;
  readonly evidence: number;
}

/** The bench's side: questions to the child, one at a time, in the order asked. */
export class DirectStore {
  private next = 0;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (message: { id: number; result?: unknown; error?: string }) => {
      const pending = this.waiting.get(message.id);
      if (!pending) return;
      this.waiting.delete(message.id);
      if (message.error !== undefined) pending.reject(new Error(`raw/kuzu: ${message.error}`));
      else pending.resolve(message.result);
    });
    this.exited = new Promise((resolve) => child.on("exit", () => {
      for (const pending of this.waiting.values()) pending.reject(new Error("raw/kuzu: the direct store's process ended"));
      this.waiting.clear();
      resolve();
    }));
  }

  /** Starts the child on a copy of the embedded store in `dataDir`: its first answer waits for the store to open, or carries why it did not. */
  static open(dataDir: string): DirectStore {
    return new DirectStore(fork(fileURLToPath(import.meta.url), [dataDir], { stdio: ["ignore", "inherit", "inherit", "ipc"], serialization: "advanced" }));
  }

  get pid(): number {
    return this.child.pid!;
  }

  counts(): Promise<Figures> {
    return this.request({ op: "counts" }) as Promise<Figures>;
  }

  /** Ids the mix asks about, chosen from the imported graph itself so any generator fits. */
  targets(): Promise<MixTargets> {
    return this.request({ op: "targets" }) as Promise<MixTargets>;
  }

  /** One query of the mix, answered by the store calls our resolvers make, with the time they took in the child. */
  ask(query: MixName, targets: MixTargets): Promise<Reply> {
    return this.request({ op: "ask", query, targets }) as Promise<Reply>;
  }

  async close(): Promise<void> {
    if (this.child.exitCode === null && this.child.connected) this.child.disconnect();
    await this.exited;
  }

  private request(request: Request): Promise<unknown> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.send({ id, ...request });
    });
  }
}

/** Ids the mix asks about: the median person by degree, the busiest one and a path from it, a country, 200 entities. */
async function chooseTargets(store: GraphStore): Promise<MixTargets> {
  const people = await store.listEntities({ kinds: [NodeKind.Person], limit: 400, offset: 0 });
  const [countries, batch] = await Promise.all([
    store.listEntities({ kinds: [NodeKind.Country], limit: 1, offset: 0 }),
    store.listEntities({ kinds: [], limit: 200, offset: 1000 }),
  ]);
  const degrees = await store.relationshipsOf(people.map((entityId) => ({ entityId, types: [], direction: "BOTH" as const })));
  const byDegree = people.map((id, i) => ({ id, degree: degrees[i].length })).sort((a, b) => b.degree - a.degree);
  const entity = byDegree[Math.floor(byDegree.length / 2)].id;
  const [record] = await store.entitiesById([entity]);
  let pathTo = byDegree[byDegree.length - 1].id;
  for (const candidate of byDegree.slice(1, 40)) {
    if ((await store.shortestPaths({ from: byDegree[0].id, to: candidate.id, maxLength: 6, types: [], limit: 1 })).length) pathTo = candidate.id;
  }
  return {
    entity, searchText: record!.name.split(" ")[0], neighbourhood: byDegree[0].id, pathFrom: byDegree[0].id, pathTo,
    country: countries[0], batch: batch.length === 200 ? batch : (await store.listEntities({ kinds: [], limit: 200, offset: 0 })),
  };
}

function serve(dataDir: string): void {
  const opened = openStore({ store: "kuzu", dataDir, queryTimeoutMs: DEFAULT_QUERY_TIMEOUT_MS * 10 });
  // A store that fails to open is the answer to each question, not a crash before the first.
  opened.catch(() => undefined);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  const answer = async (request: Request): Promise<unknown> => {
    const store = await opened;
    switch (request.op) {
      case "counts": {
        const c = await store.counts();
        return { entities: sum(c.nodes), relationships: sum(c.relationships), evidence: c.evidence };
      }
      case "targets":
        return chooseTargets(store);
      case "ask": {
        const started = performance.now();
        const reply = await askStore(store, request.query, request.targets);
        return { ...reply, ms: performance.now() - started };
      }
    }
  };
  // One question at a time, as the bench asks them: a timed call has the store to itself.
  let queue = Promise.resolve();
  process.on("message", (message: Request & { id: number }) => {
    queue = queue.then(async () => {
      try {
        process.send!({ id: message.id, result: await answer(message) });
      } catch (error) {
        process.send!({ id: message.id, error: (error as Error).message });
      }
    });
  });
  process.on("disconnect", () => void queue.then(() => opened).then((store) => store.close(), () => undefined).finally(() => process.exit()));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) serve(process.argv[2]);
