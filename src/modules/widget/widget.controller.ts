import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DomainError } from '../../common/errors.js';
import { Anonymous } from '../auth/auth.decorators.js';
import { demoPage } from './demo-page.js';
import { widgetBundle } from './widget-bundle.js';

/** The website FAQ widget's script and its demo page: public files, no key. */
@ApiExcludeController()
@Anonymous()
@Controller()
export class WidgetController {
  /**
   * `/widget.js` is revalidated every few minutes (ETag); `/widget.js?v=<version>` (the version is the ETag) never
   * changes and is cached for a year.
   */
  @Get('widget.js')
  script(
    @Query('v') version: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Headers('accept-encoding') acceptEncoding: string | undefined,
    @Res() reply: FastifyReply,
  ) {
    const bundle = widgetBundle();
    if (!bundle) throw new DomainError('UNAVAILABLE', 'The widget is not built: run "npm run build:web"');
    const etag = `"${bundle.version}"`;
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('etag', etag)
      .header('vary', 'accept-encoding')
      .header(
        'cache-control',
        version === bundle.version ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
      )
      .header('x-content-type-options', 'nosniff')
      .header('cross-origin-resource-policy', 'cross-origin');
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
    if (/\bgzip\b/.test(acceptEncoding ?? '')) return reply.header('content-encoding', 'gzip').send(bundle.gzipped);
    return reply.send(bundle.code);
  }

  /**
   * A sample help page with the widget, against the demo content: `/demo?key=<public key>&locale=en|fr&mode=launcher`.
   */
  @Get('demo')
  demo(@Query() query: Record<string, string | undefined>, @Res() reply: FastifyReply) {
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .header(
        'content-security-policy',
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      )
      .header('referrer-policy', 'no-referrer')
      .send(demoPage({ key: query.key, locale: query.locale, mode: query.mode, version: widgetBundle()?.version }));
  }
}
