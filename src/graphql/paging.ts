import type { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { PageQuery } from '../common/paging.js';

/** `limit` and `cursor` arguments on top of a DTO that already validates them (PageQuery or a subclass). */
export function WithPageArgs<T extends Type<PageQuery>>(Base: T) {
  @ArgsType()
  class PageArgs extends Base {
    @Field(() => Int, { nullable: true, description: 'Page size, 1 to 200' })
    limit?: number;

    @Field({ nullable: true, description: "Opaque cursor from the previous page's nextCursor" })
    cursor?: string;
  }
  return PageArgs;
}

@ArgsType()
export class PageArgs extends WithPageArgs(PageQuery) {}

/** A page of items in the REST shape `{ items, nextCursor }`. */
export function PageOf<T>(item: Type<T>) {
  @ObjectType({ isAbstract: true })
  class Page {
    // Counted once per item by the paged query's own complexity (see pageComplexity).
    @Field(() => [item], { complexity: 0 })
    items: T[];

    @Field(() => String, {
      nullable: true,
      description: 'Pass as `cursor` to get the next page; null on the last page',
    })
    nextCursor: string | null;
  }
  return Page;
}
