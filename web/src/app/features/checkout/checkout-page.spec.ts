import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { CheckoutPage } from './checkout-page';

const cart = {
  userId: 'u',
  items: [{ productId: 'P001', name: 'Wireless Mouse', qty: 2, price: 29.99, lineTotal: 59.98 }],
  total: 59.98,
  currency: 'USD',
};

describe('CheckoutPage', () => {
  it('shows changed prices and places the order with the accepted new total', async () => {
    TestBed.configureTestingModule({
      imports: [CheckoutPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CheckoutPage);
    fixture.detectChanges();
    backend.expectOne('/api/cart').flush(cart);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    buttonNamed(page, 'Place order').click();
    const first = backend.expectOne('/api/orders/checkout');
    expect(first.request.body).toEqual({});
    first.flush(
      {
        message: 'Prices changed since the items were added; confirm the new total to check out',
        priceChanges: [{ productId: 'P001', oldPrice: 29.99, newPrice: 34.99 }],
        newTotal: 69.98,
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    const notice = page.querySelector('[data-testid="price-change"]');
    expect(notice?.textContent).toContain('Wireless Mouse');
    expect(notice?.textContent).toContain('$34.99');
    expect(page.querySelector('[data-testid="new-total"]')?.textContent).toContain('$69.98');

    buttonNamed(page, 'Accept new total and place order').click();
    const accepted = backend.expectOne('/api/orders/checkout');
    expect(accepted.request.body).toEqual({ acceptedTotal: 69.98 });
    expect(accepted.request.headers.has('Idempotency-Key')).toBe(true);
    accepted.flush({ message: 'Checkout successful', order: { orderId: 'order-1', status: 'PENDING' } });
    backend.match('/api/cart').forEach((request) => request.flush({ ...cart, items: [], total: 0 }));

    expect(navigate).toHaveBeenCalledWith(['/orders', 'order-1', 'pay']);
  });
});

function buttonNamed(page: HTMLElement, name: string): HTMLButtonElement {
  const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}
