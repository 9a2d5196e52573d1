import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AdminOrderPage } from './admin-order-page';

const order = {
  orderId: 'O-11111111', userId: 'u', userEmail: 'ann@example.com', status: 'DELIVERED', totalAmount: 43, currency: 'USD', createdAt: '2026-11-21T10:00:00Z',
  items: [
    { productId: 'P1', name: 'Lamp', qty: 2, price: 20, lineTotal: 40 },
    { productId: 'P2', name: 'Bulb', qty: 1, price: 3, lineTotal: 3 },
  ],
  history: [
    { at: '2026-11-21T10:00:00Z', subject: 'ORDER', from: null, to: 'PENDING', actor: { kind: 'SHOPPER', id: 'u' } },
    { at: '2026-11-21T10:01:00Z', subject: 'PAYMENT', from: 'PROCESSING', to: 'SUCCESS', actor: { kind: 'PROVIDER', id: 'MOCK' }, amount: 43 },
    { at: '2026-11-22T09:00:00Z', subject: 'ORDER', from: 'CONFIRMED', to: 'SHIPPED', actor: { kind: 'ADMIN', id: 'A-1', email: 'ana@shop.example' } },
  ],
};
const payments = { orderId: 'O-11111111', payments: [{ paymentId: 'PAY-1', amount: 43, currency: 'USD', status: 'SUCCESS', provider: 'MOCK', createdAt: '', refunded: 0 }], refunds: [] };

describe('AdminOrderPage', () => {
  it('shows the order with its payment and history, naming staff by e-mail, and refunds one unit of a line with a reason', async () => {
    TestBed.configureTestingModule({ imports: [AdminOrderPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AdminOrderPage);
    fixture.componentRef.setInput('orderId', 'O-11111111');
    fixture.detectChanges();
    backend.expectOne('/api/orders/O-11111111').flush(order);
    backend.expectOne((r) => r.url === '/api/payments' && r.params.get('orderId') === 'O-11111111').flush(payments);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=payments]')?.textContent).toContain('Test payment of $43.00: received, nothing refunded');
    expect(page.querySelector('[data-testid=order-timeline]')?.textContent).toContain('Payment received');
    expect(page.querySelector('[data-testid=order-timeline]')?.textContent).toContain('by the shop (ana@shop.example)');

    const units = page.querySelector('#refund-qty-P1') as HTMLInputElement;
    units.value = '1';
    units.dispatchEvent(new Event('input'));
    const reason = page.querySelector('#refund-reason') as HTMLInputElement;
    reason.value = 'broken';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Refund')!.click();
    const refund = backend.expectOne('/api/orders/O-11111111/refunds');
    expect(refund.request.body).toEqual({ reason: 'broken', lines: [{ productId: 'P1', qty: 1 }] });
    expect(refund.request.headers.get('Idempotency-Key')).toBeTruthy();
    refund.flush({ refundId: 'RF-1', amount: 20, currency: 'USD', status: 'SUCCEEDED', reason: 'broken', lines: [], provider: 'MOCK', createdAt: '' });
    backend.expectOne('/api/orders/O-11111111').flush(order);
    backend.expectOne((r) => r.url === '/api/payments').flush(payments);
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Refund of $20.00: paid back.');
  });
});
