import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import type { Principal } from '../../src/common/domain.js';
import { DatabaseModule } from '../../src/database/database.module.js';
import { AuthModule } from '../../src/modules/auth/auth.module.js';
import { OutboxModule } from '../../src/modules/outbox/outbox.module.js';
import { ServedLogModule } from '../../src/modules/served-log/served-log.module.js';
import { freshDatabase } from './test-app.js';

/** An editor, for service calls that record who made a change. */
export const EDITOR: Principal = { keyId: '', name: 'integration test', role: 'editor', channel: 'agent' };

class TestConfigModule {}
class TestServicesModule {}

/**
 * Some feature modules on a fresh database, without HTTP: the middle tier of tests, for services whose behaviour
 * lies in their SQL and their collaboration with other modules (the outbox, the database) rather than in the API.
 */
export async function startServices(
  modules: Type[],
  overrides: Partial<AppConfig> = {},
): Promise<{ get: INestApplicationContext['get']; close: () => Promise<void> }> {
  const database = await freshDatabase();
  const config = loadConfig({}, { LOG_LEVEL: 'warn', DATA_DIR: 'memory://', ...database.config, ...overrides });
  const configModule: DynamicModule = {
    module: TestConfigModule,
    global: true,
    providers: [{ provide: AppConfig, useValue: config }],
    exports: [AppConfig],
  };
  const root: DynamicModule = {
    module: TestServicesModule,
    imports: [
      configModule,
      DatabaseModule.forRoot({ embedded: database.embedded }),
      // Global in the application as here: the API keys are what several services check names and owners against.
      AuthModule,
      OutboxModule,
      ServedLogModule,
      ...modules,
    ],
  };
  // A module that cannot start fails the test (abort() would take the test worker down with it).
  const context = await NestFactory.createApplicationContext(root, { logger: ['error', 'warn'], abortOnError: false });
  return {
    get: context.get.bind(context) as INestApplicationContext['get'],
    close: async () => {
      await context.close();
      await database.drop();
    },
  };
}
