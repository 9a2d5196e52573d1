import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProductStockPage } from './product-stock-page';

const stock = (availableQty: number) => ({
  productId: 'P-1', availableQty, reservedQty: 2, soldQty: 7, writtenOffQty: 0, updatedAt: '2026-12-01T10:00:00Z', lowStockThreshold: 5, lowStock: availableQty <= 5,
});
const movement = (movementId: string, kind: string, qty: number, extra: Record<string, unknown> = {}) => ({
  productId: 'P-1', movementId, kind, qty, movedAt: '2026-12-01T10:00:00Z', orderId: null, by: 'staff-1', reason: 'delivery', ...extra,
});

async function open() {
  TestBed.configureTestingModule({ imports: [ProductStockPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(ProductStockPage);
  fixture.componentRef.setInput('productId', 'P-1');
  fixture.detectChanges();
  backend.expectOne('/api/products/P-1').flush({ productId: 'P-1', name: 'Lamp', category: 'Home', price: 20, currency: 'USD' });
  backend.expectOne('/api/inventory/P-1').flush(stock(8));
  backend.expectOne((r) => r.url === '/api/inventory/P-1/movements' && !r.params.has('nextToken'))
    .flush({ items: [movement('2', 'ADJUST', -1), movement('1', 'RESERVE', 2, { orderId: 'O-12345678abc', by: null, reason: null })], count: 2, nextToken: 'more' });
  await fixture.whenStable();
  const page: HTMLElement = fixture.nativeElement;
  const button = (name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
  const type = async (id: string, value: string) => {
    const input = page.querySelector(`#${id}`) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  return { backend, fixture, page, button, type };
}

describe('ProductStockPage', () => {
  it('shows the figures and the ledger, and loads more of it', async () => {
    const { backend, fixture, page, button } = await open();

    expect(page.querySelector('h1')?.textContent).toContain('Stock of Lamp');
    expect(page.querySelector('[data-testid=stock-available]')?.textContent).toBe('8');
    expect(page.querySelector('[data-testid=stock-sold]')?.textContent).toBe('7');
    expect(page.querySelector('[data-testid=low-stock]')).toBeNull();
    const rows = () => [...page.querySelectorAll('[data-testid=stock-movements] tbody tr')].map((r) => r.textContent ?? '');
    expect(rows()[0]).toContain('−1');
    expect(rows()[1]).toContain('Order O-123456');

    button('Load more movements').click();
    backend.expectOne((r) => r.url === '/api/inventory/P-1/movements' && r.params.get('nextToken') === 'more')
      .flush({ items: [movement('0', 'COUNT', 10, { reason: 'opening count' })], count: 1, nextToken: null });
    await fixture.whenStable();

    expect(rows().length).toBe(3);
    expect(rows()[2]).toContain('+10');
    expect(button('Load more movements')).toBeUndefined();
  });

  it('shows the field the API refused beside it, and a refusal that names no field above the button', async () => {
    const { backend, fixture, page, button, type } = await open();
    await type('adjust-qty', '-20');

    button('Adjust stock').click();
    backend.expectOne({ method: 'POST', url: '/api/inventory/P-1/adjustments' }).flush(
      { message: 'Validation failed', errors: { reason: ['reason is required: say why stock changes'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page.querySelector('#adjust-reason-error')?.textContent).toContain('reason is required');
    expect(page.querySelector('#adjust-reason')?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('[role=alert]')).toBeNull();

    await type('adjust-reason', 'lost');
    button('Adjust stock').click();
    const sent = backend.expectOne({ method: 'POST', url: '/api/inventory/P-1/adjustments' });
    expect(sent.request.body).toEqual({ qty: -20, reason: 'lost' });
    sent.flush({ message: 'Cannot take away more than is available', availableQty: 8 }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(page.querySelector('[role=alert]')?.textContent).toContain('Cannot take away more than is available');
    expect(page.querySelector('#adjust-reason-error')).toBeNull();
  });

  it('after a count shows the new figures, the low-stock badge and the ledger from the top', async () => {
    const { backend, fixture, page, button, type } = await open();
    await type('count-available', '4');
    await type('count-reason', 'shelf count');

    button('Record count').click();
    const sent = backend.expectOne({ method: 'PUT', url: '/api/inventory/P-1' });
    expect(sent.request.body).toEqual({ availableQty: 4, reason: 'shelf count' });
    sent.flush({ message: 'Inventory updated', inventory: stock(4) });
    backend.expectOne('/api/inventory/P-1').flush(stock(4));
    backend.expectOne('/api/inventory/P-1/movements?limit=20').flush({ items: [movement('3', 'COUNT', -4, { reason: 'shelf count' })], count: 1 });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Counted: 4 on hand for sale.');
    expect(page.querySelector('[data-testid=low-stock]')?.textContent).toContain('Low: at or below 5');
    expect(page.querySelectorAll('[data-testid=stock-movements] tbody tr').length).toBe(1);
  });
});
