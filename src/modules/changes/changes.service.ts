import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { hasRole, type Principal } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { decodeCursor } from '../../common/paging.js';
import { ContentEvent } from '../outbox/content-event.entity.js';
import { ChangeEvent, internalTypesOf, PUBLIC_EVENT_TYPES, SERVING_EVENT_TYPES, toChangeEvent } from './change-event.js';

export interface ChangesPage {
  items: ChangeEvent[];
  /** Where to resume: the last item's cursor, or the `after` given when nothing new happened (null from the start). */
  nextCursor: string | null;
  /** More events are already waiting: ask again at once. */
  hasMore: boolean;
}

/**
 * The change feed: the outbox read in id order, which is commit order (OutboxService serialises content writes),
 * so a reader that resumes after its last cursor never misses nor doubles an event.
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
    const items = rows.slice(0, limit).map((row) => toChangeEvent(row, editorial)!);
    return { items, nextCursor: items.at(-1)?.cursor ?? after ?? null, hasMore: rows.length > limit };
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
