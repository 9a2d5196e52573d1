import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrderDetailPage } from './order-detail-page';

const placed = {
  orderId: 'order-1',
  userId: 'u',
  userEmail: 'ada@example.com',
  status: 'CONFIRMED',
  items: [{ productId: 'P001', name: 'Wireless Mouse', qty: 2, price: 29.99, lineTotal: 59.98 }],
  totalAmount: 59.98,
  currency: 'USD',
  createdAt: '2026-12-01T10:00:00Z',
};

function openOrder(order: object) {
  TestBed.configureTestingModule({
    imports: [OrderDetailPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(OrderDetailPage);
  fixture.componentRef.setInput('orderId', 'order-1');
  fixture.detectChanges();
  backend.expectOne('/api/orders/order-1').flush(order);
  return { fixture, backend, page: fixture.nativeElement as HTMLElement };
}

describe('OrderDetailPage', () => {
  it('shows the whole price, the delivery address and the invoice link once there is one', async () => {
    const { fixture, backend, page } = openOrder({
      ...placed,
      totalAmount: 68.87,
      subtotal: 59.98,
      discount: 0,
      shipping: 4.99,
      tax: 3.9,
      total: 68.87,
      pricesIncludeTax: false,
      taxes: [{ taxRateId: 'US-WA', name: 'WA sales tax', percent: 6.5, amount: 3.9 }],
      shippingMethod: { shippingMethodId: 'standard', name: 'Standard delivery', price: 4.99, amount: 4.99, net: 4.99, taxes: [], tax: 0, gross: 4.99, minDays: 2, maxDays: 5, requiresAddress: true },
      discountCode: null,
      deliveryAddress: { name: 'Ada Lovelace', line1: '1 Main St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US' },
    });
    backend.expectOne('/api/orders/order-1/invoice').flush({ invoiceNumber: 'INV-000042', orderId: 'order-1', url: 'https://invoices.test/INV-000042.pdf?sig=x', expiresAt: '2026-12-02T12:00:00Z' });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid="breakdown-shipping"]')?.textContent).toContain('$4.99');
    expect(page.querySelector('[data-testid="breakdown-tax"]')?.textContent).toContain('$3.90');
    expect(page.querySelector('[data-testid="order-total"]')?.textContent).toContain('$68.87');
    expect(page.querySelector('[data-testid="delivery-address"]')?.textContent).toContain('Seattle, WA 98101');
    const invoice = page.querySelector<HTMLAnchorElement>('[data-testid="invoice-link"]');
    expect(invoice?.href).toBe('https://invoices.test/INV-000042.pdf?sig=x');
    expect(invoice?.textContent).toContain('Download invoice');
  });

  it('lists the credit notes of its refunds, each with its PDF once issued', async () => {
    const { fixture, backend, page } = openOrder({ ...placed, status: 'DELIVERED' });
    backend.expectOne('/api/orders/order-1/invoice').flush({ message: 'Invoice not found' }, { status: 404, statusText: 'Not Found' });
    const note = { invoiceNumber: 'INV-000042', currency: 'USD', createdAt: '2026-12-02T10:00:00Z', issuedAt: null, url: null, expiresAt: null };
    backend.expectOne('/api/orders/order-1/credit-notes').flush({
      orderId: 'order-1',
      creditNotes: [
        { ...note, refundId: 'r1', status: 'ISSUED', creditNoteNumber: 'CN-000007', total: 29.99, reason: 'Returned: chipped', url: 'https://invoices.test/CN-000007.pdf?sig=x' },
        { ...note, refundId: 'r2', status: 'DUE', creditNoteNumber: null, total: 5, reason: 'Goodwill' },
      ],
    });
    await fixture.whenStable();

    const notes = [...page.querySelectorAll('[data-testid="credit-note"]')];
    expect(notes.map((n) => n.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'CN-000007 (PDF, opens in a new tab) · $29.99 refunded Dec 2, 2026 · Returned: chipped',
      'Being issued · $5.00 refunded Dec 2, 2026 · Goodwill',
    ]);
    expect(notes[0].querySelector('a')?.href).toBe('https://invoices.test/CN-000007.pdf?sig=x');
  });

  it('shows an older order by its total alone, and no invoice link before the invoice exists', async () => {
    const { fixture, backend, page } = openOrder(placed);
    backend.expectOne('/api/orders/order-1/invoice').flush({ message: 'Invoice not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid="order-total"]')?.textContent).toContain('$59.98');
    expect(page.querySelector('[data-testid="breakdown-subtotal"]')).toBeNull();
    expect(page.querySelector('[data-testid="delivery-address"]')).toBeNull();
    expect(page.querySelector('[data-testid="invoice-link"]')).toBeNull();
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });
});
