import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ArticlesModule } from '../articles/articles.module.js';
import { SearchModule } from '../search/search.module.js';
import { ServingModule } from '../serving/serving.module.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';
import { ExternalId, ImportedLocale, ImportJob } from './transfer.entities.js';
import { ImportService } from './import.service.js';

/** Import from Zendesk, CSV and Markdown folders; export to Markdown folders and JSON. Owns the transfer_* and import_jobs tables. */
@Module({
  imports: [TypeOrmModule.forFeature([ExternalId, ImportedLocale, ImportJob]), ArticlesModule, TaxonomyModule, SearchModule, ServingModule],
  providers: [ImportService],
  exports: [ImportService],
})
export class TransferModule {}
