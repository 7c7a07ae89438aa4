/**
 * The `kg` command line, declared with commander: every command has its own
 * `--help`, unknown options and extra arguments are refused, and each action
 * imports its implementation only when it runs, so `kg --help` loads nothing
 * but this file.
 */
import { Command, InvalidArgumentError, Option } from "commander";

/** What each action hands back: the process exit code. */
type Action = () => Promise<number>;

const STORE_NOTE = `
The store is Neo4j when NEO4J_URI is set (with NEO4J_USERNAME, NEO4J_PASSWORD,
NEO4J_DATABASE), otherwise the embedded store in KG_DATA_DIR (default .kg/data).
Settings come from the environment and from .env in the current folder; the
environment wins. Exit codes: 0 done, 1 unexpected failure, 2 usage, 3 Neo4j not
running (status), 4 bad input, 5 bad configuration, 6 store unavailable,
7 cannot listen, 8 missing prerequisite.`;

function integer(min: number, max = Number.MAX_SAFE_INTEGER): (text: string) => number {
  return (text) => {
    const value = Number(text);
    if (!/^\d+$/.test(text) || value < min || value > max) throw new InvalidArgumentError(`give a whole number from ${min} to ${max}`);
    return value;
  };
}

/**
 * Builds a fresh program for one run (tests call it in-process). `run` receives
 * each chosen action; the program never exits the process itself.
 */
export function buildProgram(run: (action: Action) => void): Command {
  const program = new Command("kg")
    .description("The health cooperation knowledge graph: load, serve, ingest, export.")
    .option("--debug", "print the stack trace of an unexpected failure (or set DEBUG)")
    .addHelpText("after", STORE_NOTE)
    .showSuggestionAfterError(true)
    // Errors are written by main() in one line; subcommands inherit both settings when they are created.
    .configureOutput({ outputError: () => undefined })
    .exitOverride();

  program.command("serve")
    .description("serve the GraphQL API, IDE, explorer and /metrics (what npm start runs)")
    .option("--port <n>", "port to listen on, 0 for a free one (wins over PORT; default 4000)", integer(0, 65535))
    .option("--host <address>", "address to listen on (wins over HOST; default 127.0.0.1)")
    .action((options: { port?: number; host?: string }) => run(async () => (await import("../server/main.js")).serve(options)));

  program.command("load")
    .description("validate a seed folder and load it into the store (loading it again changes nothing)")
    .option("--seed <dir>", "seed folder laid out like seed/", undefined)
    .action((options: { seed?: string }) => run(async () => (await import("./commands/graph.js")).load(options.seed)));

  program.command("stats")
    .description("count nodes per kind and relationships per type")
    .option("--json", "one flat JSON object keyed by the ontology's names")
    .action((options: { json?: boolean }) => run(async () => (await import("./commands/graph.js")).stats(Boolean(options.json))));

  program.command("schema")
    .description("print the GraphQL schema (SDL), as in schema.graphql")
    .action(() => run(async () => (await import("./commands/graph.js")).schema()));

  program.command("ingest")
    .description("read articles into the store: link mentions, propose relationships and candidate entities for review")
    .argument("<paths...>", "articles as plain UTF-8 text: files, or folders whose .txt files are read in name order")
    .option("--url <url>", "where the article was published (one article only)")
    .option("--publisher <name>", "who published it")
    .addOption(new Option("--language <code>", "its language (detected when not given)").choices(["vi", "en", "id", "no"]))
    .option("--published <date>", "publication date, e.g. 2025-09-13")
    .option("--title <title>", "title (one article only; its headline otherwise)")
    .option("--author <name>", "author")
    .option("--json", "print the findings as JSON (an array for several articles)")
    .addHelpText("after", `
Beside NAME.txt, a NAME.json may give the article's url, title, publisher,
published, language and author (other keys are not read, so eval/articles/
ingests as it is); an option given here wins over it, for every article.
Several articles go in one after another, each as \`kg ingest FILE\` alone would
put it, under one progress bar; then a line per article (its proposals,
candidates and mentions; an article whose URL the graph knew is read again,
not added, and says so) and a total.
A file that cannot be read, or an article refused, is a one-line error and
the others still go in; the exit code is then 4.`)
    .action((paths: string[], options: Record<string, string | boolean | undefined>) =>
      run(async () => (await import("./commands/ingest.js")).ingest(paths, options)));

  program.command("export")
    .description("export a neighbourhood (--id), the paths between two entities (--from, --to) or the whole graph (ftm: FollowTheMoney)")
    .addOption(new Option("--format <format>", "file format").choices(["graphml", "gexf", "cytoscape", "csv", "ftm", "ftm-statements"]).makeOptionMandatory())
    .requiredOption("--out <path>", "file to write (a folder for csv)")
    .option("--id <id>", "centre of a neighbourhood")
    .option("--depth <n>", "hops around --id, 1 to 3 (default 1)")
    .option("--limit <n>", "most nodes of a neighbourhood, up to 1000 (default 100)")
    .option("--from <id>", "one end of the paths")
    .option("--to <id>", "the other end")
    .option("--max-length <n>", "longest path, up to 10 (default 6)")
    .option("--paths <n>", "most paths, up to 50 (default 5)")
    .option("--types <list>", "relationship types to follow, comma separated (e.g. SIGNED,WITNESSED)")
    .action((options: Record<string, string | undefined>) => run(async () => (await import("./commands/export.js")).exportGraph(options)));

  program.command("generate")
    .description("write a synthetic graph as CSV for bulk import (Kùzu COPY and neo4j-admin)")
    .requiredOption("--entities <n>", "number of entities, at least 100", integer(100))
    .option("--seed <n>", "random seed: the same seed writes the same graph", integer(0), 1)
    .requiredOption("--out <dir>", "folder to write")
    .action((options: { entities: number; seed: number; out: string }) => run(async () => (await import("./commands/bulk.js")).generate(options)));

  program.command("import")
    .description("bulk-load a folder written by `kg generate` into the store (Kùzu: an empty one)")
    .argument("<dir>", "folder written by kg generate")
    .action((dir: string) => run(async () => (await import("./commands/bulk.js")).importFolder(dir)));

  const neo4j = program.command("neo4j").description("run a local Neo4j 5.26 for this project (needs Java 17 and Maven)");
  neo4j.command("start")
    .description("start it (or reuse the one running) and print export NEO4J_…= lines for eval")
    .action(() => run(async () => (await import("../localNeo4j/index.js")).startCommand()));
  neo4j.command("stop")
    .description("stop it cleanly")
    .action(() => run(async () => (await import("../localNeo4j/index.js")).stopCommand()));
  neo4j.command("status")
    .description("say whether it runs, its port and version (exit 3 when it does not run)")
    .action(() => run(async () => (await import("../localNeo4j/index.js")).statusCommand()));
  neo4j.command("import")
    .description("fill the local Neo4j, which must be empty, from a generated folder with neo4j-admin, then build its indexes")
    .argument("<dir>", "folder written by kg generate")
    .action((dir: string) => run(async () => (await import("./commands/bulk.js")).neo4jImport(dir)));

  return program;
}
