import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { InvoiceLink, OrderQuote } from '../api/api-models';
import { OrdersService } from './orders.service';

describe('OrdersService', () => {
  function setUp() {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    return { orders: TestBed.inject(OrdersService), backend: TestBed.inject(HttpTestingController) };
  }

  it('asks for a quote with the checkout choices', () => {
    const { orders, backend } = setUp();
    let total: number | undefined;

    orders.quote({ addressId: 'a1', shippingMethodId: 'standard', discountCode: 'WELCOME10' }).subscribe((quote: OrderQuote) => (total = quote.total));
    const asked = backend.expectOne('/api/orders/quote');
    expect(asked.request.method).toBe('POST');
    expect(asked.request.body).toEqual({ addressId: 'a1', shippingMethodId: 'standard', discountCode: 'WELCOME10' });
    asked.flush({ total: 58.97 });

    expect(total).toBe(58.97);
    backend.verify();
  });

  it('places the order with the choices and the accepted total, once, under its idempotency key', () => {
    const { orders, backend } = setUp();

    orders.checkout('key-1', 58.97, { shippingMethodId: 'collect' }).subscribe();
    const placed = backend.expectOne('/api/orders/checkout');
    expect(placed.request.body).toEqual({ shippingMethodId: 'collect', acceptedTotal: 58.97 });
    expect(placed.request.headers.get('Idempotency-Key')).toBe('key-1');
    placed.flush({ message: 'Checkout successful', order: { orderId: 'order-1' } });
    backend.verify();
  });

  it('reads an invoice not issued yet (404) as none, and passes other failures on', () => {
    const { orders, backend } = setUp();
    let found: InvoiceLink | null | undefined;
    let failed: unknown;

    orders.invoice('order-1').subscribe((invoice) => (found = invoice));
    backend.expectOne('/api/orders/order-1/invoice').flush({ message: 'Invoice not found' }, { status: 404, statusText: 'Not Found' });
    expect(found).toBeNull();

    orders.invoice('order-2').subscribe({ error: (error: unknown) => (failed = error) });
    backend.expectOne('/api/orders/order-2/invoice').flush({ message: 'Unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    expect(failed).toBeDefined();
  });
});
