import { ApiProperty } from '@nestjs/swagger';

/** The OpenAPI description of what the health endpoints answer. */
export class LiveView {
  @ApiProperty({ example: 'ok' }) status: string;
}

export class SearchHealthView {
  @ApiProperty({ example: 'embedded' }) engine: string;
  @ApiProperty({ enum: ['ok', 'unavailable'] }) status: string;
}

export class ReadyView {
  @ApiProperty({ example: 'ready' }) status: string;
  @ApiProperty({ example: 'ok' }) database: string;
  @ApiProperty({ type: SearchHealthView }) search: SearchHealthView;
}
