import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Category, Intent } from './category.entity.js';
import { CategoryTree } from './category-tree.js';
import { TaxonomyController } from './taxonomy.controller.js';
import { TaxonomyResolver } from './taxonomy.resolver.js';
import { TaxonomyService } from './taxonomy.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Category, Intent])],
  controllers: [TaxonomyController],
  providers: [TaxonomyService, TaxonomyResolver, CategoryTree],
  exports: [TaxonomyService, CategoryTree],
})
export class TaxonomyModule {}
