import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { OrderHistoryEntry } from '../core/api/api-models';
import { MoneyPipe } from './money';

/** What a move means to a person reading the order, by subject and the status it reached. */
const WORDS: Record<string, string> = {
  'ORDER:PENDING': 'Order placed',
  'ORDER:PAYING': 'Awaiting the payment',
  'ORDER:CONFIRMED': 'Order confirmed',
  'ORDER:SHIPPED': 'Shipped',
  'ORDER:DELIVERED': 'Delivered',
  'ORDER:CANCELLED': 'Order cancelled',
  'PAYMENT:PROCESSING': 'Payment started',
  'PAYMENT:SUCCESS': 'Payment received',
  'PAYMENT:DUE': 'Cash due on delivery',
  'PAYMENT:COLLECTED': 'Cash collected',
  'PAYMENT:FAILED': 'Payment failed',
  'PAYMENT:VOIDED': 'Payment voided',
  'REFUND:PENDING': 'Refund requested',
  'REFUND:SUCCEEDED': 'Refunded',
  'REFUND:FAILED': 'Refund failed',
  'RETURN:REQUESTED': 'Return requested',
  'RETURN:APPROVED': 'Return approved',
  'RETURN:REJECTED': 'Return rejected',
  'RETURN:RECEIVED': 'Returned goods received',
  'RETURN:REFUNDED': 'Return refunded',
};

const ACTORS: Record<string, string> = { SHOPPER: 'you', ADMIN: 'the shop', PROVIDER: 'the payment provider', SWEEP: 'an automatic check' };

/** An order's history as a timeline, oldest first: what happened, when, by whom, why and for how much. */
@Component({
  selector: 'app-order-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe],
  template: `
    <section class="panel" aria-labelledby="timeline-title">
      <h2 class="section-title" id="timeline-title">History</h2>
      <ol class="timeline" data-testid="order-timeline">
        @for (entry of entries(); track $index) {
          <li [attr.data-subject]="entry.subject" [attr.data-to]="entry.to">
            <time [attr.datetime]="entry.at">{{ entry.at | date: 'medium' }}</time>
            <strong>{{ what(entry) }}</strong>
            @if (entry.amount !== null && entry.amount !== undefined) {
              <span> · {{ entry.amount | money: currency() }}</span>
            }
            <span class="muted"> · by {{ who(entry) }}</span>
            @if (entry.reason) {
              <div class="muted">{{ entry.reason }}</div>
            }
          </li>
        } @empty {
          <li class="muted">No history recorded.</li>
        }
      </ol>
    </section>
  `,
  styles: `
    .timeline { list-style: none; margin: 0; padding: 0 0 0 1rem; border-left: 2px solid #c7cdd4; }
    .timeline li { position: relative; padding: 0 0 .75rem .75rem; }
    .timeline li::before { content: ''; position: absolute; left: -1.45rem; top: .35rem; width: .7rem; height: .7rem; border-radius: 50%; background: #1f5f9e; }
    .timeline time { display: block; font-size: .85rem; color: #4a5561; }
  `,
})
export class OrderTimeline {
  readonly entries = input.required<readonly OrderHistoryEntry[]>();
  readonly currency = input.required<string>();
  /** Staff see which account moved the order; shoppers read "you" and "the shop". */
  readonly forStaff = input(false);
  /** The order's own shopper, whom staff read as "the customer" rather than by account id. */
  readonly customerId = input<string | null>(null);

  protected what(entry: OrderHistoryEntry): string {
    return WORDS[`${entry.subject}:${entry.to}`] ?? `${entry.subject.toLowerCase()} ${entry.from ?? ''} → ${entry.to}`;
  }

  protected who(entry: OrderHistoryEntry): string {
    if (this.forStaff()) {
      if (entry.actor.kind === 'SHOPPER' && entry.actor.id && entry.actor.id === this.customerId()) {
        return 'the customer';
      }
      const kind = entry.actor.kind === 'SHOPPER' ? 'customer' : (ACTORS[entry.actor.kind] ?? entry.actor.kind);
      if (entry.actor.kind === 'ADMIN' && entry.actor.email) return `${kind} (${entry.actor.email})`;
      if (entry.actor.kind === 'PROVIDER' && entry.actor.id) return `${kind} (${entry.actor.id})`;
      return entry.actor.id ? `${kind} ${entry.actor.id}` : kind;
    }
    // A shopper needs no provider's code name ("MOCK"), nor staff account ids.
    return ACTORS[entry.actor.kind] ?? entry.actor.kind;
  }
}
