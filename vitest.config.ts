import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the TypeScript so that decorator metadata (NestJS DI, TypeORM, class-validator) is emitted.
export default defineConfig({
  plugins: [swc.vite({ module: { type: 'es6' } })],
  // Node loads graphql's CommonJS build for the libraries (Nest, mercurius); Vite would give our sources its ESM
  // build, and graphql refuses types from two copies. One copy for everyone, as in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'test/**/*.e2e.ts', 'test/**/*.int.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: true,
  },
});
