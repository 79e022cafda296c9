import { Module } from '@nestjs/common';
import { WidgetController } from './widget.controller.js';

/** Serves the website FAQ widget (`/widget.js`, built from web/widget by `npm run build:web`) and `/demo`. */
@Module({ controllers: [WidgetController] })
export class WidgetModule {}
