import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Principal } from '../../common/domain.js';
import { CurrentPrincipal, MinRole } from '../auth/auth.decorators.js';
import { ClientEventDto, EventsAck, FeedbackDto, FeedbackView } from './ingest.dto.js';
import { IngestService, MAX_EVENTS_PER_BATCH } from './ingest.service.js';

@ApiTags('feedback')
@ApiBearerAuth()
@MinRole('public')
@Controller('v1')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  /** "Was this helpful?" on a served answer. 201 when recorded, 200 when it is a retry of recorded feedback. */
  @Post('feedback')
  @ApiResponse({ status: 201, type: FeedbackView, description: 'Recorded (committed)' })
  @ApiResponse({ status: 200, type: FeedbackView, description: 'Already recorded: a retry' })
  @ApiOperation({ summary: 'Record "was this helpful?" on a served answer (idempotent)' })
  async feedback(
    @Body() body: FeedbackDto,
    @CurrentPrincipal() by: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, feedback } = await this.ingest.recordFeedback(body, by);
    reply.status(created ? 201 : 200);
    return feedback;
  }

  /** A batch of client events; all of it is recorded (committed) before the answer, or none of it. */
  @Post('events')
  @HttpCode(200)
  @ApiBody({ type: [ClientEventDto], description: `1 to ${MAX_EVENTS_PER_BATCH} events` })
  @ApiOkResponse({ type: EventsAck })
  @ApiOperation({ summary: 'Record a batch of client events (all or none)' })
  async events(@Body() body: unknown, @CurrentPrincipal() by: Principal): Promise<EventsAck> {
    return this.ingest.recordEvents(this.ingest.parseEvents(body), by);
  }
}
