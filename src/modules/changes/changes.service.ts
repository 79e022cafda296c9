import { Injectable } from '@nestjs/common';
import { canSeeInternal, hasRole, type Principal } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { decodeCursor } from '../../common/paging.js';
import { ArticlesService } from '../articles/articles.service.js';
import type { ContentEvent } from '../outbox/content-event.entity.js';
import { OutboxService } from '../outbox/outbox.service.js';
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
  constructor(
    private readonly outbox: OutboxService,
    private readonly articles: ArticlesService,
  ) {}

  async read(after: string | undefined, limit: number, by: Principal): Promise<ChangesPage> {
    const position = positionOf(after);
    const editorial = hasRole(by.role, 'editor');
    const rows = await this.outbox.read(
      position,
      internalTypesOf(editorial ? PUBLIC_EVENT_TYPES : SERVING_EVENT_TYPES),
      limit + 1,
    );
    const read = rows.slice(0, limit);
    const items = canSeeInternal(by.role)
      ? read.map((row) => toChangeEvent(row, editorial)!)
      : await this.publicView(read);
    const last = read.at(-1);
    return { items, nextCursor: last ? cursorOf(last.id) : (after ?? null), hasMore: rows.length > limit };
  }

  /** The events a reader of public content may see, as it should see them. */
  private async publicView(rows: ContentEvent[]): Promise<ChangeEvent[]> {
    if (rows.length === 0) return [];
    const [audiences, servedBefore] = await Promise.all([
      this.articles.audiencesOf([...new Set(rows.flatMap((row) => row.articleId ?? []))]),
      this.outbox.publishedBefore(rows),
    ]);
    const contextOf = (row: ContentEvent): PublicContext => ({
      audience: (row.articleId && audiences.get(row.articleId)) || null,
      servedBefore: servedBefore.has(row.id),
    });
    return rows.flatMap((row) => toPublicChangeEvent(row, contextOf(row)) ?? []);
  }
}

/** The event id a cursor stands for ('0': the beginning). */
function positionOf(after: string | undefined): string {
  if (after === undefined) return '0';
  const invalid = badInput('after is not a cursor returned by this feed', [
    { field: 'after', message: 'invalid cursor' },
  ]);
  let decoded: { after: string };
  try {
    decoded = decodeCursor<{ after: string }>(after, ['after'])!;
  } catch {
    throw invalid;
  }
  if (!/^\d{1,19}$/.test(String(decoded.after))) throw invalid;
  return decoded.after;
}
