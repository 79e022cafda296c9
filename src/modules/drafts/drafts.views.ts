import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIENCES, CHANNELS } from '../../common/domain.js';
import { PageOf } from '../../common/openapi.js';
import { ChannelVariantsDto } from '../articles/articles.dto.js';
import { FieldDiffView, RevisionView } from '../articles/articles.views.js';
import { DRAFT_ACTIONS, DRAFT_STATUSES } from './draft.entity.js';
import { MERGE_FIELDS } from './merge.js';
import { ReplaySummaryView } from '../replay/replay.views.js';

/** The OpenAPI description of what the draft endpoints answer. */
const FIELD_VALUE = { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };

export class DraftSourceView {
  @ApiPropertyOptional() ticketId?: string;
  @ApiPropertyOptional() conversationId?: string;
  @ApiPropertyOptional({ enum: CHANNELS }) channel?: string;
}

export class ProposedArticleView {
  @ApiProperty({ enum: AUDIENCES }) audience: string;
  @ApiPropertyOptional() slug?: string;
  @ApiPropertyOptional({ format: 'uuid' }) categoryId?: string;
  @ApiPropertyOptional({ type: [String] }) tags?: string[];
  @ApiPropertyOptional({ type: [String] }) intents?: string[];
}

export class DraftView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DRAFT_STATUSES }) status: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a proposed new article' })
  articleId: string | null;
  @ApiProperty() locale: string;
  @ApiProperty({ type: Number, nullable: true, description: 'The revision the draft was written against' })
  baseRevision: number | null;
  @ApiProperty({ description: 'Bumped on every change: the base an amendment or decision names' }) version: number;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) alternativeQuestions: string[];
  @ApiProperty({ type: ChannelVariantsDto }) variants: ChannelVariantsDto;
  @ApiProperty() internalNotes: string;
  @ApiProperty({ description: "The author's explanation" }) note: string;
  @ApiProperty({ type: DraftSourceView }) source: DraftSourceView;
  @ApiProperty({ type: ProposedArticleView, nullable: true }) proposedArticle: ProposedArticleView | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) categoryId: string | null;
  @ApiProperty() author: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorKeyId: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The revision written on approval' }) revision:
    number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
}

export class DraftPageView extends PageOf(DraftView) {}

export class DraftHistoryEntryView {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'uuid' }) draftId: string;
  @ApiProperty({ enum: DRAFT_ACTIONS }) action: string;
  @ApiProperty() actor: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorKeyId: string | null;
  @ApiProperty() comment: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data: Record<string, unknown>;
  @ApiProperty({ format: 'date-time' }) at: string;
}

export class DraftDetailView extends DraftView {
  @ApiProperty({ type: RevisionView, nullable: true, description: 'The revision the draft was written against' })
  base: RevisionView | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'The latest revision of the locale, which approval writes on top of',
  })
  currentRevision: number | null;
  @ApiProperty({ type: Number, nullable: true }) liveRevision: number | null;
  @ApiProperty({ description: 'The article moved on since the base: approval answers 409 until the draft is rebased' })
  stale: boolean;
  @ApiProperty({ type: [FieldDiffView], description: 'What approving would change against the live revision' })
  changes: FieldDiffView[];
  @ApiProperty({ type: [DraftHistoryEntryView] }) history: DraftHistoryEntryView[];
  @ApiProperty({
    type: ReplaySummaryView,
    nullable: true,
    description: 'The last replay of logged questions against the draft (POST /v1/drafts/{id}/replay), if any',
  })
  lastReplay: ReplaySummaryView | null;
}

export class RebaseOutcomeView {
  @ApiProperty() from: number;
  @ApiProperty() onto: number;
  @ApiProperty({ type: [String], description: 'Fields changed only on the live side, taken from it' })
  takenFromLive: string[];
  @ApiProperty({ type: [String] }) resolved: string[];
}

export class RebasedDraftView extends DraftDetailView {
  @ApiProperty({
    type: RebaseOutcomeView,
    nullable: true,
    description: 'null when the draft was already on the latest revision',
  })
  rebase: RebaseOutcomeView | null;
}

/** Listed in the 409 of a rebase that needs resolutions. */
export class MergeConflictView {
  @ApiProperty({ enum: MERGE_FIELDS }) field: string;
  @ApiProperty(FIELD_VALUE) base: string | string[];
  @ApiProperty(FIELD_VALUE) live: string | string[];
  @ApiProperty(FIELD_VALUE) draft: string | string[];
}
