import type { Audience } from '../../common/domain.js';

/** A live article in one locale, as it is named in answers: which revision of which article, and its title. */
export interface LiveArticle {
  articleId: string;
  slug: string;
  audience: Audience;
  locale: string;
  revision: number;
  title: string;
}
