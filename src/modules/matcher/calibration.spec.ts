import { describe, expect, it } from 'vitest';
import {
  calibrationCurve,
  type CalibrationSample,
  chooseThreshold,
  confidenceOf,
  withoutCoveredOutOfScope,
} from './calibration.js';
import { heldOutSamples } from './held-out.js';

const inScope = (confidence: number, right: boolean): CalibrationSample => ({ confidence, right, inScope: true });
const outOfScope = (confidence: number): CalibrationSample => ({ confidence, right: false, inScope: false });
const at = (curve: ReturnType<typeof calibrationCurve>, threshold: number) =>
  curve.find((p) => Math.abs(p.threshold - threshold) < 1e-9)!;

describe('calibrationCurve', () => {
  const samples = [
    inScope(0.9, true),
    inScope(0.7, true),
    inScope(0.5, false),
    inScope(0.3, true),
    inScope(0.1, false),
    outOfScope(0.6),
    outOfScope(0.05),
  ];
  const curve = calibrationCurve(samples);

  it('has a point per hundredth from 0 to 1, in increasing order', () => {
    expect(curve).toHaveLength(101);
    expect(curve[0].threshold).toBe(0);
    expect(curve[100].threshold).toBe(1);
    curve.slice(1).forEach((p, i) => expect(p.threshold).toBeGreaterThan(curve[i].threshold));
  });

  it('counts a sample answered at thresholds up to its confidence (inclusive), and precision among those answered', () => {
    expect(at(curve, 0)).toEqual({ threshold: 0, answered: 1, precision: 3 / 5, outOfScopeAnswered: 1 });
    expect(at(curve, 0.3)).toEqual({ threshold: 0.3, answered: 4 / 5, precision: 3 / 4, outOfScopeAnswered: 1 / 2 });
    expect(at(curve, 0.31)).toEqual({ threshold: 0.31, answered: 3 / 5, precision: 2 / 3, outOfScopeAnswered: 1 / 2 });
    expect(at(curve, 0.6)).toEqual({ threshold: 0.6, answered: 2 / 5, precision: 1, outOfScopeAnswered: 1 / 2 });
    expect(at(curve, 0.61)).toMatchObject({ answered: 2 / 5, precision: 1, outOfScopeAnswered: 0 });
    expect(at(curve, 0.95)).toEqual({ threshold: 0.95, answered: 0, precision: null, outOfScopeAnswered: 0 });
  });

  it('never lets the answered share grow with the threshold', () => {
    curve.slice(1).forEach((p, i) => expect(p.answered).toBeLessThanOrEqual(curve[i].answered));
  });

  it('has no out-of-scope share without out-of-scope samples, and no precision without samples', () => {
    expect(calibrationCurve([inScope(0.5, true)]).every((p) => p.outOfScopeAnswered === null)).toBe(true);
    expect(calibrationCurve([]).every((p) => p.precision === null && p.answered === 0)).toBe(true);
  });
});

describe('chooseThreshold', () => {
  const right = (n: number, from: number) => Array.from({ length: n }, (_, i) => inScope(from + i / 100, true));
  const count = (samples: CalibrationSample[]) => samples.filter((s) => s.inScope).length;
  const choose = (samples: CalibrationSample[], goals = { precision: 0.95, outOfScopeAnswered: 0.15 }) =>
    chooseThreshold(calibrationCurve(samples), count(samples), 0.15, goals);

  it('takes the lowest threshold meeting the precision goal', () => {
    // 40 right answers from 0.5 up, wrong ones at 0.45, 0.15, 0.15 and 0.1: 40/41 ≥ 95% from 0.16, 40/43 below.
    const samples = [
      ...right(40, 0.5),
      inScope(0.45, false),
      inScope(0.15, false),
      inScope(0.15, false),
      inScope(0.1, false),
    ];
    expect(choose(samples)).toEqual({ threshold: 0.16, goalsMet: true });
    expect(choose(samples, { precision: 0.99, outOfScopeAnswered: 0.15 })).toEqual({ threshold: 0.46, goalsMet: true });
  });

  it('also keeps out-of-scope questions below the threshold, when it has examples of them', () => {
    const samples = [...right(40, 0.4), outOfScope(0.5), outOfScope(0.2), outOfScope(0.1), outOfScope(0.05)];
    // Precision is 100% everywhere; at most a quarter of the out-of-scope questions may be answered: above 0.2.
    expect(choose(samples, { precision: 0.95, outOfScopeAnswered: 0.25 })).toEqual({ threshold: 0.21, goalsMet: true });
  });

  it('trusts no precision of fewer than 30 answers', () => {
    // 10 right answers from 0.81 up; below, 30 right ones from 0.2 to 0.49 among 20 wrong ones at 0.5.
    const samples = [...right(10, 0.81), ...right(30, 0.2), ...Array.from({ length: 20 }, () => inScope(0.5, false))];
    expect(choose(samples)).toEqual({ threshold: 0.15, goalsMet: false });
    // With 30 more right answers from 0.51 up, the precision above the wrong ones is trusted.
    expect(choose([...right(30, 0.51), ...samples])).toEqual({ threshold: 0.51, goalsMet: true });
  });

  it('when the precision is out of reach, still hands off the out-of-scope examples (or takes the fallback without any), and says so', () => {
    const coinFlips = Array.from({ length: 60 }, (_, i) => inScope(i / 60, i % 2 === 0));
    expect(
      choose([...coinFlips, outOfScope(0.3), outOfScope(0.02)], { precision: 0.95, outOfScopeAnswered: 0.5 }),
    ).toEqual({ threshold: 0.03, goalsMet: false });
    expect(choose([...coinFlips, outOfScope(0.3), outOfScope(0.02)])).toEqual({ threshold: 0.31, goalsMet: false });
    expect(choose(coinFlips)).toEqual({ threshold: 0.15, goalsMet: false });
  });
});

