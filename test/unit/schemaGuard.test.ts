/**
 * A type-graphql middleware would be skipped by the schema's plain fields
 * (schema.ts), so the schema refuses to build with one rather than skip it.
 */
import "reflect-metadata";
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Field, ObjectType, UseMiddleware } from "type-graphql";
import { graphSchema } from "../../src/graphql/schema.js";

/** Declared for its decorators, which register the middleware as the module loads. */
@ObjectType()
export class Audited {
  @Field()
  @UseMiddleware(async (_action, next) => next())
  note!: string;
}

describe("a schema with a middleware", () => {
  it("is refused, naming why, instead of built with the middleware skipped", async () => {
    await assert.rejects(graphSchema(), /plain fields skip type-graphql's middlewares/);
  });
});
