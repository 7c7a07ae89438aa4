/**
 * The shape of the seed files, as class-validator rules. Rules that need the
 * whole dataset (references, kinds, quotes) live in validate.ts.
 */
import "reflect-metadata";
import { Type } from "class-transformer";
import {
  ArrayMinSize, IsArray, IsEnum, IsNotEmpty, IsObject, IsOptional, IsString, Matches,
  registerDecorator, ValidateNested, type ValidationOptions,
} from "class-validator";
import { RelationshipType } from "../domain/ontology.js";
import { parsePartialDate } from "../domain/dates.js";
import { kindOfId } from "../domain/ids.js";

function IsEntityId(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "isEntityId",
      target: target.constructor,
      propertyName,
      options: { message: "$property must be an id of the form <kind>:<slug>, e.g. person:dao-hong-lan (got $value)", ...options },
      validator: { validate: (value: unknown) => typeof value === "string" && kindOfId(value) !== null },
    });
}

export function IsPartialDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: "isPartialDate",
      target: target.constructor,
      propertyName,
      options: { message: "$property must be a real partial date: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD (got $value)", ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== "string") return false;
          try {
            parsePartialDate(value);
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

const LANGUAGE = /^[a-z]{2,3}$/;

export class EntityItem {
  @IsEntityId() id!: string;
  @IsString() @IsNotEmpty() name!: string;
  /** The name as an article of each language writes it (checked against the articles' text). */
  @IsOptional() @IsObject() names: Record<string, string> = {};
  /** Glosses: the name put into a language no article writes it in. */
  @IsOptional() @IsObject() translations: Record<string, string> = {};
  @IsOptional() @IsArray() @IsString({ each: true }) @IsNotEmpty({ each: true }) aliases: string[] = [];
  @IsOptional() @IsObject() attributes: Record<string, unknown> = {};
}

export class EvidenceItem {
  @IsString() @IsNotEmpty() quote!: string;
  @IsOptional() @IsString() gloss?: string;
}

export class StatementItem {
  @IsEnum(RelationshipType, { message: "type must be one of the ontology's relationship types ($value is not)" })
  type!: RelationshipType;
  @IsEntityId() from!: string;
  @IsEntityId() to!: string;
  @IsOptional() @IsObject() properties: Record<string, unknown> = {};
  @IsArray() @ArrayMinSize(1, { message: "evidence must hold at least one quote from the article" })
  @ValidateNested({ each: true }) @Type(() => EvidenceItem)
  evidence!: EvidenceItem[];
}

export class AttributeEvidenceItem extends EvidenceItem {
  @IsEntityId() entity!: string;
}

export class ArticleFile {
  @IsEntityId() @Matches(/^article:/, { message: "id must start with article:" }) id!: string;
  @IsString() @IsNotEmpty() file!: string;
  @IsOptional() @IsString() title?: string;
  @IsOptional() @IsString() url?: string;
  @IsOptional() @IsString() publisher?: string;
  @IsOptional() @IsString() author?: string;
  @Matches(LANGUAGE, { message: "language must be a language code such as vi, en, id, no" }) language!: string;
  @IsOptional() @IsPartialDate() published?: string;
  /** When the article's year is not written with its date (e.g. read from its URL): from what, in words. */
  @IsOptional() @IsString() @IsNotEmpty() yearBasis?: string;
  @IsArray() @ValidateNested({ each: true }) @Type(() => StatementItem) statements!: StatementItem[];
  @IsOptional() @IsArray() @ValidateNested({ each: true }) @Type(() => AttributeEvidenceItem)
  attributeEvidence: AttributeEvidenceItem[] = [];
}
