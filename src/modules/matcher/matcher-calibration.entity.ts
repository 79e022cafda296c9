import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CurvePoint } from './calibration.js';

/** The answer threshold calibrated for one locale of the knowledge base, and the curve it was chosen from. */
@Entity('matcher_calibrations')
export class MatcherCalibrationRow {
  @PrimaryColumn('text')
  locale: string;

  /** The content version (last content event id) of the phrasings the calibration models were trained on. */
  @Column('text', { name: 'model_version' })
  modelVersion: string;

  @Column('real')
  threshold: number;

  @Column('boolean', { name: 'goals_met' })
  goalsMet: boolean;

  @Column('jsonb')
  curve: CurvePoint[];

  @Column('int', { name: 'in_scope_samples' })
  inScopeSamples: number;

  @Column('int', { name: 'out_of_scope_samples' })
  outOfScopeSamples: number;

  /** Out-of-scope examples left out as answered by this knowledge base (see withoutCoveredOutOfScope). */
  @Column('int', { name: 'out_of_scope_covered' })
  outOfScopeCovered: number;

  /** Live articles and phrasings of the locale when calibrated: a change of a tenth of either calibrates again. */
  @Column('int')
  articles: number;

  @Column('int')
  phrasings: number;

  @Column('timestamptz', { name: 'calibrated_at' })
  calibratedAt: Date;
}
