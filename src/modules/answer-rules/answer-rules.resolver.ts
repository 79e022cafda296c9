import { ParseUUIDPipe, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AnswerRuleModel,
  AnswerRuleVersionModel,
  CreateAnswerRuleInput,
  UpdateAnswerRuleInput,
} from './answer-rules.model.js';
import { AnswerRulesService } from './answer-rules.service.js';

const RuleId = () => Args('id', { type: () => ID }, new ParseUUIDPipe());

/** Answer rules over GraphQL: the same service calls and role as AnswerRulesController. */
@Resolver(() => AnswerRuleModel)
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class AnswerRulesResolver {
  constructor(private readonly rules: AnswerRulesService) {}

  @Query(() => [AnswerRuleModel], { description: 'Every answer rule, in the order tried: level, then position' })
  answerRules() {
    return this.rules.list();
  }

  @Query(() => [AnswerRuleVersionModel], { description: "An answer rule's versions, latest first" })
  answerRuleVersions(@RuleId() id: string) {
    return this.rules.history(id);
  }

  @Mutation(() => AnswerRuleModel)
  createAnswerRule(@Args('input') input: CreateAnswerRuleInput, @CurrentPrincipal() by: Principal) {
    return this.rules.create(input, by);
  }

  @Mutation(() => AnswerRuleModel, { description: 'A new version of the rule; CONFLICT when `version` is stale' })
  updateAnswerRule(
    @RuleId() id: string,
    @Args('input') input: UpdateAnswerRuleInput,
    @CurrentPrincipal() by: Principal,
  ) {
    const { version, ...fields } = input;
    return this.rules.update(id, fields, version, by);
  }
}
