import { Module } from '@nestjs/common';
import { ArticlesModule } from '../articles/articles.module.js';
import { QuestionIndex } from './question-index.js';

/** The question matcher: per-locale models trained on the live articles' phrasings, trained and asked on worker threads. */
@Module({
  imports: [ArticlesModule],
  providers: [QuestionIndex],
  exports: [QuestionIndex],
})
export class MatcherModule {}
