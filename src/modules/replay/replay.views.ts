import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '../../common/domain.js';
import { AppliedRuleView } from '../answer-rules/answer-rules.views.js';

export class ReplayedAnswerView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The article answered (`draft:<id>` for a new article a draft proposes); null: no answer',
  })
  articleId: string | null;
  @ApiPropertyOptional() title?: string;
  @ApiProperty() handoff: boolean;
  @ApiPropertyOptional({ type: AppliedRuleView }) rule?: AppliedRuleView;
}

export class ReplayChangeView {
  @ApiProperty({ description: 'The logged question (redacted when it was logged)' }) question: string;
  @ApiProperty({ enum: CHANNELS }) channel: Channel;
  @ApiProperty() locale: string;
  @ApiProperty({ type: ReplayedAnswerView }) before: ReplayedAnswerView;
  @ApiProperty({ type: ReplayedAnswerView }) after: ReplayedAnswerView;
}

export class ArticleShiftView {
  @ApiProperty({ format: 'uuid' }) articleId: string;
  @ApiProperty() title: string;
  @ApiProperty({ description: 'Questions it answered before and no longer does' }) lost: number;
  @ApiProperty({ description: 'Questions it answers now and did not before' }) gained: number;
}

/** What a replay found: the last N logged questions answered as things are, and as they would be. */
export class ReplaySummaryView {
  @ApiProperty({ enum: ['draft', 'revision', 'rule'] }) kind: string;
  @ApiProperty() at: Date;
  @ApiProperty() by: string;
  @ApiProperty({ description: 'Logged questions replayed' }) questions: number;
  @ApiProperty({ description: 'Questions whose answer (article or hand-off) changes' }) changed: number;
  @ApiProperty({ description: 'Questions unanswered before, answered after' }) gapsClosed: number;
  @ApiProperty({ description: 'Questions answered before, unanswered after' }) gapsOpened: number;
  @ApiProperty({ type: [ReplayChangeView], description: 'The changes, at most 200' }) changes: ReplayChangeView[];
  @ApiProperty({ type: [ArticleShiftView], description: 'Articles that lose or gain questions, most lost first' })
  articles: ArticleShiftView[];
  @ApiProperty({ description: 'Time the replay took' }) ms: number;
}
