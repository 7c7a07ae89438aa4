/**
 * Curation: trusted curators create and correct the graph. Every mutation
 * needs an API key (KG_API_KEYS), states what the curator asked for (the
 * store reads what it builds on inside the change's own transaction), is
 * recorded with the key's name, and is safe to retry: the same
 * clientMutationId from the same key applies once, and reused for another
 * request it is refused.
 */
import { createHash, randomUUID } from "node:crypto";
import { Arg, Args, Ctx, Info, Mutation, Query, Resolver } from "type-graphql";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { entityId, slugify } from "../../domain/ids.js";
import type { IndexedEntity } from "../../domain/records.js";
import { ChangeIdReusedError, CurationError, type ChangeRecord, type CurationOperation } from "../../store/curation.js";
import type { Context } from "../context.js";
import { badInput, notFound } from "../errors.js";
import { newEntity, patchFrom, relationshipFrom, storedName } from "../curation/build.js";
import {
  AddAliasInput, AddRelationshipInput, CreateEntityInput, MergeEntitiesInput, RetractRelationshipInput, UpdateEntityInput,
} from "../inputs/curation.inputs.js";
import { ConnectionArgs } from "../inputs/page.args.js";
import { countedConnection } from "./countedConnection.js";
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
    if (error instanceof ChangeIdReusedError && clientMutationId) {
      const { action, subject } = error.recorded;
      throw new GraphQLError(`clientMutationId "${clientMutationId}" was already used for ${action} of ${subject}: give each change its own clientMutationId`, {
        extensions: { code: "CONFLICT" },
      });
    }
    if (error instanceof CurationError) {
      throw new GraphQLError(error.message, { extensions: { code: error.code === "INVALID" ? "BAD_USER_INPUT" : error.code } });
    }
    throw error;
  }
}

async function entityPayload(context: Context, id: string, change: ChangeRecord, clientMutationId?: string): Promise<EntityPayload> {
  const [entity] = await context.store.entitiesById([id]);
  if (!entity) throw notFound(id);
  return { clientMutationId, entity: viewOf(entity), change };
}

/** The kind of an entity, to check the attributes a change gives it; the change itself reads the entity anew. */
async function kindOf(context: Context, id: string): Promise<IndexedEntity["kind"]> {
  const entity = await context.loaders.entity.load(id);
  if (!entity) throw notFound(id);
  return entity.kind;
}

@Resolver()
export class CurationResolver {
  @Mutation(() => EntityPayload, { description: "Creates an entity; its id defaults to <kind>:<slug of the name>. An entity with that id and other content is a CONFLICT." })
  async createEntity(@Arg("input", () => CreateEntityInput) input: CreateEntityInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const name = storedName(input.name, "name");
    const id = input.id ?? entityId(input.kind, slugify(name));
    const entity = await newEntity(context, id, input.kind, { ...input, name });
    const change = await apply(context, { kind: "createEntity", entity }, input.clientMutationId);
    return entityPayload(context, id, change, input.clientMutationId);
  }

  @Mutation(() => EntityPayload, { description: "Changes the name, names, aliases or attributes given; leaves the rest as they are when the change applies." })
  async updateEntity(@Arg("input", () => UpdateEntityInput) input: UpdateEntityInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const patch = await patchFrom(context, await kindOf(context, input.id), input);
    const change = await apply(context, { kind: "updateEntity", id: input.id, patch }, input.clientMutationId);
    return entityPayload(context, input.id, change, input.clientMutationId);
  }

  @Mutation(() => EntityPayload, { description: "Adds another form of an entity's name; search finds it at once." })
  async addAlias(@Arg("input", () => AddAliasInput) input: AddAliasInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    const change = await apply(context, { kind: "addAlias", id: input.id, alias: storedName(input.alias, "alias") }, input.clientMutationId);
    return entityPayload(context, input.id, change, input.clientMutationId);
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

  @Mutation(() => EntityPayload, { description: "Merges two entities that are one real-world entity: every relationship and source moves to the survivor, and the merged id keeps resolving to it. A merge is made once: merging again, or the other way round, is a CONFLICT." })
  async mergeEntities(@Arg("input", () => MergeEntitiesInput) input: MergeEntitiesInput, @Ctx() context: Context): Promise<EntityPayload> {
    curator(context);
    if (input.survivor === input.merged) throw badInput("survivor and merged must be two different entities");
    const change = await apply(context, { kind: "mergeEntities", survivor: input.survivor, merged: input.merged }, input.clientMutationId);
    return entityPayload(context, input.survivor, change, input.clientMutationId);
  }

  @Query(() => ChangeConnection, { description: "The change record, newest first; when `subject` is given, only the changes about that entity, relationship, proposal, candidate or article (a merge under both its ids, an accepted finding under the finding's id and the fact's)." })
  changes(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg("subject", () => String, { nullable: true }) subject: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ChangeConnection> {
    const filter = { subject: subject ?? undefined };
    return countedConnection(page, info, {
      page: (offset, limit) => context.store.changes({ ...filter, limit, offset }),
      count: () => context.store.changeCount(filter),
    });
  }
}
