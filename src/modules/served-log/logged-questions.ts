import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Channel } from '../../common/domain.js';

/** A question as the search log holds it: redacted when it was logged. */
export interface LoggedQuestion {
  query: string;
  locale: string;
  channel: Channel;
  apiKeyId: string | null;
}

/** Reads the questions the log holds, for the modules that replay them (the log is this module's). */
@Injectable()
export class LoggedQuestions {
  constructor(private readonly dataSource: DataSource) {}

  /** The last `limit` questions asked for an answer (answered or not), latest first. */
  recent(limit: number): Promise<LoggedQuestion[]> {
    return this.dataSource.query(
      `SELECT query, coalesce(locale, '') AS locale, channel, api_key_id AS "apiKeyId"
         FROM searches WHERE kind = 'answer'
        ORDER BY created_at DESC LIMIT $1`,
      [limit],
    );
  }
}
