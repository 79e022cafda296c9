import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { canSeeInternal, hasRole, type Principal } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { decodeCursor } from '../../common/paging.js';
import { ContentEvent } from '../outbox/content-event.entity.js';
import {
  ChangeEvent,
  cursorOf,
  internalTypesOf,
  PUBLIC_EVENT_TYPES,
  type PublicContext,
  SERVING_EVENT_TYPES,
  toChangeEvent,
  toPublicChangeEvent,
} from './change-event.js';

export interface ChangesPage {
  items: ChangeEvent[];
  /**
   * Where to resume: past the last event read, shown or not (a page of a public reader may be short or empty
   * while the cursor moves on), or the `after` given when nothing new happened (null from the start).
   */
  nextCursor: string | null;
  /** More events are already waiting: ask again at once. */
  hasMore: boolean;
}

/**
 * The change feed: the outbox read in id order, which is commit order (OutboxService serialises content writes),
 * so a reader that resumes after its last cursor never misses nor doubles an event. Each page reads at most
 * `limit` events and shows those the key may see (see toPublicChangeEvent), so hiding events never stalls a reader.
 */
@Injectable()
export class ChangesService {
  constructor(@InjectRepository(ContentEvent) private readonly events: Repository<ContentEvent>) {}

  async read(after: string | undefined, limit: number, by: Principal): Promise<ChangesPage> {
    const position = positionOf(after);
    const editorial = hasRole(by.role, 'editor');
    const rows = await this.events.find({
      where: { id: MoreThan(position), type: In(internalTypesOf(editorial ? PUBLIC_EVENT_TYPES : SERVING_EVENT_TYPES)) },
      order: { id: 'ASC' },
      take: limit + 1,
    });
    const read = rows.slice(0, limit);
    const items = canSeeInternal(by.role) ? read.map((row) => toChangeEvent(row, editorial)!) : await this.publicView(read);
    const last = read.at(-1);
    return { items, nextCursor: last ? cursorOf(last.id) : (after ?? null), hasMore: rows.length > limit };
  }

  /** The events a reader of public content may see, as it should see them. */
  private async publicView(rows: ContentEvent[]): Promise<ChangeEvent[]> {
    if (rows.length === 0) return [];
    const contexts: { id: string; audience: PublicContext['audience']; served_before: boolean }[] = await this.events.query(
      `SELECT e.id::text AS id, a.audience,
              EXISTS (SELECT 1 FROM content_events p WHERE p.article_id = e.article_id AND p.id < e.id AND p.type = 'article.published') AS served_before
         FROM content_events e LEFT JOIN articles a ON a.id = e.article_id
        WHERE e.id = ANY($1::bigint[])`,
      [rows.map((row) => row.id)],
    );
    const byId = new Map(contexts.map((c) => [c.id, { audience: c.audience, servedBefore: c.served_before }]));
    return rows.flatMap((row) => toPublicChangeEvent(row, byId.get(row.id)!) ?? []);
  }
}

/** The event id a cursor stands for ('0': the beginning). */
function positionOf(after: string | undefined): string {
  if (after === undefined) return '0';
  const invalid = badInput('after is not a cursor returned by this feed', [{ field: 'after', message: 'invalid cursor' }]);
  let decoded: { after: string };
  try {
    decoded = decodeCursor<{ after: string }>(after, ['after'])!;
  } catch {
    throw invalid;
  }
  if (!/^\d{1,19}$/.test(String(decoded.after))) throw invalid;
  return decoded.after;
}
