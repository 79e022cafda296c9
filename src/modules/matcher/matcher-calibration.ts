import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { packageRoot } from '../../common/package-root.js';
import type { LivePhrasings, PhrasingCount } from '../articles/live-articles.js';
import {
  calibrationCurve,
  type CalibrationSample,
  chooseThreshold,
  DEFAULT_GOALS,
  withoutCoveredOutOfScope,
} from './calibration.js';
import { entriesOf } from './locale-matchers.js';
import { MatcherCalibrationRow } from './matcher-calibration.entity.js';
import type { MatcherEntry } from './question-matcher.js';

/**
 * The threshold of a locale too small to calibrate (fewer held-out phrasings than MIN_SAMPLES): with a handful of
 * phrasings per article, most questions share few words with any of them, and a stricter default would hand off
 * nearly everything.
 */
export const UNCALIBRATED_THRESHOLD = 0.15;
/** Fewest held-out phrasings a calibration is trusted from (each is about a 2-point step of precision below 50). */
const MIN_SAMPLES = 50;
/** Calibrate again once a locale's articles or phrasings changed by this share since its calibration. */
const DRIFT = 0.1;

/** Matches held-out phrasings of `entries` and the `outOfScope` questions (heldOutSamples, on the matching worker). */
export type HeldOutMatcher = (
  entries: MatcherEntry[],
  locale: string,
  outOfScope: string[],
) => Promise<CalibrationSample[]>;

export interface AnswerThreshold {
  threshold: number;
  /** `calibrated` from the locale's own phrasings; `default` when the locale is not calibrated (yet). */
  source: 'calibrated' | 'default';
}

/**
 * The answer threshold of each locale, calibrated from the knowledge base's own phrasings (see heldOutSamples and
 * calibrationCurve): the lowest threshold at which answers are right at least 95% of the time, and out-of-scope
 * questions (examples shipped in content/out-of-scope/<locale>.txt) are mostly handed off. The question index
 * calibrates when it retrains the serving models (`calibrate`, on the live phrasings read then, on the matching
 * worker, once the new models serve): a locale again only when its content drifted by a tenth. Kept in the
 * database, so that an instance starting on calibrated content uses it at once.
 */
@Injectable()
export class MatcherCalibration implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatcherCalibration.name);
  private readonly byLocale = new Map<string, MatcherCalibrationRow>();
  private readonly outOfScope = new Map<string, string[]>();

  constructor(@InjectRepository(MatcherCalibrationRow) private readonly rows: Repository<MatcherCalibrationRow>) {}

  private loading: Promise<void> | undefined;

  async onApplicationBootstrap(): Promise<void> {
    await this.loaded();
  }

  /** Resolves once the stored calibrations were read a first time. */
  loaded(): Promise<void> {
    // A failed read is tried again by the next caller.
    return (this.loading ??= this.reload().catch((error: unknown) => {
      this.loading = undefined;
      throw error;
    }));
  }

  /** The threshold answers in `locale` are given at when the channel profile sets none. */
  threshold(locale: string): AnswerThreshold {
    const row = this.byLocale.get(locale);
    return row
      ? { threshold: row.threshold, source: 'calibrated' }
      : { threshold: UNCALIBRATED_THRESHOLD, source: 'default' };
  }

  /** The calibration of a locale, undefined when it has none (too few phrasings, or not calibrated yet). */
  get(locale: string): MatcherCalibrationRow | undefined {
    return this.byLocale.get(locale);
  }

  /** Reads the stored calibrations again (another instance sharing the database may have calibrated since). */
  async reload(): Promise<void> {
    const rows = await this.rows.find();
    this.byLocale.clear();
    for (const row of rows) this.byLocale.set(row.locale, row);
  }

  /**
   * Calibrates every locale of the live content (`live`, counted at content version `version`) that drifted since its
   * calibration, on its live phrasings (read with `phrasingsIn` then: a locale at a time, only those that drifted),
   * matching held-out phrasings with `match`; forgets the locales with no live content left.
   */
  async calibrate(
    live: PhrasingCount[],
    version: string,
    phrasingsIn: (locale: string) => Promise<LivePhrasings[]>,
    match: HeldOutMatcher,
  ): Promise<void> {
    const liveLocales = new Set(live.map((count) => count.locale));
    for (const { locale } of await this.rows.find({ select: { locale: true } })) {
      if (liveLocales.has(locale)) continue;
      await this.rows.delete({ locale });
      this.byLocale.delete(locale);
    }
    for (const count of live) {
      const { locale } = count;
      // Read back: another instance sharing the database may have calibrated this content already.
      const previous = (await this.rows.findOneBy({ locale })) ?? undefined;
      if (previous) this.byLocale.set(locale, previous);
      const drifted = (was: number, now: number) => Math.abs(now - was) > DRIFT * was;
      if (previous && !drifted(previous.articles, count.articles) && !drifted(previous.phrasings, count.phrasings))
        continue;
      const articles = await phrasingsIn(locale);
      const phrasings = articles.reduce((sum, a) => sum + a.questions.length, 0);
      // Every non-blank alternative question can be held out (see heldOutSamples): too few, nothing to train.
      const alternatives = articles.reduce((sum, a) => sum + a.questions.filter((q) => q.trim()).length, 0);
      const matched =
        alternatives < MIN_SAMPLES ? [] : await match(entriesOf(articles), locale, this.outOfScopeOf(locale));
      const { samples, covered } = withoutCoveredOutOfScope(matched);
      const inScope = samples.filter((s) => s.inScope).length;
      if (inScope < MIN_SAMPLES) {
        await this.rows.delete({ locale });
        this.byLocale.delete(locale);
        continue;
      }
      const curve = calibrationCurve(samples);
      const choice = chooseThreshold(curve, inScope, UNCALIBRATED_THRESHOLD, DEFAULT_GOALS);
      const row = this.rows.create({
        locale,
        modelVersion: version,
        threshold: choice.threshold,
        goalsMet: choice.goalsMet,
        curve,
        inScopeSamples: inScope,
        outOfScopeSamples: samples.length - inScope,
        outOfScopeCovered: covered,
        articles: articles.length,
        phrasings,
        calibratedAt: new Date(),
      });
      await this.rows.save(row);
      this.byLocale.set(locale, row);
      this.logger.log({
        message: 'answer threshold calibrated',
        locale,
        threshold: choice.threshold,
        goalsMet: choice.goalsMet,
        inScope,
        outOfScope: samples.length - inScope,
        covered,
      });
    }
  }

  /** The out-of-scope examples shipped for a locale, read once. */
  private outOfScopeOf(locale: string): string[] {
    let questions = this.outOfScope.get(locale);
    if (!questions) this.outOfScope.set(locale, (questions = outOfScopeExamples(locale)));
    return questions;
  }
}

/** The out-of-scope examples shipped for a locale in content/out-of-scope/<locale>.txt (none when there is no file). */
export function outOfScopeExamples(locale: string): string[] {
  const file = join(packageRoot(), 'content', 'out-of-scope', `${locale}.txt`);
  return existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
    : [];
}
