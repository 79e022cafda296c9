import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiKeysService } from './api-keys.service.js';

/**
 * CORS for web pages embedding the widget. A preflight carries no key, so it is answered for any origin that some
 * active key allows; the request itself is then refused (403) unless its own key lists the page's origin (AuthGuard).
 * Keys travel in a header, never in cookies: no credentials mode.
 */
export function enableBrowserCors(app: NestFastifyApplication): void {
  const keys = app.get(ApiKeysService);
  app.enableCors({
    origin: async (origin: string | undefined) => (origin ? keys.isBrowserOriginAllowed(origin) : false),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
}
