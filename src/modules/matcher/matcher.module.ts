import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { MatcherStore } from './matcher-store.js';
import { QuestionIndex } from './question-index.js';

/**
 * The question matcher: per-locale models trained on the live articles' phrasings, trained and asked on worker
 * threads, stored so that a started instance loads them.
 */
@Module({
  imports: [ArticlesModule],
  providers: [QuestionIndex, MatcherStore],
  exports: [QuestionIndex],
})
export class MatcherModule {}
