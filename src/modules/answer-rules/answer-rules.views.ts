import { ApiProperty } from '@nestjs/swagger';
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
