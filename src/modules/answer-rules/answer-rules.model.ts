import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { CreateAnswerRuleDto, UpdateAnswerRuleDto } from './answer-rules.dto.js';
import type { RuleAction, RuleCondition } from './rule-engine.js';

const CONDITION_DOC =
  'Condition (REST RuleConditionDto): channels, locales, intents, articles, apiKeys, from, until, hours, timeZone, pattern';
const ACTION_DOC = 'Action (REST RuleActionDto): pin, boost, bury, handoff (after | instead), variant, threshold';

@ObjectType('AnswerRule', { description: 'Levels apply in ascending order; within one, the first rule that matches' })
export class AnswerRuleModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) level: number;
  @Field(() => Int) position: number;
  @Field() enabled: boolean;
  @Field(() => GraphQLJSONObject, { description: CONDITION_DOC }) condition: RuleCondition;
  @Field(() => GraphQLJSONObject, { description: ACTION_DOC }) action: RuleAction;
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
  @Field() updatedBy: string;
}

@ObjectType('AnswerRuleVersion')
export class AnswerRuleVersionModel {
  @Field(() => ID) ruleId: string;
  @Field(() => Int) version: number;
  @Field() name: string;
  @Field(() => Int) level: number;
  @Field(() => Int) position: number;
  @Field() enabled: boolean;
  @Field(() => GraphQLJSONObject) condition: RuleCondition;
  @Field(() => GraphQLJSONObject) action: RuleAction;
  @Field() note: string;
  @Field() author: string;
  @Field() at: Date;
}

@InputType()
export class CreateAnswerRuleInput extends CreateAnswerRuleDto {
  @Field() name: string;
  @Field(() => Int, { nullable: true }) level?: number;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field({ nullable: true }) enabled?: boolean;
  @Field(() => GraphQLJSONObject, { description: CONDITION_DOC }) condition: CreateAnswerRuleDto['condition'];
  @Field(() => GraphQLJSONObject, { description: ACTION_DOC }) action: CreateAnswerRuleDto['action'];
  @Field({ nullable: true }) note?: string;
}

@InputType()
export class UpdateAnswerRuleInput extends UpdateAnswerRuleDto {
  @Field({ nullable: true }) name?: string;
  @Field(() => Int, { nullable: true }) level?: number;
  @Field(() => Int, { nullable: true }) position?: number;
  @Field({ nullable: true }) enabled?: boolean;
  @Field(() => GraphQLJSONObject, { nullable: true }) condition?: UpdateAnswerRuleDto['condition'];
  @Field(() => GraphQLJSONObject, { nullable: true }) action?: UpdateAnswerRuleDto['action'];
  @Field({ nullable: true }) note?: string;
  @Field(() => Int, { description: 'The version edited: a stale one is a CONFLICT' }) declare version?: number;
}
