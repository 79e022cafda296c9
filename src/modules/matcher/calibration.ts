/**
 * Calibration of the answer threshold: from questions whose right article is known (held-out phrasings of the
 * knowledge base, see held-out.ts) and questions no article answers (out-of-scope examples), the curve threshold →
 * share answered and precision when answered, and the default threshold taken from it.
 */

/** The matcher's best answer to one calibration question. */
export interface CalibrationSample {
  /** The best article's confidence (see `confidenceOf`). */
  confidence: number;
  /** In scope: the best article is the one the question belongs to. Out of scope: always false. */
  right: boolean;
  /** False for a question no article answers (an out-of-scope example). */
  inScope: boolean;
}

export interface CurvePoint {
  threshold: number;
  /** Share of the in-scope questions answered (confidence ≥ threshold). Never increases with the threshold. */
  answered: number;
  /** Share of the answered in-scope questions answered with the right article; null when none is answered. */
  precision: number | null;
  /** Share of the out-of-scope questions answered (each is a wrong answer); null without out-of-scope examples. */
  outOfScopeAnswered: number | null;
}

export interface ThresholdChoice {
  threshold: number;
  /** Whether the threshold meets both goals (see `chooseThreshold` for the one taken when none does). */
  goalsMet: boolean;
}

export interface CalibrationGoals {
  /** Least precision when answered. */
  precision: number;
  /** Largest share of out-of-scope questions answered (checked only when there are out-of-scope examples). */
  outOfScopeAnswered: number;
}

/** What bots are calibrated for by default: 95% of answers right, 85% of out-of-scope questions handed off. */
export const DEFAULT_GOALS: CalibrationGoals = { precision: 0.95, outOfScopeAnswered: 0.15 };

/** The thresholds of the curve: 0, 0.01, … 1 (answers' confidences are compared at three decimals). */
const STEPS = 100;
/** Fewest answered held-out phrasings a precision is trusted from. */
const MIN_ANSWERED = 30;
/** Precision of the knowledge base's surest answers: an out-of-scope example matched as surely is covered by it. */
const COVERED_PRECISION = 0.99;

/**
 * A matcher hit's confidence in [0, 1]: the geometric mean of the model's probability and the nearest phrasing's
 * similarity.
 */
export function confidenceOf(hit: { probability: number; similarity: number }): number {
  return Math.sqrt(hit.probability * hit.similarity);
}

/** The curve at thresholds 0, 0.01, … 1, in one pass over the samples sorted by confidence. */
export function calibrationCurve(samples: CalibrationSample[]): CurvePoint[] {
  const inScope = samples.filter((s) => s.inScope).sort((a, b) => b.confidence - a.confidence);
  const outOfScope = samples.filter((s) => !s.inScope).sort((a, b) => b.confidence - a.confidence);
  const curve: CurvePoint[] = [];
  // Walk the thresholds from the top: samples at or above each threshold accumulate.
  let i = 0;
  let right = 0;
  let o = 0;
  for (let step = STEPS; step >= 0; step -= 1) {
    const threshold = step / STEPS;
    while (i < inScope.length && inScope[i].confidence >= threshold) right += inScope[i++].right ? 1 : 0;
    while (o < outOfScope.length && outOfScope[o].confidence >= threshold) o += 1;
    curve.push({
      threshold,
      answered: inScope.length ? i / inScope.length : 0,
      precision: i ? right / i : null,
      outOfScopeAnswered: outOfScope.length ? o / outOfScope.length : null,
    });
  }
  return curve.reverse();
}

/**
 * The samples without the out-of-scope examples this knowledge base covers. A generic list of questions outside any
 * product cannot know what a given knowledge base answers ("how many calories in a banana" is in scope for a
 * nutrition service): an example matched with a confidence at which held-out phrasings are 99% right is taken as
 * answered by it, not as a question to hand off.
 */
export function withoutCoveredOutOfScope(samples: CalibrationSample[]): {
  samples: CalibrationSample[];
  covered: number;
} {
  const inScope = samples.filter((s) => s.inScope);
  const sure = calibrationCurve(inScope).find(
    (p) =>
      p.precision !== null &&
      p.precision >= COVERED_PRECISION &&
      Math.round(p.answered * inScope.length) >= MIN_ANSWERED,
  );
  if (!sure) return { samples, covered: 0 };
  const kept = samples.filter((s) => s.inScope || s.confidence < sure.threshold);
  return { samples: kept, covered: samples.length - kept.length };
}

/**
 * The lowest threshold that meets the goals: precision when answered (over 30 answers at least: the precision of a
 * handful is noise), and out-of-scope questions answered. When the precision is out of reach (too few phrasings per
 * article to tell the articles apart on held-out ones), the lowest threshold that still hands off the out-of-scope
 * examples, or `fallback` without any; `goalsMet: false` says so.
 */
export function chooseThreshold(
  curve: CurvePoint[],
  inScope: number,
  fallback: number,
  goals: CalibrationGoals = DEFAULT_GOALS,
): ThresholdChoice {
  const handsOff = (p: CurvePoint) => p.outOfScopeAnswered !== null && p.outOfScopeAnswered <= goals.outOfScopeAnswered;
  const precise = (p: CurvePoint) =>
    p.precision !== null && p.precision >= goals.precision && Math.round(p.answered * inScope) >= MIN_ANSWERED;
  const first = curve.find((p) => precise(p) && (p.outOfScopeAnswered === null || handsOff(p)));
  if (first) return { threshold: first.threshold, goalsMet: true };
  return { threshold: curve.find(handsOff)?.threshold ?? fallback, goalsMet: false };
}
