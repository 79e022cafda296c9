import { UsePipes } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '../../common/domain.js';
import { pageComplexity } from '../../graphql/complexity.js';
import { NullAsAbsentPipe } from '../../graphql/null-as-absent.pipe.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import {
  AnswerArgs,
  AnswerModel,
  FaqArgs,
  FaqModel,
  RenderArgs,
  ReplySuggestionsArgs,
  ReplySuggestionsModel,
  SearchArgs,
  SearchResultModel,
  ServedArticleModel,
} from './serving.model.js';
import { ServingService } from './serving.service.js';

/**
 * Serving over GraphQL: every channel, within what the key's role and channel allow. The same service calls as
 * ServingController, so searches and served answers are logged the same way.
 */
@Resolver()
@MinRole('public')
@UsePipes(NullAsAbsentPipe)
export class ServingResolver {
  constructor(private readonly serving: ServingService) {}

  @Query(() => SearchResultModel, {
    complexity: pageComplexity(10),
    description: 'Live articles for a query, best first; logged as a search',
  })
  search(@Args() args: SearchArgs, @CurrentPrincipal() by: Principal) {
    return this.serving.searchArticles(by, args);
  }

  @Query(() => ServedArticleModel, {
    description: 'The live revision of an article rendered for the channel; logged as served',
  })
  renderArticle(@Args() args: RenderArgs, @CurrentPrincipal() by: Principal) {
    const { articleId, ...query } = args;
    return this.serving.render(by, articleId, query);
  }

  @Query(() => FaqModel, {
    complexity: pageComplexity(20),
    description: 'Live articles of a category (or all), most served on this channel first',
  })
  faq(@Args() args: FaqArgs, @CurrentPrincipal() by: Principal) {
    return this.serving.faq(by, args);
  }

  @Query(() => AnswerModel, {
    description: "One best answer with a confidence, or a hand-off below the channel's threshold; logged as served",
  })
  answer(@Args() args: AnswerArgs, @CurrentPrincipal() by: Principal) {
    return this.serving.answer(by, args);
  }

  @Query(() => ReplySuggestionsModel, {
    description: 'Articles for a reply to an email and a draft reply built from them; logged as served',
  })
  @MinRole('agent')
  replySuggestions(@Args() args: ReplySuggestionsArgs, @CurrentPrincipal() by: Principal) {
    return this.serving.suggestReply(by, args);
  }
}
