import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import type { Principal } from '../../common/domain.js';
import { conflict, notFound } from '../../common/errors.js';
import { decodeCursor, Page, toPage } from '../../common/paging.js';
import { Webhook, WebhookDelivery } from './webhook.entity.js';
import { WebhookTargets } from './webhook-targets.js';
import type { CreateWebhookDto, ListDeliveriesQuery, UpdateWebhookDto } from './webhooks.dto.js';

/** Webhook registrations and their delivery log. Sending is the dispatcher's job. */
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    private readonly targets: WebhookTargets,
  ) {}

  /** Registers a webhook; the response carries the secret, the only time it is shown. */
  async create(input: CreateWebhookDto, by: Principal): Promise<Webhook> {
    await this.targets.checkRegistration(input.url);
    const secret = input.secret ?? `whsec_${randomBytes(24).toString('base64url')}`;
    const saved = await this.webhooks.save(
      this.webhooks.create({
        url: input.url,
        events: [...new Set(input.events)],
        secret,
        description: input.description ?? '',
        active: input.active ?? true,
        createdBy: by.name,
      }),
    );
    return { ...(await this.get(saved.id)), secret };
  }

  async list(limit: number, cursor: string | undefined): Promise<Page<Webhook>> {
    const after = decodeCursor<{ createdAt: string; id: string }>(cursor, ['createdAt', 'id']);
    const query = this.webhooks
      .createQueryBuilder('w')
      .orderBy('w.created_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(limit + 1);
    if (after) query.andWhere('(w.created_at, w.id) > (:createdAt, :id)', after);
    return toPage(await query.getMany(), limit, (w) => ({ createdAt: w.createdAt.toISOString(), id: w.id }));
  }

  async get(id: string): Promise<Webhook> {
    const webhook = await this.webhooks.findOne({ where: { id } });
    if (!webhook) throw notFound('Webhook', id);
    return webhook;
  }

  async update(id: string, input: UpdateWebhookDto): Promise<Webhook> {
    await this.get(id);
    if (input.url !== undefined) await this.targets.checkRegistration(input.url);
    const changes: Partial<Webhook> = { ...input };
    if (input.events) changes.events = [...new Set(input.events)];
    if (Object.keys(changes).length > 0) await this.webhooks.update(id, changes);
    return this.get(id);
  }

  async remove(id: string): Promise<void> {
    const result = await this.webhooks.delete(id);
    if (!result.affected) throw notFound('Webhook', id);
  }

  /** The delivery log, latest event first. */
  async listDeliveries(webhookId: string, query: ListDeliveriesQuery): Promise<Page<WebhookDelivery>> {
    await this.get(webhookId);
    const limit = query.limit ?? 50;
    const after = decodeCursor<{ eventId: string }>(query.cursor, ['eventId']);
    const qb = this.deliveries
      .createQueryBuilder('d')
      .where('d.webhook_id = :webhookId', { webhookId })
      .orderBy('d.event_id', 'DESC')
      .limit(limit + 1);
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (after) qb.andWhere('d.event_id < :eventId', after);
    return toPage(await qb.getMany(), limit, (d) => ({ eventId: d.eventId }));
  }

  /** Queues a finished delivery to be sent again now (e.g. after fixing a receiver that exhausted the retries). */
  async redeliver(webhookId: string, deliveryId: string): Promise<WebhookDelivery> {
    const delivery = await this.deliveries.findOne({ where: { id: deliveryId, webhookId } });
    if (!delivery) throw notFound('Delivery', deliveryId);
    if (delivery.status === 'pending') throw conflict('The delivery is already queued', { status: delivery.status });
    await this.deliveries.update(
      { id: deliveryId, status: delivery.status },
      { status: 'pending', nextAttemptAt: new Date() },
    );
    return (await this.deliveries.findOne({ where: { id: deliveryId } }))!;
  }
}
