import { OrderPaymentAttempt, OrderRefund } from '../../../core/api/admin-api-models';
import { formatMoney } from '../../../shared/money';

const PROVIDERS: Record<string, string> = { MOCK: 'Test payment', COD: 'Cash on delivery', CARD_SIMULATOR: 'Card payment' };

const PAYMENT_STATUSES: Record<string, string> = {
  PROCESSING: 'started, not settled',
  SUCCESS: 'received',
  DUE: 'due on delivery',
  COLLECTED: 'collected',
  FAILED: 'failed',
  VOIDED: 'voided',
};

const REFUND_STATUSES: Record<string, string> = { PENDING: 'pending', SUCCEEDED: 'paid back', FAILED: 'failed' };

/** A payment as staff read it: "Card payment of $43.00: received, $12.00 refunded". */
export function describePayment(payment: OrderPaymentAttempt): string {
  const refunded = payment.refunded > 0 ? `${formatMoney(payment.refunded, payment.currency)} refunded` : 'nothing refunded';
  const status = PAYMENT_STATUSES[payment.status] ?? payment.status;
  return `${PROVIDERS[payment.provider] ?? payment.provider} of ${formatMoney(payment.amount, payment.currency)}: ${status}, ${refunded}`;
}

/** A refund as staff read it: "Refund of $12.00: paid back". */
export function describeRefund(refund: Pick<OrderRefund, 'amount' | 'currency' | 'status'>): string {
  return `Refund of ${formatMoney(refund.amount, refund.currency)}: ${REFUND_STATUSES[refund.status] ?? refund.status}`;
}
