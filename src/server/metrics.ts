/**
 * /metrics in Prometheus' text format (prom-client): GraphQL requests by
 * operation and status with their latency, store calls and the time they take,
 * round trips per request, errors by code, and Node's process metrics. One
 * registry per app, so several apps in one process (tests) do not collide.
 */
import type { ServerResponse } from "node:http";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";
import type { GraphStore } from "../store/port.js";
import type { RequestScope } from "../store/requestScope.js";

/** Operation names come from clients: the first ones seen are labels, later ones count as "other". */
const MAX_OPERATION_NAMES = 100;
/** The port's methods that are not one store call each. */
const NOT_STORE_CALLS = new Set(["close"]);

export interface RequestObservation {
  readonly operationName: string | null;
  readonly status: number;
  readonly seconds: number;
  readonly roundTrips: number;
}

export class Metrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();
  private readonly requests = new Counter({ name: "kg_graphql_requests_total", help: "GraphQL requests by operation name and HTTP status", labelNames: ["operation", "status"], registers: [this.registry] });
  private readonly latency = new Histogram({
    name: "kg_graphql_request_duration_seconds", help: "Time from the request's arrival to its answer, by operation name", labelNames: ["operation"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15], registers: [this.registry],
  });
  private readonly roundTrips = new Histogram({
    name: "kg_graphql_store_round_trips", help: "Store calls one GraphQL request made", labelNames: ["operation"],
    buckets: [0, 1, 2, 3, 5, 10, 20, 50], registers: [this.registry],
  });
  private readonly storeCalls = new Histogram({
    name: "kg_store_call_duration_seconds", help: "Time of one store call (a Cypher statement or a few), by port method; _count is the number of calls",
    labelNames: ["method"], buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5], registers: [this.registry],
  });
  private readonly errors = new Counter({ name: "kg_graphql_errors_total", help: "Errors sent to clients, by extensions.code", labelNames: ["code"], registers: [this.registry] });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  observeRequest(observed: RequestObservation): void {
    const operation = this.operationLabel(observed.operationName);
    this.requests.inc({ operation, status: String(observed.status) });
    this.latency.observe({ operation }, observed.seconds);
    this.roundTrips.observe({ operation }, observed.roundTrips);
  }

  countError(code: string): void {
    this.errors.inc({ code });
  }

  /** The store, each call timed. */
  timed(store: GraphStore): GraphStore {
    const histogram = this.storeCalls;
    const timed = (view: GraphStore) => this.timed(view);
    return new Proxy(store, {
      get(target, property, receiver) {
        // A request's view of the store is timed as the store is.
        if (property === "within") return (scope: RequestScope) => timed(target.within(scope));
        const value = Reflect.get(target, property, receiver);
        if (typeof value !== "function" || typeof property !== "string" || NOT_STORE_CALLS.has(property)) return value;
        return (...args: unknown[]) => {
          const end = histogram.startTimer({ method: property });
          const result = value.apply(target, args);
          return result instanceof Promise ? result.finally(() => end()) : (end(), result);
        };
      },
    });
  }

  async send(response: ServerResponse): Promise<void> {
    const text = await this.registry.metrics();
    response.writeHead(200, { "content-type": this.registry.contentType });
    response.end(text);
  }

  private operationLabel(name: string | null): string {
    if (!name) return "anonymous";
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES || !/^[_A-Za-z]\w{0,63}$/.test(name)) return "other";
    this.operations.add(name);
    return name;
  }
}
