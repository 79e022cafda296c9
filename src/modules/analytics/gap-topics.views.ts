import { ApiProperty, IntersectionType } from '@nestjs/swagger';
import { PageOf } from '../../common/openapi.js';
import { DraftDetailView } from '../drafts/drafts.views.js';
import { GAP_DRAFT_KINDS, GAP_STATUSES } from './gap-topics.dto.js';
import { PeriodView } from './reports.views.js';

class GapExampleView {
  @ApiProperty({ description: 'A question as asked (personal data redacted)' }) text: string;
  @ApiProperty({ description: 'Times it failed' }) questions: number;
}

class NearestArticleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, nullable: true }) slug: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ description: "The matcher's confidence that this article answers the topic's first question, 0-1" })
  similarity: number;
}

class SinceResolutionView {
  @ApiProperty({ description: 'Questions of the topic answered since its draft was published' }) answered: number;
  @ApiProperty({ description: 'Of the topic still unanswered, without search results or marked unhelpful since' })
  stillFailing: number;
}

export class GapTopicView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() locale: string;
  @ApiProperty({ description: 'Its most frequent question (redacted)' }) label: string;
  @ApiProperty({ enum: GAP_STATUSES }) status: string;
  @ApiProperty({ description: 'Failures over the range, all channels: unanswered + zeroResults + unhelpful' })
  impact: number;
  @ApiProperty() unanswered: number;
  @ApiProperty() zeroResults: number;
  @ApiProperty() unhelpful: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, example: { bot: 3, voice: 1 } })
  channels: Record<string, number>;
  @ApiProperty({ type: [GapExampleView], description: 'Most frequent questions first' }) examples: GapExampleView[];
  @ApiProperty({ type: NearestArticleView, nullable: true }) nearestArticle: NearestArticleView | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) draftId: string | null;
  @ApiProperty({ enum: GAP_DRAFT_KINDS, nullable: true }) draftKind: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
  @ApiProperty({ type: SinceResolutionView, nullable: true }) sinceResolution: SinceResolutionView | null;
  @ApiProperty({ format: 'date-time' }) lastSeen: string;
}

export class GapTopicsReportView extends IntersectionType(PeriodView, PageOf(GapTopicView)) {}

export class GapDraftView {
  @ApiProperty({ format: 'uuid' }) topicId: string;
  @ApiProperty({ enum: GAP_DRAFT_KINDS }) kind: string;
  @ApiProperty({ type: DraftDetailView }) draft: DraftDetailView;
}
