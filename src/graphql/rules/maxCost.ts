/**
 * Limits the estimated cost of an operation, computed from the document alone
 * before anything runs. Depth and alias limits miss wide documents such as
 * `search(first: 1000) { … friends(first: 1000) { … } }`, whose cost is the
 * product of the list sizes it asks for.
 *
 * Every field costs 1, times the number of items its parent list may return:
 * cost(field) = 1 + listSize(field) × cost(its selections). A field's list size
 * is its `last` argument when given (a connection then ignores `first`), else
 * its `first`/`limit` argument (a literal, or a variable: the request's value,
 * else the variable's default in the operation, else the argument's default in
 * the schema), else the length of the list it is given to look up (`ids`),
 * else `defaultListSize` (10) when it takes such an argument or returns a
 * list, else 1. A list directly inside a connection — a field that
 * takes `first`/`limit` but returns an object, like `search { edges }` — has
 * size 1, because the connection's size already counts its items.
 *
 * Validation rules never see the request's variables, so `estimateCost` is the
 * primary export, for a server plugin to call with them; `maxCostRule` is the
 * validation-rule form, which falls back to variable and argument defaults.
 */
import {
  getNamedType, getNullableType, getOperationAST, isInterfaceType, isListType, isObjectType, Kind,
  SchemaMetaFieldDef, TypeMetaFieldDef, valueFromASTUntyped,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLSchema, type OperationDefinitionNode, type SelectionNode, type SelectionSetNode, type ValidationRule,
} from "graphql";
import { fragmentMemo, type FragmentMemo } from "./fragmentMemo.js";
import { describeOperation, limitError } from "./limitError.js";

export interface CostOptions {
  /** Items assumed for a list whose size the document does not say. Default 10. */
  defaultListSize?: number;
}

const SIZE_ARGUMENTS = ["first", "limit"];
/** Arguments listing what a field looks up: it returns (and reads) one item per entry. */
const LOOKUP_ARGUMENTS = ["ids"];

type FieldDefinition = GraphQLField<unknown, unknown>;

interface CostWalk {
  schema: GraphQLSchema;
  fragment: (name: string) => FragmentDefinitionNode | undefined;
  variables: Record<string, unknown>;
  defaultListSize: number;
  memo: FragmentMemo<number>;
}

/**
 * The estimated cost of the operation `operationName` selects (or of the
 * costliest operation when that selects none), with `variables` resolved.
 */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
  options: CostOptions = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const selected = getOperationAST(document, operationName);
  const costs = (selected ? [selected] : operations).map((operation) =>
    operationCost(schema, operation, (name) => fragments.get(name), variables, options));
  return Math.max(0, ...costs);
}

export function maxCostRule(maxCost: number, options: CostOptions = {}): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context.getSchema(), operation, (name) => context.getFragment(name) ?? undefined, {}, options);
      if (cost > maxCost) {
        context.reportError(limitError(
          `${describeOperation(operation)} has an estimated cost of ${cost}; the maximum is ${maxCost}. ` +
            "Ask for fewer items (a smaller first/limit) or fewer nested lists.",
          "QUERY_TOO_COSTLY", maxCost, cost, operation,
        ));
      }
      return false;
    },
  });
}

function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragment: CostWalk["fragment"],
  variables: Record<string, unknown>,
  options: CostOptions,
): number {
  const walk: CostWalk = {
    schema,
    fragment,
    variables: { ...variableDefaults(operation), ...variables },
    defaultListSize: options.defaultListSize ?? 10,
    memo: fragmentMemo(0),
  };
  return selectionSetCost(walk, operation.selectionSet, schema.getRootType(operation.operation) ?? undefined, false);
}

function variableDefaults(operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries((operation.variableDefinitions ?? [])
    .filter((definition) => definition.defaultValue)
    .map((definition) => [definition.variable.name.value, valueFromASTUntyped(definition.defaultValue!)]));
}

function selectionSetCost(walk: CostWalk, selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, inConnection: boolean): number {
  return selectionSet.selections.reduce((sum, selection) => sum + selectionCost(walk, selection, type, inConnection), 0);
}

function selectionCost(walk: CostWalk, selection: SelectionNode, type: GraphQLNamedType | undefined, inConnection: boolean): number {
  switch (selection.kind) {
    case Kind.FIELD:
      return fieldCost(walk, selection, fieldDefinition(walk.schema, type, selection.name.value), inConnection);
    case Kind.INLINE_FRAGMENT: {
      const condition = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : type;
      return selectionSetCost(walk, selection.selectionSet, condition, inConnection);
    }
    case Kind.FRAGMENT_SPREAD: {
      const fragment = walk.fragment(selection.name.value);
      return walk.memo(`${selection.name.value} ${inConnection}`, () => (fragment
        ? selectionSetCost(walk, fragment.selectionSet, walk.schema.getType(fragment.typeCondition.name.value), inConnection)
        : 0));
    }
  }
}

function fieldCost(walk: CostWalk, field: FieldNode, definition: FieldDefinition | undefined, inConnection: boolean): number {
  if (!field.selectionSet) return 1;
  const sizeArgument = sizeArgumentName(field, definition);
  const returnsList = definition !== undefined && isListType(getNullableType(definition.type));
  const size = givenLast(walk, field)
    ?? (sizeArgument ? requestedSize(walk, field, definition, sizeArgument) : lookupSize(walk, field) ?? (returnsList && !inConnection ? walk.defaultListSize : 1));
  const childType = definition && getNamedType(definition.type);
  return 1 + size * selectionSetCost(walk, field.selectionSet, childType, sizeArgument !== undefined && !returnsList);
}

function fieldDefinition(schema: GraphQLSchema, type: GraphQLNamedType | undefined, name: string): FieldDefinition | undefined {
  if (type === schema.getQueryType() && name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
  if (type === schema.getQueryType() && name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

/** `first` or `limit`, whichever the field is given or defines. */
function sizeArgumentName(field: FieldNode, definition: FieldDefinition | undefined): string | undefined {
  return SIZE_ARGUMENTS.find((name) =>
    field.arguments?.some((argument) => argument.name.value === name) || definition?.args.some((argument) => argument.name === name));
}

function requestedSize(walk: CostWalk, field: FieldNode, definition: FieldDefinition | undefined, name: string): number {
  const given = field.arguments?.find((argument) => argument.name.value === name);
  const schemaDefault = definition?.args.find((argument) => argument.name === name)?.defaultValue;
  return asSize(given && valueFromASTUntyped(given.value, walk.variables)) ?? asSize(schemaDefault) ?? walk.defaultListSize;
}

/** `last`, when the field is given a value for it: a connection then cuts its page by it, not by `first`. */
function givenLast(walk: CostWalk, field: FieldNode): number | undefined {
  const given = field.arguments?.find((argument) => argument.name.value === "last");
  return asSize(given && valueFromASTUntyped(given.value, walk.variables));
}

/** How many entries the field's lookup list holds, when it is given one. */
function lookupSize(walk: CostWalk, field: FieldNode): number | undefined {
  const given = field.arguments?.find((argument) => LOOKUP_ARGUMENTS.includes(argument.name.value));
  const value = given && valueFromASTUntyped(given.value, walk.variables);
  if (value === undefined || value === null) return undefined;
  // A single value where a list is expected is coerced to a list of one.
  return Array.isArray(value) ? value.length : 1;
}

function asSize(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : undefined;
}
