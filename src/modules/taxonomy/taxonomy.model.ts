import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageOf } from '../../graphql/paging.js';
import { CreateCategoryDto, CreateIntentDto, UpdateCategoryDto, UpdateIntentDto } from './taxonomy.dto.js';

@ObjectType('Category')
export class CategoryModel {
  @Field(() => ID) id: string;
  @Field() slug: string;
  @Field(() => GraphQLJSONObject, {
    description: 'Display name per locale, e.g. {"en": "Billing", "fr": "Facturation"}',
  })
  names: Record<string, string>;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int) position: number;
  @Field() createdAt: Date;
  // A taxonomy is small and the depth limit bounds the nesting: children are not multiplied like a page.
  @Field(() => [CategoryModel], { complexity: 1, description: 'Sub-categories (empty when listed flat)' })
  children: CategoryModel[];
}

@ObjectType('Intent')
export class IntentModel {
  @Field() key: string;
  @Field() name: string;
  @Field() description: string;
  @Field() createdAt: Date;
  @Field(() => Int, { nullable: true, description: 'Active articles answering this intent (in lists only)' })
  articleCount?: number;
}

@ObjectType('IntentPage')
export class IntentPage extends PageOf(IntentModel) {}

@ObjectType('TagCount')
export class TagCountModel {
  @Field() tag: string;
  @Field(() => Int) articleCount: number;
}

@InputType()
export class CreateCategoryInput extends CreateCategoryDto {
  @Field() slug: string;
  @Field(() => GraphQLJSONObject) names: Record<string, string>;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) position?: number;
}

@InputType()
export class UpdateCategoryInput extends UpdateCategoryDto {
  @Field({ nullable: true }) slug?: string;
  @Field(() => GraphQLJSONObject, { nullable: true }) names?: Record<string, string>;
  @Field(() => ID, { nullable: true }) parentId?: string | null;
  @Field(() => Int, { nullable: true }) position?: number;
}

@InputType()
export class CreateIntentInput extends CreateIntentDto {
  @Field() key: string;
  @Field() name: string;
  @Field({ nullable: true }) description?: string;
}

@InputType()
export class UpdateIntentInput extends UpdateIntentDto {
  @Field({ nullable: true }) name?: string;
  @Field({ nullable: true }) description?: string;
}
