import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ChannelVariantsDto } from '../articles/articles.dto.js';
import { AppliedRuleView } from '../answer-rules/answer-rules.views.js';
import { type Channel, CHANNELS, LOCALE_PATTERN } from '../../common/domain.js';

const LOCALE_MESSAGE = 'must be a BCP 47 language tag such as "en" or "fr-CA"';
const splitList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

/** Options every serving request shares: the locale wanted and, optionally, another channel than the key's. */
class ServingOptions {
  @ApiPropertyOptional({
    example: 'fr-CA',
    description: 'Locale wanted; falls back to its language, then the default locale',
  })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({
    enum: CHANNELS,
    description: "Serve for this channel instead of the key's own (within what the key's role allows)",
  })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}

export class SearchQuery extends ServingOptions {
  @ApiProperty({ example: 'reset pin' })
  @IsString()
  @Length(1, 500)
  q: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit?: number;

  @ApiPropertyOptional({ description: 'Category id or slug; sub-categories included' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  category?: string;

  @ApiPropertyOptional({ description: 'Comma-separated tags; every one must match' })
  @IsOptional()
  @Transform(splitList)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  tags?: string[];

  @ApiPropertyOptional({ description: 'Pseudonymous session or journey id given by the client' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sessionId?: string;
}

export class RenderQuery extends ServingOptions {
  @ApiPropertyOptional({ description: 'The search this article was opened from' })
  @IsOptional()
  @IsUUID()
  searchId?: string;

  @ApiPropertyOptional({ description: 'Rank of the article in that search (1-based)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  rank?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sessionId?: string;
}

export class FaqQuery extends ServingOptions {
  @ApiPropertyOptional({ description: 'Category id or slug; sub-categories included' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  category?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class AnswerDto extends ServingOptions {
  @ApiProperty({ example: 'I forgot my voicemail PIN' })
  @IsString()
  @Length(1, 1000)
  question: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sessionId?: string;
}

export class ReplySuggestionDto extends ServingOptions {
  @ApiProperty({ example: 'Voicemail PIN' })
  @IsString()
  @MaxLength(1000)
  subject: string;

  @ApiProperty({
    description:
      'The email body, quoted history and signature included: they are stripped (only its first 4,000 characters are read)',
  })
  @IsString()
  @Length(1, 100_000)
  body: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sessionId?: string;
}

// What each served text is: HTML to insert as is, or plain text to escape like any text. Shared with the GraphQL
// models.

export const CONTENT_DOC =
  'The wording rendered in `format`. html: sanitised HTML (allow-listed tags, http/https/mailto/tel links, no scripts, ' +
  'styles or event handlers), safe to insert as HTML. markdown: the Markdown as written, which may hold HTML: render it ' +
  'with a sanitiser. text and speech: plain text with entities decoded; it holds no tag-shaped sequence ("<" that would ' +
  'open a tag is written ‹, its ">" ›) and no javascript:, vbscript: or data: URL, and links are written "text (url)" ' +
  'for http, https, mailto and tel targets only; escape it like any text before building HTML from it.';
export const SNIPPET_DOC = 'HTML: the excerpt HTML-escaped, with matched terms in <mark>…</mark> and no other tag';
export const PLAIN_DOC = 'Plain text as the editor wrote it: escape it before building HTML from it';
export const DRAFT_DOC =
  'Plain text (see `content` for text): a reply drafted from the confident suggestions, with no tag-shaped sequence nor dangerous URL';
export const QUESTION_DOC =
  'Plain text: the email with quoted history, forwards and signature stripped, "<" of tags written ‹';

export class SearchHitView {
  @ApiProperty() articleId: string;
  @ApiProperty() slug: string;
  @ApiProperty() revision: number;
  @ApiProperty() locale: string;
  @ApiProperty({ description: PLAIN_DOC }) title: string;
  @ApiProperty({ description: SNIPPET_DOC }) snippet: string;
  @ApiProperty() score: number;
  @ApiPropertyOptional({ description: `The alternative question that matched best. ${PLAIN_DOC}` })
  matchedQuestion?: string;
}

export class SearchResultView {
  @ApiProperty() searchId: string;
  @ApiProperty({ type: [String] }) locales: string[];
  @ApiProperty() total: number;
  @ApiProperty({ type: [SearchHitView] }) hits: SearchHitView[];
}

export class VerificationView {
  @ApiProperty({ type: String, format: 'date-time' }) at: Date;
  @ApiProperty({ description: PLAIN_DOC }) by: string;
}

export class RenderedArticleView {
  @ApiProperty() servedId: string;
  @ApiProperty() articleId: string;
  @ApiProperty() slug: string;
  @ApiProperty() revision: number;
  @ApiProperty({ description: 'The locale served' }) locale: string;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ description: PLAIN_DOC }) title: string;
  @ApiProperty({ enum: ['html', 'markdown', 'text', 'speech'] }) format: string;
  @ApiProperty({ description: 'The wording used: a channel variant, summary or body' }) variant: string;
  @ApiProperty({ description: CONTENT_DOC }) content: string;
  @ApiProperty() truncated: boolean;
  @ApiPropertyOptional({ description: `Agents only. ${PLAIN_DOC}` }) internalNotes?: string;
  @ApiProperty({
    type: VerificationView,
    nullable: true,
    description: 'Who confirmed this content is still right, and when; null if nobody has since it was published',
  })
  verified: VerificationView | null;
  @ApiProperty({ description: 'The article is past its review date' }) reviewDue: boolean;
}

export class FaqItemView {
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() slug: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) categoryId: string | null;
  @ApiProperty() revision: number;
  @ApiProperty() locale: string;
  @ApiProperty({ description: PLAIN_DOC }) title: string;
  @ApiProperty({ description: PLAIN_DOC }) summary: string;
}

export class FaqView {
  @ApiProperty({ type: [String], description: 'The locales tried, in order' }) locales: string[];
  @ApiProperty({ type: [FaqItemView] }) items: FaqItemView[];
}

export class AnswerView {
  @ApiProperty() answered: boolean;
  @ApiProperty() confidence: number;
  @ApiProperty({ description: 'The confidence needed to answer' }) threshold: number;
  @ApiProperty({
    enum: ['profile', 'calibrated', 'default', 'rule'],
    description:
      "The channel profile's threshold, the one calibrated for the answer's locale (GET /v1/matcher/calibration), the default of a locale too small to calibrate, or an answer rule's",
  })
  thresholdSource: 'profile' | 'calibrated' | 'default' | 'rule';
  @ApiPropertyOptional({ type: RenderedArticleView }) answer?: RenderedArticleView;
  @ApiProperty() handoff: boolean;
  @ApiProperty({ nullable: true, type: String }) servedId: string | null;
  @ApiProperty() searchId: string;
  @ApiPropertyOptional({ type: AppliedRuleView, description: 'The answer rule that applied (the first level), if any' })
  rule?: AppliedRuleView;
  @ApiPropertyOptional({ type: [AppliedRuleView], description: 'Every answer rule that applied, one per level' })
  rules?: AppliedRuleView[];
}

export class ReplySuggestionsView {
  @ApiProperty({ type: [RenderedArticleView] }) suggestions: RenderedArticleView[];
  @ApiProperty({ description: DRAFT_DOC }) draftReply: string;
  @ApiProperty({ description: QUESTION_DOC }) question: string;
  @ApiProperty({ type: [String] }) servedIds: string[];
}

export class PreviewDto {
  @ApiProperty({ description: 'Markdown' })
  @IsString()
  @MaxLength(200_000)
  body: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2_000)
  summary?: string;

  @ApiPropertyOptional({ type: ChannelVariantsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ChannelVariantsDto)
  variants?: ChannelVariantsDto;

  @ApiPropertyOptional({ example: 'fr', description: "The content's locale (speech output spells numbers in it)" })
  @IsOptional()
  @IsString()
  @Matches(LOCALE_PATTERN, { message: `locale ${LOCALE_MESSAGE}` })
  locale?: string;

  @ApiPropertyOptional({ enum: CHANNELS, isArray: true, description: 'Every channel when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(CHANNELS.length)
  @IsIn(CHANNELS, { each: true })
  channels?: Channel[];

  @ApiPropertyOptional({
    description: 'As POST /v1/answers serves it (the summary before the body) rather than as the render endpoint does',
  })
  @IsOptional()
  @IsBoolean()
  answer?: boolean;
}

export class PreviewView {
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty({ enum: ['html', 'markdown', 'text', 'speech'] }) format: string;
  @ApiProperty({ description: "The channel profile's length limit, in characters" }) maxChars: number;
  @ApiProperty({ description: 'The wording used: a channel variant, summary or body' }) variant: string;
  @ApiProperty({ description: 'Length of that wording as written, in characters' }) sourceChars: number;
  @ApiProperty({ description: CONTENT_DOC }) content: string;
  @ApiProperty({ description: 'Cut to the length limit' }) truncated: boolean;
}
