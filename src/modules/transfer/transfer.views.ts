import { ApiProperty } from '@nestjs/swagger';
import { CONFLICT_POLICIES, IMPORT_FORMATS } from './transfer.types.js';

/** The OpenAPI description of an import job as the import endpoints answer it. */
export class ImportJobOptionsView {
  @ApiProperty({ enum: IMPORT_FORMATS }) format: string;
  @ApiProperty() publish: boolean;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: CONFLICT_POLICIES }) onConflict: string;
}

export class ImportProgressView {
  @ApiProperty({ description: 'Articles handled so far (written, unchanged or failed)' }) done: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Articles in the input, when known' }) total: number | null;
}

export class ImportJobView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) status: string;
  @ApiProperty({ enum: IMPORT_FORMATS }) format: string;
  @ApiProperty({ type: ImportJobOptionsView }) options: ImportJobOptionsView;
  @ApiProperty({ type: ImportProgressView }) progress: ImportProgressView;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'Once finished: counts and issues (errors, conflicts, warnings with file and line)',
  })
  report: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the job stopped before its end' }) error:
    string | null;
  @ApiProperty() createdBy: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt: string | null;
}
