import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { ArticlesModule } from '../articles/articles.module.js';
import { SearchModule } from '../search/search.module.js';
import { ChannelsModule } from '../channels/channels.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ExportService } from './export.service.js';
import { ImportJobsService } from './import-jobs.service.js';
import { ImportService } from './import.service.js';
import { TransferController } from './transfer.controller.js';
import { ExternalId, ImportedLocale, ImportJob } from './transfer.entities.js';
import { UPLOAD_TYPES } from './upload.js';

/**
 * Import from Zendesk, CSV and Markdown folders; export to Markdown folders and JSON. Owns the transfer_* and
 * import_jobs tables.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ExternalId, ImportedLocale, ImportJob]),
    ArticlesModule,
    TaxonomyModule,
    SearchModule,
    ChannelsModule,
  ],
  controllers: [TransferController],
  providers: [ImportService, ExportService, ImportJobsService],
  exports: [ImportService, ExportService],
})
export class TransferModule implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  /** Uploads reach the import route as an unread stream (saved to disk there); any other route refuses these types. */
  onModuleInit(): void {
    const fastify = this.host.httpAdapter?.getInstance?.() as FastifyInstance | undefined;
    if (!fastify?.addContentTypeParser) return;
    for (const type of UPLOAD_TYPES) {
      if (fastify.hasContentTypeParser(type)) continue;
      fastify.addContentTypeParser(type, (request, payload, done) => {
        if (request.method === 'POST' && /^\/v1\/imports(\?|$)/.test(request.url)) return done(null, payload);
        done(Object.assign(new Error(`${type} is accepted by POST /v1/imports only`), { statusCode: 415 }), undefined);
      });
    }
  }
}
