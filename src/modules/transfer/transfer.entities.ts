import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ImportJobOptions, ImportProgress, ImportReport } from './transfer.types.js';

/** Which article an item of a source system became: how the next import of the same source finds it again. */
@Entity('transfer_external_ids')
export class ExternalId {
  /** The source system: `zendesk`, `csv` or `markdown`. */
  @PrimaryColumn('text')
  source: string;

  @PrimaryColumn('text', { name: 'external_id' })
  externalId: string;

  @Column('uuid', { name: 'article_id' })
  articleId: string;
}

/** The revision an import last wrote in one locale of an article: a head past it was written in Savoir since. */
@Entity('transfer_imported_locales')
export class ImportedLocale {
  @PrimaryColumn('uuid', { name: 'article_id' })
  articleId: string;

  @PrimaryColumn('text')
  locale: string;

  @Column('int')
  revision: number;

  @Column('text', { name: 'content_hash' })
  contentHash: string;

  @Column('timestamptz', { name: 'imported_at', default: () => 'now()' })
  importedAt: Date;
}

export type ImportJobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

@Entity('import_jobs')
export class ImportJob {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  status: ImportJobStatus;

  @Column('text')
  format: string;

  @Column('jsonb')
  options: ImportJobOptions;

  @Column('jsonb')
  progress: ImportProgress;

  @Column('jsonb', { nullable: true })
  report: ImportReport | null;

  /** Why the job stopped before its end (the input could not be read at all). */
  @Column('text', { nullable: true })
  error: string | null;

  @Column('text', { name: 'created_by' })
  createdBy: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}
