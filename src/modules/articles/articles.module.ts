import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Article, ArticleLocale } from './article.entity.js';
import { ArticleLabels } from './article-labels.js';
import { ArticleVocabularyController } from './article-vocabulary.controller.js';
import { ArticleVocabularyResolver } from './article-vocabulary.resolver.js';
import { ArticleVocabularyService } from './article-vocabulary.service.js';
import { ArticlesController } from './articles.controller.js';
import { ARTICLE_RESOLVERS } from './articles.resolver.js';
import { ArticlesService } from './articles.service.js';
import { LiveArticles } from './live-articles.js';
import { PublicationScheduler } from './publication-scheduler.js';
import { ArticleRevision } from './revision.entity.js';
import { TaxonomyModule } from '../taxonomy/taxonomy.module.js';

@Module({
  imports: [TypeOrmModule.forFeature([Article, ArticleLocale, ArticleRevision]), TaxonomyModule],
  controllers: [ArticlesController, ArticleVocabularyController],
  providers: [
    ArticlesService,
    ArticleLabels,
    LiveArticles,
    PublicationScheduler,
    ArticleVocabularyService,
    ArticleVocabularyResolver,
    ...ARTICLE_RESOLVERS,
  ],
  exports: [ArticlesService, ArticleLabels, LiveArticles],
})
export class ArticlesModule {}
