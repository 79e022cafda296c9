import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { badInput } from '../../common/errors.js';
import {
  PrivateTargetError,
  publicAddressesOf,
  type Resolver,
  systemResolver,
  type TargetAddress,
} from './target-address.js';

/**
 * Keeps webhooks off private networks unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set: an admin key must not be able to
 * make the service call the cloud metadata service or an internal system. Checked at registration (a clear 400) and
 * again at each delivery, since a name may resolve elsewhere by then.
 */
@Injectable()
export class WebhookTargets {
  /** How host names are resolved (the system resolver; tests put a name on the address they need). */
  resolve: Resolver = systemResolver;

  constructor(private readonly config: AppConfig) {}

  /**
   * Refuses a URL whose host is or resolves to a non-public address. A name that does not resolve yet, or not within
   * WEBHOOK_TIMEOUT_MS, is left to delivery.
   */
  async checkRegistration(url: string): Promise<void> {
    if (this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS) return;
    try {
      await publicAddressesOf(new URL(url), this.resolve, AbortSignal.timeout(this.config.WEBHOOK_TIMEOUT_MS));
    } catch (error) {
      if (error instanceof PrivateTargetError) {
        throw badInput(
          `Webhook url refused: ${error.message} (set WEBHOOK_ALLOW_PRIVATE_TARGETS=true for on-premises receivers)`,
          [{ field: 'url', message: 'must be on a public internet address' }],
        );
      }
    }
  }

  /**
   * The checked addresses a delivery must connect to, or undefined when private targets are allowed (the usual
   * resolution then). The lookup ends when `signal` aborts (the delivery's timeout). Throws PrivateTargetError for a
   * target that is not public.
   */
  async deliveryAddresses(url: URL, signal: AbortSignal): Promise<TargetAddress[] | undefined> {
    return this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS ? undefined : publicAddressesOf(url, this.resolve, signal);
  }
}
