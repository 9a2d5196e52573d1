import { describePayment, describeRefund } from './payment-words';

const payment = { paymentId: 'PAY-1', currency: 'USD', createdAt: '2026-12-03T10:00:00Z' };

describe('payment words', () => {
  it('names the way a payment was made, its amount, what became of it and what was refunded', () => {
    expect(describePayment({ ...payment, provider: 'CARD_SIMULATOR', amount: 43, status: 'SUCCESS', refunded: 12 })).toBe(
      'Card payment of $43.00: received, $12.00 refunded',
    );
    expect(describePayment({ ...payment, provider: 'COD', amount: 20, status: 'DUE', refunded: 0 })).toBe(
      'Cash on delivery of $20.00: due on delivery, nothing refunded',
    );
  });

  it('says whether a refund was paid back', () => {
    expect(describeRefund({ amount: 12, currency: 'CHF', status: 'SUCCEEDED' })).toBe('Refund of CHF\u00a012.00: paid back');
    expect(describeRefund({ amount: 12, currency: 'USD', status: 'FAILED' })).toBe('Refund of $12.00: failed');
  });

  it('shows a status it has no words for as the API named it', () => {
    expect(describeRefund({ amount: 1, currency: 'USD', status: 'ON_HOLD' })).toBe('Refund of $1.00: ON_HOLD');
  });
});
