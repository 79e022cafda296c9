import { UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { pageComplexity } from '../../graphql/complexity.js';
import { dropNulls, NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { GapDraftInput, GapDraftModel, GapTopicPage, GapTopicsArgs } from './gap-topics.model.js';
import { GapTopicsService } from './gap-topics.service.js';

/** Gap topics over GraphQL: the same service calls and role as GapTopicsController. */
@Resolver()
@MinRole('editor')
@UsePipes(NullAsAbsentPipe)
export class GapTopicsResolver {
  constructor(private readonly gaps: GapTopicsService) {}

  @Query(() => GapTopicPage, {
    complexity: pageComplexity(50),
    description: 'Unanswered questions, zero-result searches and unhelpful answers grouped into topics, by impact',
  })
  gapTopics(@Args() args: GapTopicsArgs) {
    return this.gaps.list(args);
  }

  @Mutation(() => GapDraftModel, {
    description: 'A draft for review from a topic: its questions on the nearest article, or a new article',
  })
  draftFromGapTopic(
    @Args('topicId', { type: () => ID }) topicId: string,
    @Args('input', { type: () => GapDraftInput, nullable: true }) input: GapDraftInput | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    return this.gaps.draft(topicId, dropNulls({ ...(input ?? {}) }), by);
  }
}
