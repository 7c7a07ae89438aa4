#!/usr/bin/env node
import { loadDotEnv, main } from "../dist/src/cli.js";

loadDotEnv();
process.exitCode = await main(process.argv.slice(2));
