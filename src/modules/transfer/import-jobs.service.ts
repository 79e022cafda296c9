import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { rm } from 'node:fs/promises';
import { In, Repository } from 'typeorm';
import type { Principal } from '../../common/domain.js';
import { DomainError, notFound } from '../../common/errors.js';
import { uuid7 } from '../../common/uuid7.js';
import { openSource } from './formats/sources.js';
import { ImportService } from './import.service.js';
import { ImportJob } from './transfer.entities.js';
import type { ImportJobOptions, ImportProgress } from './transfer.types.js';

/** Progress is written at most this often while a job runs. */
const PROGRESS_EVERY_MS = 1_000;

/**
 * Imports run as jobs, one at a time per instance, from an upload kept in a temporary folder until the job ends.
 * A job cut short by a restart is marked failed on the next start: imports are idempotent, so running it again is safe.
 */
@Injectable()
export class ImportJobsService implements OnApplicationBootstrap {
  private readonly logger = new Logger('ImportJobs');
  private queue: Promise<void> = Promise.resolve();

  constructor(
    @InjectRepository(ImportJob) private readonly jobs: Repository<ImportJob>,
    private readonly importer: ImportService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.update(
      { status: In(['queued', 'running']) },
      {
        status: 'failed',
        error: 'Interrupted by a restart of the server; run the import again (it is idempotent)',
        finishedAt: new Date(),
      },
    );
  }

  /** Queues an import of the upload at `path` (a file or folder, removed with `cleanupDir` afterwards). */
  async start(path: string, cleanupDir: string, options: ImportJobOptions, by: Principal): Promise<ImportJob> {
    const job = await this.jobs.save(
      this.jobs.create({
        id: uuid7(),
        status: 'queued',
        format: options.format,
        options,
        progress: { done: 0, total: null },
        report: null,
        error: null,
        createdBy: by.name,
        finishedAt: null,
      }),
    );
    this.queue = this.queue.then(() =>
      this.execute(job.id, path, options, by).finally(() => rm(cleanupDir, { recursive: true, force: true })),
    );
    return job;
  }

  async get(id: string): Promise<ImportJob> {
    const job = /^[0-9a-f-]{36}$/i.test(id) ? await this.jobs.findOne({ where: { id } }) : null;
    if (!job) throw notFound('Import job', id);
    return job;
  }

  private async execute(id: string, path: string, options: ImportJobOptions, by: Principal): Promise<void> {
    try {
      await this.jobs.update(id, { status: 'running' });
      const source = await openSource(options.format, path, (externalId) =>
        this.importer.slugOf('zendesk', externalId),
      );
      let written = 0;
      let latest: ImportProgress = { done: 0, total: null };
      let saving: Promise<unknown> = Promise.resolve();
      const report = await this.importer.run(source, { ...options, author: by.name }, (progress) => {
        latest = progress;
        if (Date.now() - written < PROGRESS_EVERY_MS) return;
        written = Date.now();
        saving = saving.then(() => this.jobs.update(id, { progress: latest }));
      });
      await saving;
      await this.jobs.update(id, { status: 'succeeded', progress: latest, report, finishedAt: new Date() });
    } catch (error) {
      const message =
        error instanceof DomainError ? error.message : 'The import stopped on an unexpected error; see the server log';
      if (!(error instanceof DomainError))
        this.logger.error({ message: 'import job failed', job: id, error: String((error as Error)?.stack ?? error) });
      await this.jobs.update(id, { status: 'failed', error: message, finishedAt: new Date() }).catch(() => undefined);
    }
  }
}
