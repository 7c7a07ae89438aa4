/**
 * Argument validation with the rules the inputs carry (class-validator
 * decorators on `@InputType`/`@ArgsType` fields), as type-graphql's own
 * validation runs them — missing properties skipped, unknown values allowed —
 * but only for argument classes that have a rule. type-graphql's built-in path
 * imports class-validator and walks every argument object of every field on
 * every request, rules or none: for a page of twenty relationships that is
 * dozens of empty validations per request.
 */
import { getMetadataStorage, validate, type ValidatorOptions } from "class-validator";
import { ArgumentValidationError, type ValidatorFn } from "type-graphql";

const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** Per argument class: whether any property carries a rule (nested validation counts). Classes are few and fixed. */
const ruled = new Map<Function, boolean>();

function hasRules(value: object): boolean {
  const target = value.constructor;
  let known = ruled.get(target);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(target, "", true, false).length > 0;
    ruled.set(target, known);
  }
  return known;
}

export const validateArguments: ValidatorFn = (value) => {
  const checked = (Array.isArray(value) ? value : [value]).filter((item): item is object => item !== null && typeof item === "object" && hasRules(item));
  if (!checked.length) return;
  return Promise.all(checked.map((item) => validate(item, OPTIONS))).then((results) => {
    const errors = results.flat();
    if (errors.length) throw new ArgumentValidationError(errors);
  });
};
