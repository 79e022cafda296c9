import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { RuleAction, RuleCondition } from './rule-engine.js';

/** An answer rule as it is now (see rule-engine.ts for what it means). */
@Entity('answer_rules')
export class AnswerRule {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') name: string;
  @Column('int') level: number;
  @Column('int') position: number;
  @Column('boolean') enabled: boolean;
  @Column('jsonb') condition: RuleCondition;
  @Column('jsonb') action: RuleAction;
  /** Bumped on every edit: the base an edit must name. */
  @Column('int') version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column('text', { name: 'updated_by' }) updatedBy: string;
  @Column('uuid', { name: 'updated_by_key_id', nullable: true }) updatedByKeyId: string | null;
}

/** One version of a rule, kept for its history: what it was, who wrote it, when. */
@Entity('answer_rule_versions')
export class AnswerRuleVersion {
  @PrimaryColumn('uuid', { name: 'rule_id' }) ruleId: string;
  @PrimaryColumn('int') version: number;
  @Column('text') name: string;
  @Column('int') level: number;
  @Column('int') position: number;
  @Column('boolean') enabled: boolean;
  @Column('jsonb') condition: RuleCondition;
  @Column('jsonb') action: RuleAction;
  @Column('text') note: string;
  @Column('text') author: string;
  @Column('uuid', { name: 'author_key_id', nullable: true }) authorKeyId: string | null;
  @CreateDateColumn({ name: 'at', type: 'timestamptz' }) at: Date;
}
