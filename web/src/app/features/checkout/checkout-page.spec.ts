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

const collect = { shippingMethodId: 'collect', name: 'Collect in store', price: 0, currency: 'USD', countries: [], freeAbove: null, minDays: 0, maxDays: 1, active: true, requiresAddress: false };
const standard = { shippingMethodId: 'standard', name: 'Standard delivery', price: 4.99, currency: 'USD', countries: ['US'], freeAbove: 50, minDays: 2, maxDays: 5, active: true, requiresAddress: true };
const home = { addressId: 'a1', name: 'Ada Lovelace', line1: '1 Main St', line2: null, city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US', phone: null, isDefault: true };

function quoteOf(overrides: Record<string, unknown> = {}) {
  return {
    items: [{ productId: 'P001', name: 'Wireless Mouse', qty: 2, price: 29.99, lineTotal: 59.98, discount: 0, net: 59.98, taxes: [], tax: 0, gross: 59.98 }],
    currency: 'USD',
    subtotal: 59.98,
    discount: 0,
    shipping: 0,
    tax: 0,
    total: 59.98,
    pricesIncludeTax: false,
    taxes: [],
    shippingMethod: { shippingMethodId: 'collect', name: 'Collect in store', price: 0, amount: 0, net: 0, taxes: [], tax: 0, gross: 0, minDays: 0, maxDays: 1, requiresAddress: false },
    discountCode: null,
    deliveryAddress: null,
    priceChanges: [],
    ...overrides,
  };
}

function openCheckout(book: unknown[] = []) {
  TestBed.configureTestingModule({
    imports: [CheckoutPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(CheckoutPage);
  fixture.detectChanges();
  backend.expectOne('/api/cart').flush(cart);
  backend.expectOne('/api/addresses').flush({ items: book, defaultAddressId: null, count: book.length, maxAddresses: 20 });
  return { fixture, backend, navigate, page: fixture.nativeElement as HTMLElement };
}

describe('CheckoutPage', () => {
  it('shows the quoted breakdown for the shop default, collection, and places the order with the quoted total', async () => {
    const { fixture, backend, navigate, page } = openCheckout();
    backend.expectOne('/api/shipping-methods').flush({ items: [collect, standard], count: 2, defaultShippingMethodId: 'collect' });
    const quoted = backend.expectOne('/api/orders/quote');
    expect(quoted.request.body).toEqual({ shippingMethodId: 'collect' });
    quoted.flush(
      quoteOf({
        tax: 3.9,
        total: 63.88,
        taxes: [{ taxRateId: 'US-WA', name: 'WA sales tax', percent: 6.5, amount: 3.9 }],
      }),
    );
    await fixture.whenStable();

    expect(page.querySelector('[data-testid="breakdown-subtotal"]')?.textContent).toContain('$59.98');
    expect(page.querySelector('[data-testid="breakdown-shipping"]')?.textContent).toContain('Free');
    expect(rowNamed(page, 'WA sales tax (6.5%)')?.textContent).toContain('$3.90');
    const total = page.querySelector('[data-testid="checkout-total"]');
    expect(total?.textContent).toContain('$63.88');
    expect(total?.getAttribute('aria-live')).toBe('polite');
    expect(page.textContent).toContain('Ready to collect in 0–1 days');
    expect(page.textContent).toContain('free from $50.00');
    expect(page.querySelector('#delivery-name')).toBeNull();

    buttonNamed(page, 'Place order').click();
    const placed = backend.expectOne('/api/orders/checkout');
    expect(placed.request.body).toEqual({ shippingMethodId: 'collect', acceptedTotal: 63.88 });
    placed.flush({ message: 'Checkout successful', order: { orderId: 'order-1', status: 'PENDING' } });
    backend.match('/api/cart').forEach((request) => request.flush({ ...cart, items: [], total: 0 }));

    expect(navigate).toHaveBeenCalledWith(['/orders', 'order-1', 'pay']);
  });

  it('delivers to the default saved address, applies a discount code and shows a refused one beside its field', async () => {
    const { fixture, backend, page } = openCheckout([home]);
    const offered = backend.expectOne((r) => r.url === '/api/shipping-methods');
    expect(offered.request.params.get('country')).toBe('US');
    offered.flush({ items: [collect, standard], count: 2, defaultShippingMethodId: 'collect' });
    backend.expectOne('/api/orders/quote').flush(quoteOf());
    await fixture.whenStable();

    radioNamed(page, 'Standard delivery').click();
    const delivered = backend.expectOne('/api/orders/quote');
    expect(delivered.request.body).toEqual({ shippingMethodId: 'standard', addressId: 'a1' });
    delivered.flush(quoteOf({ shipping: 4.99, total: 64.97, shippingMethod: { ...quoteOf().shippingMethod, shippingMethodId: 'standard', name: 'Standard delivery', price: 4.99, amount: 4.99, requiresAddress: true } }));
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="checkout-total"]')?.textContent).toContain('$64.97');
    expect(page.textContent).toContain('Ada Lovelace, 1 Main St, Seattle, WA, 98101, US');

    const code = page.querySelector<HTMLInputElement>('#discount-code')!;
    code.value = 'NOPE';
    code.dispatchEvent(new Event('input'));
    buttonNamed(page, 'Apply').click();
    const refused = backend.expectOne('/api/orders/quote');
    expect(refused.request.body).toEqual({ shippingMethodId: 'standard', addressId: 'a1', discountCode: 'NOPE' });
    refused.flush(
      { message: 'Discount code NOPE is unknown', field: 'discountCode' },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();

    expect(page.querySelector('#discount-code-error')?.textContent).toContain('Discount code NOPE is unknown');
    expect(code.getAttribute('aria-describedby')).toBe('discount-code-error');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('[role="alert"]')).toBeNull();
    expect(buttonNamed(page, 'Place order').disabled).toBe(true);

    code.value = 'WELCOME10';
    code.dispatchEvent(new Event('input'));
    buttonNamed(page, 'Apply').click();
    backend.expectOne('/api/orders/quote').flush(quoteOf({ discount: 6, discountCode: 'WELCOME10', total: 58.97 }));
    await fixture.whenStable();
    expect(rowNamed(page, 'Discount (WELCOME10)')?.textContent).toContain('−$6.00');
    expect(page.querySelector('#discount-code-error')).toBeNull();
  });

  it('asks for a written address when the method delivers, and shows its refused field beside the input', async () => {
    const { fixture, backend, page } = openCheckout();
    backend.expectOne('/api/shipping-methods').flush({ items: [collect, standard], count: 2, defaultShippingMethodId: 'collect' });
    backend.expectOne('/api/orders/quote').flush(quoteOf());
    await fixture.whenStable();

    radioNamed(page, 'Standard delivery').click();
    await fixture.whenStable();
    backend.expectNone('/api/orders/quote');
    expect(page.textContent).toContain('Enter the delivery address to see shipping, tax and the total.');
    expect(buttonNamed(page, 'Place order').disabled).toBe(true);

    for (const [field, text] of [['name', 'Ada Lovelace'], ['line1', '1 Main St'], ['city', 'Seattle'], ['region', 'wa'], ['country', 'us']]) {
      const input = page.querySelector<HTMLInputElement>(`#delivery-${field}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    buttonNamed(page, 'Use this address').click();
    const offered = backend.expectOne((r) => r.url === '/api/shipping-methods');
    expect(offered.request.params.get('country')).toBe('US');
    offered.flush({ items: [collect, standard], count: 2, defaultShippingMethodId: 'collect' });
    const quoted = backend.expectOne('/api/orders/quote');
    expect(quoted.request.body).toEqual({
      shippingMethodId: 'standard',
      deliveryAddress: { name: 'Ada Lovelace', line1: '1 Main St', line2: null, city: 'Seattle', region: 'WA', postalCode: null, country: 'US', phone: null },
    });
    quoted.flush(
      { message: 'postalCode is required in US', errors: { 'deliveryAddress.postalCode': ['postalCode is required in US'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    const postalCode = page.querySelector<HTMLInputElement>('#delivery-postalCode')!;
    expect(postalCode.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector(`#${postalCode.getAttribute('aria-describedby')}`)?.textContent).toBe('postalCode is required in US');
    expect(page.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows changed prices and places the order with the accepted new total', async () => {
    const { fixture, backend, navigate, page } = openCheckout();
    // An API without shipping methods: the order goes out as before, with an empty body.
    backend.expectOne('/api/shipping-methods').flush({ message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    backend.expectOne('/api/orders/quote').flush(quoteOf({ priceChanges: [{ productId: 'P001', oldPrice: 29.99, newPrice: 34.99 }], total: 69.98, shippingMethod: null }));
    await fixture.whenStable();

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

function radioNamed(page: HTMLElement, name: string): HTMLInputElement {
  const label = [...page.querySelectorAll('label.choice')].find((l) => l.textContent?.includes(name));
  const radio = label?.querySelector<HTMLInputElement>('input[type="radio"]');
  if (!radio) throw new Error(`No choice "${name}"`);
  return radio;
}

function rowNamed(page: HTMLElement, name: string): HTMLTableRowElement | undefined {
  return [...page.querySelectorAll('tr')].find((row) => row.querySelector('th')?.textContent?.trim() === name);
}