describe('withoutCoveredOutOfScope', () => {
  // 99 right answers from 0.3 up, wrong ones at 0.2, 0.2 and 0.1: 98% precise up to 0.2, 99% (100%) from 0.21.
  const knowledgeBase = [
    ...Array.from({ length: 99 }, (_, i) => inScope(0.3 + i / 150, true)),
    inScope(0.2, false),
    inScope(0.2, false),
    inScope(0.1, false),
  ];

  it('leaves out the out-of-scope examples matched as surely as answers 99% right (the knowledge base answers them)', () => {
    const { samples, covered } = withoutCoveredOutOfScope([
      ...knowledgeBase,
      outOfScope(0.9),
      outOfScope(0.21),
      outOfScope(0.2),
      outOfScope(0.05),
    ]);
    expect(covered).toBe(2);
    expect(samples.filter((s) => !s.inScope).map((s) => s.confidence)).toEqual([0.2, 0.05]);
    expect(samples.filter((s) => s.inScope)).toHaveLength(102);
  });

  it('keeps every example when no threshold is 99% precise', () => {
    const noisy = [inScope(0.9, false), inScope(0.8, true), outOfScope(0.95)];
    expect(withoutCoveredOutOfScope(noisy)).toEqual({ samples: noisy, covered: 0 });
  });
});

describe('confidenceOf', () => {
  it('is the geometric mean of probability and similarity', () => {
    expect(confidenceOf({ probability: 0.64, similarity: 1 })).toBeCloseTo(0.8);
    expect(confidenceOf({ probability: 0.5, similarity: 0 })).toBe(0);
  });
});

describe('heldOutSamples', () => {
  const topics = ['voicemail pin', 'roaming charges', 'bill amount', 'sim card', 'data plan', 'phone contract'];
  const entries = topics.map((topic) => ({
    key: topic,
    questions: [
      `About ${topic}`,
      `question on my ${topic}`,
      `help with the ${topic}`,
      `${topic} problem`,
      `my ${topic} is wrong`,
      `I have an issue with my ${topic}`,
    ],
  }));

  it('holds out alternative phrasings only (never a title), each matched once by a model not trained on it', () => {
    const samples = heldOutSamples(entries, ['what is the weather in Paris', 'tell me a joke'], { maxSamples: 10 });
    expect(samples.filter((s) => s.inScope)).toHaveLength(10);
    expect(samples.filter((s) => !s.inScope)).toHaveLength(2);
    // The topic words are in the article's other phrasings: the held-out ones are found.
    expect(samples.filter((s) => s.inScope && s.right).length).toBeGreaterThanOrEqual(9);
    expect(Math.max(...samples.filter((s) => !s.inScope).map((s) => s.confidence))).toBeLessThan(
      Math.min(...samples.filter((s) => s.right).map((s) => s.confidence)),
    );
  });

  it('gives nothing for a knowledge base of titles alone', () => {
    expect(
      heldOutSamples(
        entries.map((e) => ({ key: e.key, questions: e.questions.slice(0, 1) })),
        ['tell me a joke'],
      ),
    ).toEqual([]);
  });
});
