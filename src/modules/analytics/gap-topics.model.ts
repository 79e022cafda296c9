import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Audience } from '../../common/domain.js';
import { AudienceEnum, enumOf } from '../../graphql/enums.js';
import { PageOf } from '../../graphql/paging.js';
import { DraftDetailModel } from '../drafts/drafts.model.js';
import { PagedReportArgs } from './analytics.model.js';
import { GAP_DRAFT_KINDS, GAP_STATUSES, GapDraftDto } from './gap-topics.dto.js';

// GraphQL types of the gap topics (see GapTopicsService); arguments extend the REST DTOs.

export const GapStatusEnum = enumOf(GAP_STATUSES, 'GapStatus');
export const GapDraftKindEnum = enumOf(GAP_DRAFT_KINDS, 'GapDraftKind');

@ObjectType('GapExample')
class GapExampleModel {
  @Field({ description: 'A question as asked, personal data removed' }) text: string;
  @Field(() => Int) questions: number;
}

@ObjectType('GapNearestArticle')
class GapNearestArticleModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) slug: string | null;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => Float, { description: "The matcher's confidence that it answers the topic's first question" })
  similarity: number;
}

@ObjectType('GapSinceResolution')
class GapSinceResolutionModel {
  @Field(() => Int) answered: number;
  @Field(() => Int) stillFailing: number;
}

@ObjectType('GapTopic')
export class GapTopicModel {
  @Field(() => ID) id: string;
  @Field() locale: string;
  @Field({ description: 'Its most frequent question' }) label: string;
  @Field(() => GapStatusEnum) status: string;
  @Field(() => Int, { description: 'Failures over the range, all channels' }) impact: number;
  @Field(() => Int) unanswered: number;
  @Field(() => Int) zeroResults: number;
  @Field(() => Int) unhelpful: number;
  @Field(() => GraphQLJSONObject, { description: 'Failures per channel' }) channels: Record<string, number>;
  @Field(() => [GapExampleModel]) examples: GapExampleModel[];
  @Field(() => GapNearestArticleModel, { nullable: true }) nearestArticle: GapNearestArticleModel | null;
  @Field(() => ID, { nullable: true }) draftId: string | null;
  @Field(() => GapDraftKindEnum, { nullable: true }) draftKind: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => GapSinceResolutionModel, { nullable: true }) sinceResolution: GapSinceResolutionModel | null;
  @Field() lastSeen: Date;
}

@ObjectType('GapTopicPage')
export class GapTopicPage extends PageOf(GapTopicModel) {
  @Field() from: string;
  @Field() to: string;
  @Field() tz: string;
}

@ArgsType()
export class GapTopicsArgs extends PagedReportArgs {
  @Field(() => GapStatusEnum, { nullable: true }) status?: (typeof GAP_STATUSES)[number];
}

@InputType()
export class GapDraftInput extends GapDraftDto {
  @Field(() => GapDraftKindEnum, { nullable: true }) kind?: (typeof GAP_DRAFT_KINDS)[number];
  @Field(() => AudienceEnum, { nullable: true, description: "A new article's audience; default public" })
  audience?: Audience;
  @Field({ nullable: true }) body?: string;
  @Field({ nullable: true }) note?: string;
}

@ObjectType('GapDraft')
export class GapDraftModel {
  @Field(() => ID) topicId: string;
  @Field(() => GapDraftKindEnum) kind: string;
  @Field(() => DraftDetailModel) draft: DraftDetailModel;
}
