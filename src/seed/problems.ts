/** A seed that does not validate: every problem, each naming its file, item and field. */

export interface SeedProblem {
  readonly file: string;
  /** The item's position and id, e.g. `#3 person:dao-hong-lan`, or the statement's. */
  readonly item: string;
  readonly field: string;
  readonly message: string;
}

export class SeedValidationError extends Error {
  constructor(readonly problems: readonly SeedProblem[]) {
    const shown = problems.slice(0, 50).map(formatProblem);
    const more = problems.length > shown.length ? [`… and ${problems.length - shown.length} more`] : [];
    super(`The seed does not validate (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was written:\n${[...shown, ...more].join("\n")}`);
    this.name = "SeedValidationError";
  }
}

export function formatProblem(p: SeedProblem): string {
  return `  ${p.file} ${p.item} ${p.field}: ${p.message}`;
}

/** Collects problems while a check runs, so one pass reports all of them. */
export class ProblemList {
  readonly items: SeedProblem[] = [];

  add(file: string, item: string, field: string, message: string): void {
    this.items.push({ file, item, field, message });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new SeedValidationError(this.items);
  }
}
