import { ParseUUIDPipe, UsePipes } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { pageComplexity } from '../../graphql/complexity.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AmendDraftInput,
  ApproveDraftInput,
  DecisionInput,
  DraftDetailModel,
  DraftPage,
  DraftsArgs,
  RebaseDraftInput,
  RebasedDraftModel,
  SubmitDraftInput,
  WithdrawDraftInput,
} from './drafts.model.js';
import { DraftsService } from './drafts.service.js';

/** The draft id argument: a uuid, as on the REST routes. */
const DraftId = () => Args('id', { type: () => ID }, new ParseUUIDPipe());

/**
 * Agents' drafts over GraphQL: the same service calls and roles as DraftsController (agents see their own drafts only).
 */
@Resolver(() => DraftDetailModel)
@MinRole('agent')
@UsePipes(NullAsAbsentPipe)
export class DraftsResolver {
  constructor(private readonly service: DraftsService) {}

  @Query(() => DraftPage, {
    complexity: pageComplexity(50),
    description: 'Oldest first: the review queue for editors, their own drafts for agents',
  })
  drafts(@Args() args: DraftsArgs, @CurrentPrincipal() by: Principal) {
    return this.service.list(args, by);
  }

  @Query(() => DraftDetailModel, {
    description: 'A draft, its base revision, what approving it would change, and its history',
  })
  draft(@DraftId() id: string, @CurrentPrincipal() by: Principal) {
    return this.service.get(id, by);
  }

  @Mutation(() => DraftDetailModel, {
    description: 'Proposes a change to an article (based on `baseRevision`) or a new article',
  })
  submitDraft(@Args('input') input: SubmitDraftInput, @CurrentPrincipal() by: Principal) {
    return this.service.submit(input, by);
  }

  @Mutation(() => DraftDetailModel, { description: 'Changes an open draft; it goes back to the review queue' })
  amendDraft(@DraftId() id: string, @Args('input') input: AmendDraftInput, @CurrentPrincipal() by: Principal) {
    const { version, ...fields } = input;
    return this.service.amend(id, fields, version, by);
  }

  @Mutation(() => DraftDetailModel)
  withdrawDraft(
    @DraftId() id: string,
    @CurrentPrincipal() by: Principal,
    @Args('input', { nullable: true }) input?: WithdrawDraftInput,
  ) {
    return this.service.withdraw(id, input?.comment, by);
  }

  @Mutation(() => RebasedDraftModel, {
    description: 'Carries the draft onto the latest revision (three-way merge); conflicts answer CONFLICT listing them',
  })
  rebaseDraft(
    @DraftId() id: string,
    @CurrentPrincipal() by: Principal,
    @Args('input', { nullable: true }) input?: RebaseDraftInput,
  ) {
    return this.service.rebase(id, input?.resolutions ?? [], input?.version, by);
  }

  @Mutation(() => DraftDetailModel, {
    description: 'Writes the draft as a revision and publishes (or schedules) it; a stale draft is a CONFLICT',
  })
  @MinRole('editor')
  approveDraft(
    @DraftId() id: string,
    @CurrentPrincipal() by: Principal,
    @Args('input', { nullable: true }) input?: ApproveDraftInput,
  ) {
    return this.service.approve(id, input ?? {}, by);
  }

  @Mutation(() => DraftDetailModel)
  @MinRole('editor')
  requestDraftChanges(@DraftId() id: string, @Args('input') input: DecisionInput, @CurrentPrincipal() by: Principal) {
    return this.service.requestChanges(id, input.comment, input.version, by);
  }

  @Mutation(() => DraftDetailModel)
  @MinRole('editor')
  rejectDraft(@DraftId() id: string, @Args('input') input: DecisionInput, @CurrentPrincipal() by: Principal) {
    return this.service.reject(id, input.comment, input.version, by);
  }
}
