import { Module } from '@nestjs/common';
import { AdminController } from './admin.controller.js';

/** Serves the back-office web application at /admin (built from web/admin by `npm run build:web`). */
@Module({ controllers: [AdminController] })
export class AdminModule {}
