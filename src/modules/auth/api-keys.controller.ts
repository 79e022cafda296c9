import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { CHANNELS, type Channel, ROLES, type Role } from '../../common/domain.js';
import { badInput } from '../../common/errors.js';
import { PageQuery } from '../../common/paging.js';
import { ApiKeysService } from './api-keys.service.js';
import { MinRole } from './auth.decorators.js';
import { MAX_ALLOWED_ORIGINS, normaliseOrigin } from './origins.js';
import { ApiKeyPageView, ApiKeyView, CreatedApiKeyView } from './api-keys.views.js';

const ALLOWED_ORIGINS_DOC =
  'Origins (scheme://host[:port]) of the web pages that may call the API with this key from a browser (CORS), e.g. the sites ' +
  'embedding the FAQ widget. A cross-origin browser request from any other page is refused with 403; none: no browser origin.';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'website FAQ widget' })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ enum: CHANNELS, description: 'Default channel of requests made with this key' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @ApiPropertyOptional({ type: [String], example: ['https://www.example.com'], description: ALLOWED_ORIGINS_DOC })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALLOWED_ORIGINS)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  allowedOrigins?: string[];
}

export class UpdateApiKeyDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['https://www.example.com'],
    description: `Replaces the list. ${ALLOWED_ORIGINS_DOC}`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ALLOWED_ORIGINS)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  allowedOrigins?: string[];
}

/** The origins as browsers send them, each checked; duplicates dropped. */
export function parseAllowedOrigins(values: string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  const origins = values.map(normaliseOrigin);
  const errors = origins.flatMap((origin, i) =>
    origin
      ? []
      : [
          {
            field: `allowedOrigins[${i}]`,
            message: `"${values[i]}" is not an origin: write scheme://host[:port], http or https, no path`,
          },
        ],
  );
  if (errors.length > 0) throw badInput('allowedOrigins holds values that are not origins', errors);
  return [...new Set(origins as string[])];
}

export class ListApiKeysQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeRevoked?: boolean;
}

@ApiTags('keys')
@ApiBearerAuth()
@MinRole('admin')
@Controller('v1/keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  /** Creates a key. The secret is in the response and is never shown again. */
  @Post()
  @ApiOperation({ summary: 'Create a key (its secret is in this response only)' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  async create(@Body() body: CreateApiKeyDto) {
    const { key, secret } = await this.keys.create({
      ...body,
      allowedOrigins: parseAllowedOrigins(body.allowedOrigins),
    });
    return { ...key, secret };
  }

  /** Renames a key or replaces its allowed origins. */
  @Patch(':id')
  @ApiOperation({ summary: 'Rename a key or replace its allowed origins' })
  @ApiOkResponse({ type: ApiKeyView })
  update(@Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateApiKeyDto) {
    const changes = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.allowedOrigins !== undefined ? { allowedOrigins: parseAllowedOrigins(body.allowedOrigins) } : {}),
    };
    return this.keys.update(id, changes);
  }

  @Get()
  @ApiOperation({ summary: 'The keys, newest first' })
  @ApiOkResponse({ type: ApiKeyPageView })
  list(@Query() query: ListApiKeysQuery) {
    return this.keys.list(query.limit ?? 50, query.cursor, query.includeRevoked ?? false);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A key' })
  @ApiOkResponse({ type: ApiKeyView })
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.keys.get(id);
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke a key: refused from then on' })
  @ApiOkResponse({ type: ApiKeyView })
  revoke(@Param('id', ParseUUIDPipe) id: string) {
    return this.keys.revoke(id);
  }
}
