import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type { Principal } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { validationFailed } from '../../common/validation.js';
import { AppConfig } from '../../config/app-config.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { ExportService } from './export.service.js';
import { jsonChunks, markdownEntries, tarStream } from './formats/export-writers.js';
import { detectFormat } from './formats/sources.js';
import { ImportJobsService } from './import-jobs.service.js';
import { ExportQuery, ImportQuery } from './transfer.dto.js';
import { receiveUpload } from './upload.js';
import { ImportJobView } from './transfer.views.js';

const RAW_NAMES: Record<string, string> = { csv: 'upload.csv', zendesk: 'upload.json' };

@ApiTags('import and export')
@ApiBearerAuth()
@Controller('v1')
export class TransferController {
  constructor(
    private readonly jobs: ImportJobsService,
    private readonly exporter: ExportService,
    private readonly config: AppConfig,
  ) {}

  /**
   * Starts an import job from the request body: a file (`application/octet-stream`, `text/csv`), a tar of a folder
   * (`application/x-tar`) or a multipart form with one file. Answers 202 with the job; follow it at `GET
   * /v1/imports/:id`.
   */
  @Post('imports')
  @MinRole('editor')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start an import job from a file, a tar of a folder or a multipart form (202 with the job)',
  })
  @ApiAcceptedResponse({ type: ImportJobView })
  async startImport(@Query() query: ImportQuery, @Req() request: FastifyRequest, @CurrentPrincipal() by: Principal) {
    if (!(request.body instanceof Readable)) {
      throw badInput(
        'Send the file as the body (application/octet-stream, text/csv or application/x-tar) or as a multipart/form-data file field',
      );
    }
    const upload = await receiveUpload(
      request.body,
      request.headers,
      RAW_NAMES[query.format ?? ''] ?? 'upload',
      this.config.IMPORT_MAX_BYTES,
    );
    try {
      const options = plainToInstance(ImportQuery, { ...query, ...upload.fields });
      const errors = validateSync(options);
      if (errors.length > 0) throw validationFailed(errors);
      const format = options.format ?? (await detectFormat(upload.path));
      const job = await this.jobs.start(
        upload.path,
        upload.dir,
        {
          format,
          publish: options.publish === 'true',
          dryRun: options.dryRun === 'true',
          onConflict: options.onConflict ?? 'report',
        },
        by,
      );
      return job;
    } catch (error) {
      await rm(upload.dir, { recursive: true, force: true });
      throw error;
    }
  }

  /** An import job: its status, progress (`done` of `total` articles) and, once finished, its report. */
  @Get('imports/:id')
  @MinRole('editor')
  @ApiOperation({ summary: 'An import job: status, progress and report' })
  @ApiOkResponse({ type: ImportJobView })
  importJob(@Param('id') id: string) {
    return this.jobs.get(id);
  }

  /**
   * The whole knowledge base — every article with every locale's revision history, taxonomy, synonyms and channel
   * profiles — streamed as a tar of the Markdown folder (the import format) or as one JSON document.
   */
  @Get('exports')
  @MinRole('editor')
  @ApiOperation({ summary: 'Export the whole knowledge base as a tar of Markdown or one JSON document' })
  @ApiProduces('application/x-tar', 'application/json')
  @ApiOkResponse({
    description: 'The knowledge base as a download (tar of the Markdown folder, or JSON)',
    schema: { type: 'string', format: 'binary' },
  })
  export(@Query() query: ExportQuery, @Res() reply: FastifyReply) {
    const counts = { articles: 0, revisions: 0 };
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const parts = this.exporter.knowledgeBase();
    if (query.format === 'json') {
      reply
        .header('content-type', 'application/json')
        .header('content-disposition', `attachment; filename="savoir-export-${stamp}.json"`);
      return reply.send(Readable.from(jsonChunks(parts, counts)));
    }
    reply
      .header('content-type', 'application/x-tar')
      .header('content-disposition', `attachment; filename="savoir-export-${stamp}.tar"`);
    return reply.send(tarStream(markdownEntries(parts, counts), `savoir-export-${stamp}`));
  }
}
