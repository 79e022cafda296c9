import { accessSync, copyFileSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { releaseBuffer } from '../../common/release-buffer.js';
import { AppConfig, embeddedDataDir } from '../../config/app-config.js';
import type { LiveArticle } from '../articles/live-article.js';
import type { SerialisedLocaleModel } from './locale-matchers.js';

/**
 * What the stored models mean: bump it whenever a change of the matcher (its features, its training, its
 * serialisation) makes a model trained by earlier code wrong for the current code. Models of another format are not
 * loaded, and the first training replaces them. Bump it too for a change that only improves models: a retraining
 * carries the models of locales whose content did not change over as they are (QuestionIndex), so those would keep
 * the earlier code's models until their content changes.
 */
export const MODEL_FORMAT = 2;

/** A serialised model's bytes as kept in `file` (see SerialisedLocaleModel). */
const inFile = (file: string) => ({ model: new Uint8Array(0), file });

/** One training of every locale, versioned with the last outbox event it includes. */
export interface TrainedModels {
  version: string;
  trainedAt: Date;
  trainingMs: number;
  models: SerialisedLocaleModel[];
}

/**
 * The matcher's tables: the latest trained models (so that a started instance loads them rather than training for
 * minutes) and the training lease (so that instances sharing a database do not all train the same content).
 */
@Injectable()
export class MatcherStore {
  /**
   * On the embedded database in a directory, the models' bytes are files of this directory (inside DATA_DIR, which
   * PostgreSQL ignores), and the rows hold an empty `model`: PGlite's WebAssembly memory grows to hold every value it
   * writes or reads (~200 MB for a 26 MB model) and never shrinks. A single process holds that directory (its lock).
   */
  private readonly files: string | undefined;

  constructor(
    private readonly dataSource: DataSource,
    config: AppConfig,
  ) {
    const dataDir = embeddedDataDir(config);
    this.files = dataDir ? join(dataDir, 'savoir-matcher-models') : undefined;
  }

  private file(version: string, locale: string): string {
    return join(this.files!, `${version}-${locale}.v8`);
  }

  /** The version of the latest stored training this code can use, if any. */
  async latestVersion(): Promise<string | undefined> {
    const [{ version }] = await this.dataSource.query(
      `SELECT max(version)::text AS version FROM matcher_models WHERE format = $1`,
      [MODEL_FORMAT],
    );
    return version ?? undefined;
  }

  /** The latest stored training this code can use, if any. */
  async latest(): Promise<TrainedModels | undefined> {
    const rows: {
      version: string;
      locale: string;
      trainedAt: Date;
      trainingMs: number;
      articles: LiveArticle[];
      model: Uint8Array;
    }[] = await this.dataSource.query(
      `SELECT version::text AS version, locale, trained_at AS "trainedAt", training_ms AS "trainingMs", articles, model
         FROM matcher_models
        WHERE format = $1 AND version = (SELECT max(version) FROM matcher_models WHERE format = $1)
        ORDER BY locale`,
      [MODEL_FORMAT],
    );
    if (rows.length === 0) return undefined;
    return {
      version: rows[0].version,
      trainedAt: new Date(rows[0].trainedAt),
      trainingMs: rows[0].trainingMs,
      // In their files, which the thread that reads them reads (see `park`). A missing file throws: the models are
      // unreadable, and trained again (see QuestionIndex).
      models: rows.map(({ version, locale, articles, model }) => {
        if (!this.files || model.byteLength > 0) return { locale, articles, model };
        const file = this.file(version, locale);
        accessSync(file);
        return { locale, articles, ...inFile(file) };
      }),
    };
  }

  /**
   * A locale's model of a training under way, kept in its file from now on when the models are files (`file` set,
   * `model` empty; `save` keeps the file): this thread then holds none of it while the other locales train (~20 MB a
   * locale of 10,000 articles), and the matching worker reads it from there, one locale at a time, when the models are
   * put in place (see modelBytes): read here, both locales' bytes were held at once beside the models they replace, and
   * a retraining under load peaked there (+47 MB, bench/README.md, session 20). Elsewhere, or if the file cannot be
   * written, the model as it is. Once in its file, `trained.model` is released (see releaseBuffer): this thread's next
   * full collection may come while the next locale trains.
   */
  park(version: string, trained: SerialisedLocaleModel): SerialisedLocaleModel {
    if (!this.files) return trained;
    try {
      mkdirSync(this.files, { recursive: true });
      this.writeFile(version, trained.locale, trained.model);
    } catch {
      return trained;
    }
    releaseBuffer(trained.model);
    return { ...trained, ...inFile(this.file(version, trained.locale)) };
  }

  /**
   * The models of `locales` stored at version `from`, for the training `to` under way: locales whose content did not
   * change since. On files, each is copied to its file of `to` and comes back parked (see `park`: `save` keeps it);
   * elsewhere, with its bytes. Undefined when one is not stored at `from` any more (another instance stored later
   * models) or cannot be copied: train them then.
   */
  async carryOver(from: string, to: string, locales: string[]): Promise<SerialisedLocaleModel[] | undefined> {
    const rows: { locale: string; articles: LiveArticle[]; model: Uint8Array }[] = await this.dataSource.query(
      `SELECT locale, articles, model FROM matcher_models WHERE format = $1 AND version = $2 AND locale = ANY($3)`,
      [MODEL_FORMAT, from, locales],
    );
    if (rows.length !== locales.length) return undefined;
    try {
      return rows.map(({ locale, articles, model }) => {
        if (!this.files || model.byteLength > 0) return { locale, articles, model };
        copyFileSync(this.file(from, locale), this.file(to, locale));
        return { locale, articles, ...inFile(this.file(to, locale)) };
      });
    } catch {
      return undefined;
    }
  }

  /**
   * Stores a training unless a later version is stored already (false then), in place of the stored ones (one of the
   * same version too: it may be unreadable to this code). Saves are serialised by the lease row's lock, so two
   * instances finishing together keep the later version.
   */
  async save(trained: TrainedModels): Promise<boolean> {
    // Written before the rows naming them; files no row names any more are removed after the commit.
    if (this.files) {
      mkdirSync(this.files, { recursive: true });
      for (const { locale, model, file } of trained.models) if (!file) this.writeFile(trained.version, locale, model);
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM matcher_training_lease WHERE id = 1 FOR UPDATE`);
      const [{ newer }] = await manager.query(
        `SELECT count(*)::int AS newer FROM matcher_models WHERE format = $1 AND version > $2`,
        [MODEL_FORMAT, trained.version],
      );
      if (Number(newer) > 0) return false;
      await manager.query(`DELETE FROM matcher_models WHERE version <= $1 OR format <> $2`, [
        trained.version,
        MODEL_FORMAT,
      ]);
      for (const { locale, articles, model } of trained.models) {
        await manager.query(
          `INSERT INTO matcher_models (version, locale, format, trained_at, training_ms, articles, model) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)`,
          [
            trained.version,
            locale,
            MODEL_FORMAT,
            trained.trainedAt,
            trained.trainingMs,
            JSON.stringify(articles),
            this.files ? Buffer.alloc(0) : Buffer.from(model.buffer, model.byteOffset, model.byteLength),
          ],
        );
      }
      return true;
    });
    if (this.files) await this.removeUnnamedFiles();
    return saved;
  }

  private writeFile(version: string, locale: string, model: Uint8Array): void {
    const file = this.file(version, locale);
    writeFileSync(`${file}.tmp`, model);
    renameSync(`${file}.tmp`, file);
  }

  private async removeUnnamedFiles(): Promise<void> {
    const rows: { version: string; locale: string }[] = await this.dataSource.query(
      `SELECT version::text AS version, locale FROM matcher_models`,
    );
    const named = new Set(rows.map((r) => `${r.version}-${r.locale}.v8`));
    for (const name of readdirSync(this.files!)) if (!named.has(name)) rmSync(join(this.files!, name), { force: true });
  }

  /** Takes (or extends) the training lease for `holder`, for `seconds`: false when another instance holds it. */
  async claim(holder: string, seconds: number): Promise<boolean> {
    const [rows] = await this.dataSource.query(
      `UPDATE matcher_training_lease SET holder = $1, expires_at = now() + make_interval(secs => $2)
        WHERE id = 1 AND (holder IS NULL OR holder = $1 OR expires_at < now()) RETURNING id`,
      [holder, seconds],
    );
    return (rows as unknown[]).length > 0;
  }

  /** Gives the training lease back, if `holder` still holds it. */
  async release(holder: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE matcher_training_lease SET holder = NULL, expires_at = now() WHERE id = 1 AND holder = $1`,
      [holder],
    );
  }
}
