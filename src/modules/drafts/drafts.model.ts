import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Audience, Channel } from '../../common/domain.js';
import { AudienceEnum, ChannelEnum, enumOf } from '../../graphql/enums.js';
import { PageOf, WithPageArgs } from '../../graphql/paging.js';
import {
  ChannelVariantsInput,
  ChannelVariantsModel,
  FieldDiffModel,
  RevisionModel,
} from '../articles/articles.model.js';
import { DRAFT_ACTIONS, DRAFT_STATUSES, type DraftAction, type DraftStatus } from './draft.entity.js';
import {
  AmendDraftDto,
  ApproveDto,
  CreateDraftDto,
  DecisionDto,
  DraftSourceDto,
  ListDraftsQuery,
  RebaseDto,
  ResolutionDto,
  WithdrawDto,
} from './drafts.dto.js';
import type { MergeField } from './merge.js';

// GraphQL types of agents' drafts. Inputs extend the REST DTOs, so both APIs validate with the same rules.

export const DraftStatusEnum = enumOf(DRAFT_STATUSES, 'DraftStatus');
export const DraftActionEnum = enumOf(DRAFT_ACTIONS, 'DraftAction');
export const MergeTakeEnum = enumOf(
  ['live', 'draft', 'value'] as const,
  'MergeTake',
  'Keep the live side, the draft side, or the value given',
);

@ObjectType('DraftSource', { description: 'Where the proposal came from' })
export class DraftSourceModel {
  @Field({ nullable: true }) ticketId?: string;
  @Field({ nullable: true }) conversationId?: string;
  @Field(() => ChannelEnum, { nullable: true }) channel?: Channel;
}

@ObjectType('ProposedArticle', { description: 'The metadata of the article a draft proposes to create' })
export class ProposedArticleModel {
  @Field(() => AudienceEnum) audience: Audience;
  @Field({ nullable: true }) slug?: string;
  @Field(() => ID, { nullable: true }) categoryId?: string;
  @Field(() => [String], { nullable: true }) tags?: string[];
  @Field(() => [String], { nullable: true }) intents?: string[];
}

@ObjectType('DraftHistoryEntry')
export class DraftHistoryEntryModel {
  @Field(() => DraftActionEnum) action: DraftAction;
  @Field() actor: string;
  @Field() comment: string;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
  @Field() at: Date;
}

@ObjectType('Draft', { description: "An agent's proposal: a change to one locale of an article, or a new article" })
export class DraftModel {
  @Field(() => ID) id: string;
  @Field(() => DraftStatusEnum) status: DraftStatus;
  @Field(() => ID, { nullable: true, description: 'The article changed, or created on approval' }) articleId:
    string | null;
  @Field() locale: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The revision the proposal was written against; null for a new article',
  })
  baseRevision: number | null;
  @Field(() => Int, { description: 'Bumped on every amendment and rebase: the version amendDraft must name' })
  version: number;
  @Field() title: string;
  @Field() body: string;
  @Field() summary: string;
  @Field(() => [String]) alternativeQuestions: string[];
  @Field(() => ChannelVariantsModel) variants: ChannelVariantsModel;
  @Field() internalNotes: string;
  @Field({ description: "The author's explanation; becomes the revision's change note" }) note: string;
  @Field(() => DraftSourceModel) source: DraftSourceModel;
  @Field(() => ProposedArticleModel, { nullable: true }) proposedArticle: ProposedArticleModel | null;
  @Field() author: string;
  @Field(() => Int, { nullable: true, description: 'The revision created on approval' }) revision: number | null;
  @Field(() => Date, { nullable: true }) publishAt: Date | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
}

@ObjectType('DraftPage')
export class DraftPage extends PageOf(DraftModel) {}

@ObjectType('DraftDetail', { description: 'A draft with what approving it would change' })
export class DraftDetailModel extends DraftModel {
  @Field(() => RevisionModel, { nullable: true }) base: RevisionModel | null;
  @Field(() => Int, {
    nullable: true,
    description: 'The latest revision of the locale, which approval writes on top of',
  })
  currentRevision: number | null;
  @Field(() => Int, { nullable: true }) liveRevision: number | null;
  @Field({ description: 'The article moved on since the base: approval is a CONFLICT until the draft is rebased' })
  stale: boolean;
  @Field(() => [FieldDiffModel], { description: 'What approving would change, against the live revision' })
  changes: FieldDiffModel[];
  @Field(() => [DraftHistoryEntryModel]) history: DraftHistoryEntryModel[];
}

@ObjectType('RebaseOutcome')
export class RebaseOutcomeModel {
  @Field(() => Int) from: number;
  @Field(() => Int) onto: number;
  @Field(() => [String], { description: 'Fields only the live side changed, taken from it' }) takenFromLive: string[];
  @Field(() => [String]) resolved: string[];
}

