import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length } from 'class-validator';
import { CHANNELS, type Channel, ROLES, type Role } from '../../common/domain.js';
import { PageQuery } from '../../common/paging.js';
import { ApiKeysService } from './api-keys.service.js';
import { MinRole } from './auth.decorators.js';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'website FAQ widget' })
  @IsString() @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ enum: CHANNELS, description: 'Default channel of requests made with this key' })
  @IsOptional() @IsIn(CHANNELS)
  channel?: Channel;
}

export class ListApiKeysQuery extends PageQuery {
  @ApiPropertyOptional()
  @IsOptional() @Transform(({ value }) => value === 'true' || value === true) @IsBoolean()
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
  async create(@Body() body: CreateApiKeyDto) {
    const { key, secret } = await this.keys.create(body);
    return { ...key, secret };
  }

  @Get()
  list(@Query() query: ListApiKeysQuery) {
    return this.keys.list(query.limit ?? 50, query.cursor, query.includeRevoked ?? false);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.keys.get(id);
  }

  @Delete(':id')
  @HttpCode(200)
  revoke(@Param('id', ParseUUIDPipe) id: string) {
    return this.keys.revoke(id);
  }
}
