/**
 * Curation: trusted curators create and correct the graph. Every mutation
 * needs an API key (KG_API_KEYS), is one store transaction, is recorded with
 * the key's name, and is safe to retry (the same clientMutationId from the
 * same key applies once).
 */
import { createHash, randomUUID } from "node:crypto";
import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLError } from "graphql";
import { entityId, slugify } from "../../domain/ids.js";
import type { IndexedEntity } from "../../domain/records.js";
import { CurationError, type ChangeRecord, type CurationOperation } from "../../store/curation.js";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import { entityFrom, mergedRecord, relationshipFrom } from "../curation/build.js";
import {
  AddAliasInput, AddRelationshipInput, CreateEntityInput, MergeEntitiesInput, RetractRelationshipInput, UpdateEntityInput,
} from "../inputs/curation.inputs.js";
import { PageArgs } from "../inputs/page.args.js";
import { pageFromFetched, positionAfter } from "../pagination.js";
import { viewOf } from "../types/entity.type.js";
import { ChangeConnection, ChangePayload, EntityPayload, RelationshipPayload } from "../types/change.type.js";

export function curator(context: Context): string {
  if (context.actor) return context.actor;
  throw new GraphQLError("Changing the graph needs an API key: send `Authorization: Bearer <key>` with a key from KG_API_KEYS (a server without KG_API_KEYS is read-only)", {
    extensions: { code: "FORBIDDEN" },
  });
}

/** A retried mutation (same key, same clientMutationId) gets the same change id, so the store applies it once. */
function changeId(actor: string, clientMutationId: string | undefined): string {
  if (!clientMutationId) return `change:${randomUUID()}`;
  return `change:${createHash("sha256").update(`${actor}\u0000${clientMutationId}`).digest("hex").slice(0, 32)}`;
}

export async function apply(context: Context, operation: CurationOperation, clientMutationId?: string): Promise<ChangeRecord> {
  const actor = curator(context);
  try {
    return await context.store.curate({ id: changeId(actor, clientMutationId), actor, at: new Date().toISOString(), operation });
  } catch (error) {
    if (error instanceof CurationError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code === "INVALID" ? "BAD_USER_INPUT" : error.code } });
    }
    throw error;
  }
}

async function existing(context: Context, id: string): Promise<IndexedEntity> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(id);
  return entity;
}

async function entityPayload(context: Context, id: string, change: ChangeRecord, clientMutationId?: string): Promise<EntityPayload> {
  const [entity] = await context.store.entitiesById([id]);
  return { clientMutationId, entity: viewOf(entity!), change };
}

@Resolver()
export class CurationResolver {
  @Mutation(() => EntityPayload, { description: "Creates an entity; its id defaults to <kind>:<slug of the name>." })
  async createEntity(@Arg("input", () => CreateEntityInput) input: CreateEntityInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const id = input.id ?? entityId(input.kind, slugify(input.name));
    const entity = await entityFrom(context, { id, kind: input.kind, name: input.name, names: {}, aliases: [], labels: [], attributes: {} }, input);
    const present = await context.loaders.entity.load(id);
    if (present && JSON.stringify(present) !== JSON.stringify(entity)) {
      throw new GraphQLError(`${id} exists already: use updateEntity to change it`, { extensions: { code: "CONFLICT", id } });
    }
    const change = await apply(context, { kind: "upsertEntity", entity }, input.clientMutationId);
    return entityPayload(context, id, change, input.clientMutationId);
  }

  @Mutation(() => EntityPayload, { description: "Changes the name, names, aliases or attributes given; leaves the rest." })
  async updateEntity(@Arg("input", () => UpdateEntityInput) input: UpdateEntityInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const entity = await entityFrom(context, await existing(context, input.id), input);
    const change = await apply(context, { kind: "upsertEntity", entity }, input.clientMutationId);
    return entityPayload(context, entity.id, change, input.clientMutationId);
  }

  @Mutation(() => EntityPayload, { description: "Adds another form of an entity's name; search finds it at once." })
  async addAlias(@Arg("input", () => AddAliasInput) input: AddAliasInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const current = await existing(context, input.id);
    const entity = await entityFrom(context, current, { aliases: [...current.aliases, input.alias.trim()] });
    const change = await apply(context, { kind: "upsertEntity", entity }, input.clientMutationId);
    return entityPayload(context, entity.id, change, input.clientMutationId);
  }

  @Mutation(() => RelationshipPayload, { description: "Adds a relationship with at least one quote from an article in the graph." })
  async addRelationship(@Arg("input", () => AddRelationshipInput) input: AddRelationshipInput, @Ctx() context: Context): Promise<RelationshipPayload> {
    curator(context);
    const { relationship, evidence } = await relationshipFrom(context, input);
    const change = await apply(context, { kind: "addRelationship", relationship, evidence }, input.clientMutationId);
    return { clientMutationId: input.clientMutationId, relationship, change };
  }

  @Mutation(() => ChangePayload, { description: "Takes a relationship out of every answer; it stays in the change record and history." })
  async retractRelationship(@Arg("input", () => RetractRelationshipInput) input: RetractRelationshipInput, @Ctx() context: Context): Promise<ChangePayload> {
    const change = await apply(context, { kind: "retractRelationship", id: input.id, reason: input.reason }, input.clientMutationId);
    return { clientMutationId: input.clientMutationId, change };
  }

  @Mutation(() => EntityPayload, { description: "Merges two entities that are one real-world entity: every relationship and source moves to the survivor, and the merged id keeps resolving to it." })
  async mergeEntities(@Arg("input", () => MergeEntitiesInput) input: MergeEntitiesInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    if (input.survivor === input.merged) throw badInput("survivor and merged must be two different entities");
    const survivor = await existing(context, input.survivor);
    const merged = await existing(context, input.merged);
    // The merged id already resolves to the survivor: merged before, nothing left to move.
    const record = merged.id === survivor.id ? survivor : mergedRecord(survivor, merged);
    const change = await apply(context, { kind: "mergeEntities", survivor: record, merged: input.merged }, input.clientMutationId);
    return entityPayload(context, survivor.id, change, input.clientMutationId);
  }

  @Query(() => ChangeConnection, { description: "The change record, newest first; only one entity's or relationship's when `subject` is given." })
  async changes(@Args(() => PageArgs) page: PageArgs, @Arg("subject", () => String, { nullable: true }) subject: string | null, @Ctx() context: Context): Promise<ChangeConnection> {
    const offset = positionAfter(page.after);
    const records = await context.store.changes({ subject: subject ?? undefined, limit: page.first + 1, offset });
    const { edges, pageInfo } = pageFromFetched(records, page.first, offset);
    return { edges: edges.map(({ cursor, item }) => ({ cursor, node: item })), pageInfo };
  }
}
