import 'reflect-metadata';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.js';
import { createValidationPipe } from './validation.js';

class Greeting {
  @IsString()
  @MaxLength(5)
  text!: string;
}

class LoudGreeting extends Greeting {
  @IsOptional()
  @IsInt()
  volume?: number;
}

const pipe = createValidationPipe();

async function fieldsRejected(metatype: Function, value: object): Promise<string[]> {
  try {
    await pipe.transform(value, { type: 'body', metatype: metatype as never });
    return [];
  } catch (error) {
    return (error as DomainError).fieldErrors.map((f) => `${f.field}: ${f.message}`);
  }
}

describe('validation pipe (class-validator rules memoised per class)', () => {
  it('applies a class its own rules and its parent class its parent rules, again and again', async () => {
    for (let round = 0; round < 3; round += 1) {
      expect(await fieldsRejected(Greeting, { text: 'hello' })).toEqual([]);
      expect(await fieldsRejected(Greeting, { text: 'hello there' })).toEqual([
        'text: text must be shorter than or equal to 5 characters',
      ]);
      expect(await fieldsRejected(Greeting, { text: 'hi', volume: 3 })).toEqual(['volume: unknown field "volume"']);
      expect(await fieldsRejected(LoudGreeting, { text: 'hi', volume: 3 })).toEqual([]);
      expect(await fieldsRejected(LoudGreeting, { text: 'hello there', volume: 'high' })).toEqual([
        'volume: volume must be an integer number',
        'text: text must be shorter than or equal to 5 characters',
      ]);
    }
  });

  it('applies a rule added to a class after the class was validated', async () => {
    class Note {
      @IsString()
      body!: string;

      author?: string;
    }
    expect(await fieldsRejected(Note, { body: 'x' })).toEqual([]);
    IsString()(Note.prototype, 'author');
    expect(await fieldsRejected(Note, { body: 'x', author: 7 })).toEqual(['author: author must be a string']);
  });
});
