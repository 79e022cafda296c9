import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../common/errors.js';
import { AppConfig } from '../../config/app-config.js';
import { Anonymous } from '../auth/auth.decorators.js';
import { type AdminFile, adminFile, ASSET_NAME } from './admin-bundle.js';

/** Scripts from this server only; the API on this origin; channel previews may show images from anywhere on https. */
const CSP =
  "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; base-uri 'none'; form-action 'none'";

/**
 * The back-office single-page application (built from web/admin by `npm run build:web`). Its files are public; every
 * call it makes to the API carries the API key the user signed in with.
 */
@ApiExcludeController()
@Anonymous()
@Controller('admin')
export class AdminController {
  constructor(private readonly config: AppConfig) {}

  /** Hashed asset names never change content: cached for a year. */
  @Get('assets/:file')
  asset(
    @Param('file') name: string,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const file = ASSET_NAME.test(name) ? adminFile(`assets/${name}`) : null;
    if (!file) throw new DomainError('NOT_FOUND', `No back-office asset "${name}"`);
    reply.header('cache-control', 'public, max-age=31536000, immutable');
    return send(reply, file, acceptEncoding);
  }

  @Get()
  index(@Headers('accept-encoding') acceptEncoding: string | undefined, @Res() reply: FastifyReply) {
    return this.page(acceptEncoding, reply);
  }

  /**
   * The agent panel (`?session=<journey id>&ticket=<ticket id>&locale=&q=`): a page of its own with a small bundle, for
   * a desktop's sidebar or iframe.
   */
  @Get('agent')
  agent(@Headers('accept-encoding') acceptEncoding: string | undefined, @Res() reply: FastifyReply) {
    return this.page(acceptEncoding, reply, 'agent.html', this.config.AGENT_PANEL_FRAME_ANCESTORS);
  }

  /** Every other path is a screen of the application: the same page, which routes itself. */
  @Get('*')
  fallback(@Headers('accept-encoding') acceptEncoding: string | undefined, @Res() reply: FastifyReply) {
    return this.page(acceptEncoding, reply);
  }

  private page(acceptEncoding: string | undefined, reply: FastifyReply, name = 'index.html', frameAncestors = '') {
    const file = adminFile(name);
    if (!file) throw new DomainError('UNAVAILABLE', 'The back-office is not built: run "npm run build:web"');
    // Revalidated every time: it names the current hashed assets.
    reply
      .header('cache-control', 'no-cache')
      .header('content-security-policy', `${CSP}; frame-ancestors 'self'${frameAncestors ? ` ${frameAncestors}` : ''}`)
      .header('referrer-policy', 'no-referrer');
    return send(reply, file, acceptEncoding);
  }
}

function send(reply: FastifyReply, file: AdminFile, acceptEncoding: string | undefined) {
  reply.header('content-type', file.type).header('vary', 'accept-encoding').header('x-content-type-options', 'nosniff');
  if (/\bgzip\b/.test(acceptEncoding ?? '')) return reply.header('content-encoding', 'gzip').send(file.gzipped);
  return reply.send(file.body);
}
