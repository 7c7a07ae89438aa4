/**
 * One object type per node kind, each an Entity with its own attributes. Their
 * relationship fields live on each kind's resolver (resolvers/kinds.resolver.ts).
 */
import { Field, ObjectType } from "type-graphql";
import {
  AgreementCategory, DrugCategory, EventCategory, OrganizationCategory, ResolutionCategory, TechnologyCategory,
} from "../../domain/ontology.js";
import { Entity, Node } from "./entity.type.js";
import { PartialDateValue } from "./partialDate.type.js";

const implementsEntity = { implements: [Node, Entity] };

@ObjectType({ ...implementsEntity, description: "A named person." })
export class Person extends Entity {}

@ObjectType({ ...implementsEntity, description: "A ministry, department, company, fund, hospital, university, party or state body." })
export class Organization extends Entity {
  @Field(() => OrganizationCategory, { nullable: true }) category?: OrganizationCategory;
}

@ObjectType({ ...implementsEntity, description: "A country." })
export class Country extends Entity {
  @Field({ nullable: true, description: "ISO 3166-1 alpha-2 code." }) iso?: string;
}

@ObjectType({ ...implementsEntity, description: "A drug, biologic, vaccine, hormone or device." })
export class Drug extends Entity {
  @Field(() => DrugCategory, { nullable: true }) category?: DrugCategory;
}

@ObjectType({ ...implementsEntity, description: "A technology, e.g. a production process or a therapy." })
export class Technology extends Entity {
  @Field(() => TechnologyCategory, { nullable: true }) category?: TechnologyCategory;
}

@ObjectType({ ...implementsEntity, description: "A disease or condition." })
export class Disease extends Entity {}

@ObjectType({ ...implementsEntity, description: "A resolution, decision, plan or strategy." })
export class Resolution extends Entity {
  @Field(() => ResolutionCategory, { nullable: true }) category?: ResolutionCategory;
  @Field({ nullable: true, description: "Its number as written, e.g. 57-NQ/TW." }) number?: string;
  @Field(() => PartialDateValue, { nullable: true, description: "When it was issued." }) date?: PartialDateValue;
}

@ObjectType({ ...implementsEntity, description: "An agreement; a transfer with no formal agreement is one of category TRANSFER." })
export class Agreement extends Entity {
  @Field(() => AgreementCategory, { nullable: true }) category?: AgreementCategory;
  @Field(() => PartialDateValue, { nullable: true, description: "When it was signed." }) date?: PartialDateValue;
}

@ObjectType({ ...implementsEntity, description: "A signing, conference, workshop, meeting, visit or groundbreaking." })
export class Event extends Entity {
  @Field(() => EventCategory, { nullable: true }) category?: EventCategory;
  @Field(() => PartialDateValue, { nullable: true }) date?: PartialDateValue;
  @Field(() => PartialDateValue, { nullable: true }) endDate?: PartialDateValue;
  @Field({ nullable: true, description: "Where, as the article writes it." }) location?: string;
}

@ObjectType({ ...implementsEntity, description: "A source article." })
export class Article extends Entity {
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) url?: string;
  @Field({ nullable: true }) publisher?: string;
  @Field({ nullable: true }) author?: string;
  @Field({ description: "Language code of the article." }) language!: string;
  @Field(() => PartialDateValue, { nullable: true, description: "Publication date, as far as the article states it." })
  published?: PartialDateValue;
  @Field({ description: "The full text, as received." }) text!: string;
}

export const ENTITY_TYPES = [Person, Organization, Country, Drug, Technology, Disease, Resolution, Agreement, Event, Article];
