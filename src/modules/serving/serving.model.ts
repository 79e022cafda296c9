import type { Type } from '@nestjs/common';
import { ArgsType, Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '../../common/domain.js';
import { ChannelEnum, enumOf } from '../../graphql/enums.js';
import { WithArticleArg } from '../articles/articles.model.js';
import { FORMATS, type Format } from '../channels/render.js';
import {
  AnswerDto,
  CONTENT_DOC,
  DRAFT_DOC,
  FaqQuery,
  PLAIN_DOC,
  QUESTION_DOC,
  RenderQuery,
  ReplySuggestionDto,
  SearchQuery,
  SNIPPET_DOC,
} from './serving.dto.js';

// GraphQL types of serving. Arguments extend the REST DTOs, so both APIs validate with the same rules.

export const FormatEnum = enumOf(
  FORMATS,
  'Format',
  'html: sanitised HTML; markdown: the Markdown as written; text: plain text with no markup; speech: speech-safe plain text',
);

@ObjectType('SearchHit')
export class SearchHitModel {
  @Field(() => ID) articleId: string;
  @Field() slug: string;
  @Field(() => Int) revision: number;
  @Field() locale: string;
  @Field({ description: PLAIN_DOC }) title: string;
  @Field({ description: SNIPPET_DOC }) snippet: string;
  @Field(() => Float) score: number;
  @Field({ nullable: true, description: 'The alternative question that matched best' }) matchedQuestion?: string;
}

@ObjectType('SearchResult')
export class SearchResultModel {
  @Field(() => ID, { description: 'Pass to renderArticle and events to tie them to this search' }) searchId: string;
  @Field(() => [String], { description: 'The locale chain searched, most wanted first' }) locales: string[];
  @Field(() => Int, {
    description: 'Matching articles in the locales searched (a later locale of the chain only fills a short list)',
  })
  total: number;
  @Field(() => [SearchHitModel], { complexity: 0 }) hits: SearchHitModel[];
}

@ObjectType('Verification')
export class VerificationModel {
  @Field() at: Date;
  @Field({ description: PLAIN_DOC }) by: string;
}

@ObjectType('RenderedArticle', { description: 'A live revision rendered for a channel' })
export class RenderedArticleModel {
  @Field(() => ID) articleId: string;
  @Field() slug: string;
  @Field(() => Int) revision: number;
  @Field({ description: 'The locale served' }) locale: string;
  @Field() requestedLocale: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field({ description: PLAIN_DOC }) title: string;
  @Field(() => FormatEnum) format: Format;
  @Field({ description: 'The wording used: a channel variant, summary or body' }) variant: string;
  @Field({ description: CONTENT_DOC }) content: string;
  @Field() truncated: boolean;
  @Field({ nullable: true, description: 'Agents only' }) internalNotes?: string;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => VerificationModel, {
    nullable: true,
    description: 'Who confirmed this content is still right, and when; null if nobody has since it was published',
  })
  verified: VerificationModel | null;
  @Field({ description: 'The article is past its review date' }) reviewDue: boolean;
}

@ObjectType('ServedArticle')
export class ServedArticleModel extends RenderedArticleModel {
  @Field(() => ID, { description: 'Send feedback and events about this answer with this id' }) servedId: string;
}

@ObjectType('FaqItem')
export class FaqItemModel {
  @Field(() => ID) articleId: string;
  @Field() slug: string;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field(() => Int) revision: number;
  @Field() locale: string;
  @Field() title: string;
  @Field() summary: string;
}

@ObjectType('Faq')
export class FaqModel {
  @Field(() => [String]) locales: string[];
  @Field(() => [FaqItemModel], { complexity: 0 }) items: FaqItemModel[];
}

@ObjectType('AnswerArticle')
export class AnswerArticleModel extends RenderedArticleModel {
  @Field({ description: 'The phrasing of the question that matched' }) matchedQuestion: string;
}

@ObjectType('AnswerAlternative')
export class AnswerAlternativeModel {
  @Field(() => ID) articleId: string;
  @Field() slug: string;
  @Field(() => Int) revision: number;
  @Field() locale: string;
  @Field() title: string;
  @Field(() => Float) confidence: number;
}

@ObjectType('AppliedAnswerRule', { description: 'An answer rule that applied to an answer' })
export class AppliedRuleModel {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field() name: string;
  @Field(() => Int) level: number;
}

