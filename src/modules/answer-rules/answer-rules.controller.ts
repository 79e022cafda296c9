import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../common/domain.js';
import { baseFrom } from '../../common/if-match.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { CreateAnswerRuleDto, UpdateAnswerRuleDto } from './answer-rules.dto.js';
import { AnswerRulesService } from './answer-rules.service.js';
import { AnswerRuleVersionView, AnswerRuleView } from './answer-rules.views.js';

const ID = new ParseUUIDPipe();

/** Answer rules, edited by editors (as articles are); serving applies the enabled ones to every answer. */
@ApiTags('answer-rules')
@ApiBearerAuth()
@MinRole('editor')
@Controller('v1/answer-rules')
export class AnswerRulesController {
  constructor(private readonly rules: AnswerRulesService) {}

  @Post()
  @ApiOperation({ summary: 'Create an answer rule (version 1)' })
  @ApiCreatedResponse({ type: AnswerRuleView })
  create(@Body() body: CreateAnswerRuleDto, @CurrentPrincipal() by: Principal) {
    return this.rules.create(body, by);
  }

  @Get()
  @ApiOperation({ summary: 'Every answer rule, in the order tried: level, then position' })
  @ApiOkResponse({ type: [AnswerRuleView] })
  list() {
    return this.rules.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'An answer rule' })
  @ApiOkResponse({ type: AnswerRuleView })
  get(@Param('id', ID) id: string) {
    return this.rules.get(id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: "An answer rule's versions, latest first (who, when, what)" })
  @ApiOkResponse({ type: [AnswerRuleVersionView] })
  history(@Param('id', ID) id: string) {
    return this.rules.history(id);
  }

  @Patch(':id')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The version edited, instead of version' })
  @ApiOperation({ summary: 'Edit an answer rule (enable, disable, reorder...): a new version; 409 on a stale one' })
  @ApiOkResponse({ type: AnswerRuleView })
  update(
    @Param('id', ID) id: string,
    @Body() body: UpdateAnswerRuleDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() by: Principal,
  ) {
    const { version, ...fields } = body;
    return this.rules.update(id, fields, baseFrom(version, ifMatch, 'version'), by);
  }
}
