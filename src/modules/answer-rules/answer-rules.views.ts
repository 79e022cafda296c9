import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, type Channel } from '../../common/domain.js';
import { RuleActionDto, RuleConditionDto } from './answer-rules.dto.js';

export class AnswerRuleView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Levels apply in ascending order' }) level: number;
  @ApiProperty({ description: 'Order within the level: the first rule whose condition holds applies' })
  position: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: RuleConditionDto }) condition: RuleConditionDto;
  @ApiProperty({ type: RuleActionDto }) action: RuleActionDto;
  @ApiProperty({ description: 'Bumped on every edit; name it (or If-Match) to edit' }) version: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;
  @ApiProperty() updatedBy: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) updatedByKeyId: string | null;
}

export class AnswerRuleVersionView {
  @ApiProperty({ format: 'uuid' }) ruleId: string;
  @ApiProperty() version: number;
  @ApiProperty() name: string;
  @ApiProperty() level: number;
  @ApiProperty() position: number;
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: RuleConditionDto }) condition: RuleConditionDto;
  @ApiProperty({ type: RuleActionDto }) action: RuleActionDto;
  @ApiProperty() note: string;
  @ApiProperty() author: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) authorKeyId: string | null;
  @ApiProperty() at: Date;
}

/** The rule that applied to an answer, as the answer and the served row name it. */
export class AppliedRuleView {
  @ApiProperty({ description: 'Rule id ("proposed" for a replayed proposal not saved yet)' }) id: string;
  @ApiProperty() version: number;
  @ApiProperty() name: string;
  @ApiProperty() level: number;
}

export class ReplayedAnswerView {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) articleId: string | null;
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
