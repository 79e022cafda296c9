import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article, ArticleLocale } from './article.entity.js';
import { ArticlesController } from './articles.controller.js';
import { ARTICLE_RESOLVERS } from './articles.resolver.js';
import { ArticlesService } from './articles.service.js';
import { PublicationScheduler } from './publication-scheduler.js';
import { ArticleRevision } from './revision.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Article, ArticleLocale, ArticleRevision])],
  controllers: [ArticlesController],
  providers: [ArticlesService, PublicationScheduler, ...ARTICLE_RESOLVERS],
  exports: [ArticlesService],
})
export class ArticlesModule {}
