import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  CONFLICT_POLICIES,
  type ConflictPolicy,
  EXPORT_FORMATS,
  type ExportFormat,
  IMPORT_FORMATS,
  type ImportFormat,
} from './transfer.types.js';

const BOOLEAN_TEXT = ['true', 'false'] as const;

/** Options of an import, in the query string (or as fields of a multipart form). */
export class ImportQuery {
  @ApiPropertyOptional({
    enum: IMPORT_FORMATS,
    description: 'Detected from the file name or the archive content when omitted',
  })
  @IsOptional()
  @IsIn(IMPORT_FORMATS)
  format?: ImportFormat;

  @ApiPropertyOptional({
    enum: BOOLEAN_TEXT,
    description: 'Publish what is imported (unless the source marks it a draft); drafts otherwise',
  })
  @IsOptional()
  @IsIn(BOOLEAN_TEXT)
  publish?: 'true' | 'false';

  @ApiPropertyOptional({ enum: BOOLEAN_TEXT, description: 'Report what would change, write nothing' })
  @IsOptional()
  @IsIn(BOOLEAN_TEXT)
  dryRun?: 'true' | 'false';

  @ApiPropertyOptional({
    enum: CONFLICT_POLICIES,
    description:
      'A locale edited in Savoir since the last import: report it (default) or add the import as a draft on top',
  })
  @IsOptional()
  @IsIn(CONFLICT_POLICIES)
  onConflict?: ConflictPolicy;
}

export class ExportQuery {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description: 'markdown: a tar of the Markdown folder (default); json: one JSON document',
  })
  @IsOptional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
