import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { packageRoot } from '../../common/package-root.js';
import { LiveArticles } from '../articles/live-articles.js';
import type { OutboxFollower } from '../outbox/outbox-follower.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { calibrationCurve, chooseThreshold, DEFAULT_GOALS, withoutCoveredOutOfScope } from './calibration.js';
import { MatcherCalibrationRow } from './matcher-calibration.entity.js';
import { MatcherTrainer } from './matcher-trainer.js';
import { RELEVANT_EVENTS } from './question-index.js';

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
/** Content changes are calibrated after this long without another (a bulk import calibrates once, at its end). */
const QUIET_MS = 10_000;
const POLL_MS = 5_000;

export interface AnswerThreshold {
  threshold: number;
  /** `calibrated` from the locale's own phrasings; `default` when the locale is not calibrated (yet). */
  source: 'calibrated' | 'default';
}

/**
 * The answer threshold of each locale, calibrated from the knowledge base's own phrasings (see heldOutSamples and
 * calibrationCurve): the lowest threshold at which answers are right at least 95% of the time, and out-of-scope
 * questions (examples shipped in content/out-of-scope/<locale>.txt) are mostly handed off. Calibrating trains models
 * of the whole knowledge base on a training worker of its own, off the serving path and beside the serving model's
 * retraining; it runs again only when a locale's content drifted by a tenth, and is kept in the database, so that
 * an instance starting on calibrated content uses it at once.
 */
@Injectable()
export class MatcherCalibration implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatcherCalibration.name);
  private readonly byLocale = new Map<string, MatcherCalibrationRow>();
  private readonly trainer = new MatcherTrainer();
  private readonly follower: OutboxFollower;
  private readonly outOfScope = new Map<string, string[]>();
  private loaded: Promise<void> | undefined;
  private seen = '-1';
  private calibratedUpTo = '-1';
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectRepository(MatcherCalibrationRow) private readonly rows: Repository<MatcherCalibrationRow>,
    private readonly live: LiveArticles,
    outbox: OutboxService,
  ) {
    this.follower = outbox.follow({ types: RELEVANT_EVENTS, pollMs: POLL_MS, wake: () => void this.check() });
  }

  onApplicationBootstrap(): void {
    void this.check();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.follower.stop();
    await this.trainer.close();
    await this.running;
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

  /** Resolves once the calibrations reflect every content event committed so far (tests, benchmarks). */
  async current(): Promise<void> {
    for (;;) {
      await this.check(0);
      await this.running;
      if (this.calibratedUpTo === this.seen) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Schedules a calibration `delayMs` after the last content change not calibrated yet. */
  private async check(delayMs = QUIET_MS): Promise<void> {
    if (this.stopped) return;
    try {
      this.loaded ??= this.load();
      await this.loaded;
      const position = await this.follower.position();
      const changed = position !== this.seen;
      this.seen = position;
      // A change arrived during a calibration (which calibrated what came before): catch up now that it is over.
      const behind = position !== this.calibratedUpTo && !this.running && (delayMs === 0 || !this.timer);
      if (changed || behind) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
          this.timer = undefined;
          this.start();
        }, delayMs);
        this.timer.unref();
      }
    } catch (error) {
      this.loaded = undefined;
      this.logger.warn({
        message: 'could not check for content changes',
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }

  private start(): void {
    // With a calibration under way, the next check (poll or commit) catches up.
    if (this.running || this.stopped) return;
    const upTo = this.seen;
    this.running = this.calibrate(upTo)
      .then(() => void (this.calibratedUpTo = upTo))
      .catch((error: unknown) => {
        if (!this.stopped)
          this.logger.error({
            message: 'could not calibrate the answer threshold',
            error: error instanceof Error ? error.message : String(error),
          });
      })
      .finally(() => (this.running = undefined));
  }

  private async load(): Promise<void> {
    for (const row of await this.rows.find()) this.byLocale.set(row.locale, row);
  }

  /** Calibrates every locale whose content drifted since its calibration; forgets those with no live content left. */
  private async calibrate(upTo: string): Promise<void> {
    // Counted in the database: the phrasings themselves are read only for a locale that drifted.
    const counts = await this.live.phrasingCounts();
    for (const locale of [...this.byLocale.keys()].filter((l) => !counts.some((c) => c.locale === l))) {
      await this.rows.delete({ locale });
      this.byLocale.delete(locale);
    }
    for (const { locale, articles: articleCount, phrasings } of counts) {
      if (this.stopped) return;
      // Read back: another instance sharing the database may have calibrated this content already.
      const previous = (await this.rows.findOneBy({ locale })) ?? undefined;
      if (previous) this.byLocale.set(locale, previous);
      const drifted = (was: number, now: number) => Math.abs(now - was) > DRIFT * was;
      if (previous && !drifted(previous.articles, articleCount) && !drifted(previous.phrasings, phrasings)) continue;
      const articles = await this.live.phrasingsIn(locale);
      const matched = await this.trainer.calibrate(
        articles.map((a) => ({ key: a.articleId, questions: [a.title, ...a.questions] })),
        locale,
        this.outOfScopeOf(locale),
      );
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
        modelVersion: upTo,
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

  /** The out-of-scope examples shipped for a locale (none when there is no file for it). */
  private outOfScopeOf(locale: string): string[] {
    let questions = this.outOfScope.get(locale);
    if (!questions) {
      const file = join(packageRoot(), 'content', 'out-of-scope', `${locale}.txt`);
      questions = existsSync(file)
        ? readFileSync(file, 'utf8')
            .split('\n')
            .map((l) => l.trim())
            .filter((l) => l && !l.startsWith('#'))
        : [];
      this.outOfScope.set(locale, questions);
    }
    return questions;
  }
}
