import { ACCOUNT_ARTICLES, FRAUD_ARTICLES, HELP_ARTICLES } from './articles/account.js';
import { AGENT_ARTICLES } from './articles/agent.js';
import { BILLING_ARTICLES, PAYMENT_ARTICLES } from './articles/billing.js';
import { INTERNET_ARTICLES, NETWORK_ARTICLES } from './articles/internet.js';
import { DEVICE_ARTICLES, ROAMING_ARTICLES, SIM_ARTICLES } from './articles/mobile.js';
import { CONTRACT_ARTICLES, PLAN_ARTICLES, PORTING_ARTICLES } from './articles/plans.js';
import { DEMO_CATEGORIES, DEMO_INTENTS } from './taxonomy.js';
import type { SeedContent } from './types.js';

/** Lumio Telecom, a fictional telecom operator: its bilingual (en, fr) help centre and agents' procedures. */
export const DEMO_CONTENT: SeedContent = {
  categories: DEMO_CATEGORIES,
  intents: DEMO_INTENTS,
  articles: [
    ...BILLING_ARTICLES,
    ...PAYMENT_ARTICLES,
    ...PLAN_ARTICLES,
    ...CONTRACT_ARTICLES,
    ...PORTING_ARTICLES,
    ...SIM_ARTICLES,
    ...ROAMING_ARTICLES,
    ...DEVICE_ARTICLES,
    ...INTERNET_ARTICLES,
    ...NETWORK_ARTICLES,
    ...ACCOUNT_ARTICLES,
    ...FRAUD_ARTICLES,
    ...HELP_ARTICLES,
    ...AGENT_ARTICLES,
  ],
};
