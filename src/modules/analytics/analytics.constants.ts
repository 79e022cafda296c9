import type { Channel } from '../../common/domain.js';

/** Channels where the customer helps themself; a later agent or email contact means the answer did not settle it. */
export const SELF_SERVICE_CHANNELS: readonly Channel[] = ['web', 'bot', 'voice'];
/** Channels where a person from the centre handles the customer. */
export const CONTACT_CHANNELS: readonly Channel[] = ['agent', 'email'];

export const EVENT_TYPES = ['click', 'copied_to_reply', 'handoff', 'resolved'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Counters kept per served answer bucket; `escalations` are self-service answers followed by a contact. `questions`
 * are questions (answers, reply suggestions) whose best candidate was the article revision, answered or not, counted
 * when asked; `unanswered` are those of them left without a confident answer (handed off, or no answer).
 */
export const ANSWER_COUNTERS = [
  'served',
  'clicks',
  'copies',
  'helpful',
  'unhelpful',
  'handoffs',
  'resolved',
  'escalations',
  'questions',
  'unanswered',
] as const;
/** The counters a question (a search row) adds, not a served answer or its feedback and events. */
export const QUESTION_COUNTERS: readonly AnswerCounter[] = ['questions', 'unanswered'];
export type AnswerCounter = (typeof ANSWER_COUNTERS)[number];

/** Which answer counter each client event type increments. */
export const COUNTER_BY_EVENT: Record<EventType, AnswerCounter> = {
  click: 'clicks',
  copied_to_reply: 'copies',
  handoff: 'handoffs',
  resolved: 'resolved',
};

export const sqlList = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