@ObjectType('RebasedDraft')
export class RebasedDraftModel extends DraftDetailModel {
  @Field(() => RebaseOutcomeModel, {
    nullable: true,
    description: 'null when the draft was already on the latest revision',
  })
  rebase: RebaseOutcomeModel | null;
}

@InputType()
export class DraftSourceInput extends DraftSourceDto {
  @Field({ nullable: true }) ticketId?: string;
  @Field({ nullable: true }) conversationId?: string;
  @Field(() => ChannelEnum, { nullable: true }) channel?: Channel;
}

/** Fields of a draft, on top of a DTO that validates them (all optional: amendments send only what changes). */
function WithDraftFields<T extends new (...args: any[]) => object>(Base: T) {
  @InputType({ isAbstract: true })
  class DraftFields extends Base {
    @Field({ nullable: true }) summary?: string;
    @Field(() => [String], { nullable: true }) alternativeQuestions?: string[];
    @Field(() => ChannelVariantsInput, { nullable: true }) variants?: ChannelVariantsInput;
    @Field({ nullable: true, description: 'Shown to agents only' }) internalNotes?: string;
    @Field({ nullable: true, description: "The author's explanation for the editor" }) note?: string;
    @Field(() => DraftSourceInput, { nullable: true }) source?: DraftSourceInput;
    @Field(() => AudienceEnum, { nullable: true, description: 'New article only' }) audience?: Audience;
    @Field({ nullable: true, description: 'New article only' }) slug?: string;
    @Field(() => ID, { nullable: true, description: 'New article only' }) categoryId?: string;
    @Field(() => [String], { nullable: true, description: 'New article only' }) tags?: string[];
    @Field(() => [String], { nullable: true, description: 'New article only' }) intents?: string[];
  }
  return DraftFields;
}

@InputType()
export class SubmitDraftInput extends WithDraftFields(CreateDraftDto) {
  @Field() title: string;
  @Field({ description: 'Markdown' }) body: string;
  @Field({ nullable: true, description: 'The article to change (id or slug); omit to propose a new article' })
  articleId?: string;
  @Field(() => Int, { nullable: true, description: 'The revision the change was written against (0 for a new locale)' })
  baseRevision?: number;
  @Field({ nullable: true, description: "Required for a new article; defaults to the article's default locale" })
  locale?: string;
}

@InputType()
export class AmendDraftInput extends WithDraftFields(AmendDraftDto) {
  @Field({ nullable: true }) title?: string;
  @Field({ nullable: true }) body?: string;
  @Field(() => Int, { description: 'The draft version this amendment is based on; a stale one is a CONFLICT' })
  version: number;
}

@InputType()
export class DecisionInput extends DecisionDto {
  @Field({ description: 'Why: shown to the author' }) comment: string;
  @Field(() => Int, { nullable: true, description: 'The draft version decided on: CONFLICT if it was amended since' })
  version?: number;
}

@InputType()
export class ApproveDraftInput extends ApproveDto {
  @Field({ nullable: true }) comment?: string;
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => Date, { nullable: true, description: 'Publish later, at this time' }) publishAt?: Date;
  @Field(() => Date, { nullable: true, description: 'Stop serving at this time' }) expiresAt?: Date;
}

@InputType()
export class WithdrawDraftInput extends WithdrawDto {
  @Field({ nullable: true }) comment?: string;
}

@InputType()
export class ResolutionInput extends ResolutionDto {
  @Field(() => String, {
    description: 'A conflicting field: title, summary, body, alternativeQuestions, variants.<channel>, internalNotes',
  })
  field: MergeField;
  @Field(() => MergeTakeEnum) take: 'live' | 'draft' | 'value';
  @Field(() => GraphQLJSON, {
    nullable: true,
    description: 'With take=value: the text (a list of strings for alternativeQuestions)',
  })
  value?: string | string[];
}

@InputType()
export class RebaseDraftInput extends RebaseDto {
  @Field(() => Int, { nullable: true }) version?: number;
  @Field(() => [ResolutionInput], {
    nullable: true,
    description: 'How to settle the conflicts a previous attempt reported',
  })
  resolutions?: ResolutionInput[];
}

@ArgsType()
export class DraftsArgs extends WithPageArgs(ListDraftsQuery) {
  @Field(() => DraftStatusEnum, { nullable: true }) status?: DraftStatus;
  @Field({ nullable: true }) locale?: string;
  @Field({ nullable: true, description: 'Category id or slug, sub-categories included' }) category?: string;
  @Field({ nullable: true, description: "Author's key id or name" }) author?: string;
  @Field({ nullable: true, description: 'Drafts of this article (id or slug)' }) articleId?: string;
  @Field({ nullable: true, description: "Only the calling key's own drafts (always the case for an agent)" })
  mine?: boolean;
  @Field(() => String, { nullable: true, description: 'asc (oldest first, the default) or desc' }) order?:
    'asc' | 'desc';
}
