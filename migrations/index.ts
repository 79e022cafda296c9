import { Foundation1764000000000 } from './1764000000000-Foundation.js';
import { Synonyms1764000100000 } from './1764000100000-Synonyms.js';
import { Serving1764000200000 } from './1764000200000-Serving.js';
import { DraftsWebhooks1764000300000 } from './1764000300000-DraftsWebhooks.js';
import { Analytics1764000400000 } from './1764000400000-Analytics.js';
import { AnalyticsCompact1764000500000 } from './1764000500000-AnalyticsCompact.js';
import { ApiKeyNoSecretPrefix1764000600000 } from './1764000600000-ApiKeyNoSecretPrefix.js';
import { UnansweredQuestions1764000700000 } from './1764000700000-UnansweredQuestions.js';
import { ApiKeyAllowedOrigins1764000800000 } from './1764000800000-ApiKeyAllowedOrigins.js';
import { Transfer1764000900000 } from './1764000900000-Transfer.js';
import { MatcherModels1764001000000 } from './1764001000000-MatcherModels.js';
import { CalibratedThreshold1764002000000 } from './1764002000000-CalibratedThreshold.js';
import { ArticleFreshness1764003000000 } from './1764003000000-ArticleFreshness.js';
import { AnswerMeasures1764004000000 } from './1764004000000-AnswerMeasures.js';
import { GapTopics1764005000000 } from './1764005000000-GapTopics.js';
import { AnswerRules1764006000000 } from './1764006000000-AnswerRules.js';

/** Every migration, in order. Listed explicitly so that the same list works from sources (tests) and from dist. */
export const MIGRATIONS = [
  Foundation1764000000000,
  Synonyms1764000100000,
  Serving1764000200000,
  DraftsWebhooks1764000300000,
  Analytics1764000400000,
  AnalyticsCompact1764000500000,
  ApiKeyNoSecretPrefix1764000600000,
  UnansweredQuestions1764000700000,
  ApiKeyAllowedOrigins1764000800000,
  Transfer1764000900000,
  MatcherModels1764001000000,
  CalibratedThreshold1764002000000,
  ArticleFreshness1764003000000,
  AnswerMeasures1764004000000,
  GapTopics1764005000000,
  AnswerRules1764006000000,
];