@ObjectType('Answer', { description: 'One best answer with a confidence, or a hand-off' })
export class AnswerModel {
  @Field() answered: boolean;
  @Field(() => Float) confidence: number;
  @Field(() => Float, { description: 'The confidence needed to answer' }) threshold: number;
  @Field({
    description:
      "Where the threshold comes from: profile (the channel profile's), calibrated (for the answer's locale), default (a locale too small to calibrate)",
  })
  thresholdSource: string;
  @Field(() => AnswerArticleModel, { nullable: true }) answer?: AnswerArticleModel;
  @Field(() => [AnswerAlternativeModel]) alternatives: AnswerAlternativeModel[];
  @Field({ description: 'Hand the customer to an agent: no confident answer' }) handoff: boolean;
  @Field(() => ID, { nullable: true }) servedId: string | null;
  @Field(() => ID) searchId: string;
  @Field(() => [String]) locales: string[];
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true when the search engine was needed but could not be reached: answered by the question matcher alone',
  })
  searchEngineUnavailable?: boolean;
  @Field(() => AppliedRuleModel, { nullable: true, description: 'The answer rule that applied (the first level)' })
  rule?: AppliedRuleModel;
}

@ObjectType('ReplySuggestion')
export class ReplySuggestionModel extends ServedArticleModel {
  @Field(() => Float) confidence: number;
}

@ObjectType('ReplySuggestions')
export class ReplySuggestionsModel {
  @Field(() => [ReplySuggestionModel]) suggestions: ReplySuggestionModel[];
  @Field({ description: DRAFT_DOC }) draftReply: string;
  @Field({ description: 'model (a chat model wrote it) or template (extractive)' }) draftedBy: string;
  @Field(() => [ID], { description: 'Articles the draft was built from' }) citations: string[];
  @Field(() => [ID]) servedIds: string[];
  @Field(() => ID) searchId: string;
  @Field({ description: QUESTION_DOC }) question: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'true when the search engine was needed but could not be reached: answered by the question matcher alone',
  })
  searchEngineUnavailable?: boolean;
}

/** The options every serving request shares, on top of a DTO that validates them. */
function WithServingArgs<T extends Type<{ locale?: string; channel?: Channel }>>(Base: T) {
  @ArgsType()
  class ServingArgs extends Base {
    @Field({ nullable: true, description: 'Locale wanted; falls back to its language, then the default locale' })
    locale?: string;
    @Field(() => ChannelEnum, {
      nullable: true,
      description: "Serve for this channel instead of the key's own (within what its role allows)",
    })
    channel?: Channel;
  }
  return ServingArgs;
}

const SESSION = { nullable: true, description: 'Pseudonymous session or journey id given by the client' };

@ArgsType()
export class SearchArgs extends WithServingArgs(SearchQuery) {
  @Field() q: string;
  @Field(() => Int, { nullable: true, description: '1 to 50, default 10' }) limit?: number;
  @Field({ nullable: true, description: 'Category id or slug; sub-categories included' }) category?: string;
  @Field(() => [String], { nullable: true, description: 'Every one must match' }) tags?: string[];
  @Field(SESSION) sessionId?: string;
}

@ArgsType()
export class RenderArgs extends WithArticleArg(WithServingArgs(RenderQuery)) {
  @Field(() => ID, { nullable: true, description: 'The search this article was opened from' }) searchId?: string;
  @Field(() => Int, { nullable: true, description: 'Rank of the article in that search (1-based)' }) rank?: number;
  @Field(SESSION) sessionId?: string;
}

@ArgsType()
export class FaqArgs extends WithServingArgs(FaqQuery) {
  @Field({ nullable: true, description: 'Category id or slug; sub-categories included' }) category?: string;
  @Field(() => Int, { nullable: true, description: '1 to 100, default 20' }) limit?: number;
}

@ArgsType()
export class AnswerArgs extends WithServingArgs(AnswerDto) {
  @Field() question: string;
  @Field(SESSION) sessionId?: string;
}

@ArgsType()
export class ReplySuggestionsArgs extends WithServingArgs(ReplySuggestionDto) {
  @Field() subject: string;
  @Field({ description: 'The email body; quoted history and signature are stripped' }) body: string;
  @Field(SESSION) sessionId?: string;
}
