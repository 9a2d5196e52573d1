import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProductAdminPage } from './product-admin-page';

const mouse = { productId: 'P001', name: 'Wireless Mouse', category: 'Electronics', price: 29.99, currency: 'USD', imageUrl: 'http://s3.test/p1.svg', createdAt: '2026-11-21T00:00:00Z' };

describe('ProductAdminPage', () => {
  async function openPage() {
    TestBed.configureTestingModule({ imports: [ProductAdminPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ProductAdminPage);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/products').flush({ items: [mouse], count: 1, nextToken: null });
    backend.expectOne('/api/inventory/P001').flush({ productId: 'P001', availableQty: 100, reservedQty: 3 });
    await fixture.whenStable();
    return { backend, fixture, page: fixture.nativeElement as HTMLElement };
  }

  it('lists products with their pictures and stock', async () => {
    const { page } = await openPage();

    expect(page.querySelector('img')?.getAttribute('alt')).toBe('Wireless Mouse');
    expect((page.querySelector('#stock-P001') as HTMLInputElement).value).toBe('100');
    expect(page.textContent).toContain('3 reserved');
    expect(page.querySelector('[data-product-id=P001] a.stock-link')?.getAttribute('href')).toBe('/admin/products/P001/stock');
  });

  it('creates a product from the form and shows what the API refused', async () => {
    const { backend, fixture, page } = await openPage();
    type(page, '#product-id', 'P100');
    type(page, '#product-name', 'Desk Lamp');
    type(page, '#product-category', 'Home');
    type(page, '#product-price', '34.5');
    fixture.detectChanges();
    await fixture.whenStable();

    buttonNamed(page, 'Save product').click();
    const created = backend.expectOne('/api/products');
    expect(created.request.method).toBe('POST');
    expect(created.request.body).toEqual({ productId: 'P100', name: 'Desk Lamp', category: 'Home', price: 34.5, currency: 'USD', description: '' });
    created.flush({ message: 'Product already exists', status: 409 }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();

    expect(page.querySelector('[role=alert]')?.textContent).toContain('Product already exists');
  });

  it('edits a product with the description from its own answer, which a listing leaves out', async () => {
    const { backend, fixture, page } = await openPage();

    buttonNamed(page, 'Edit').click();
    fixture.detectChanges();
    expect((page.querySelector('#product-description') as HTMLTextAreaElement).placeholder).toBe('Loading…');
    backend.expectOne('/api/products/P001').flush({ ...mouse, description: 'Quiet clicks.' });
    await fixture.whenStable();
    const description = page.querySelector('#product-description') as HTMLTextAreaElement;
    expect(description.disabled).toBe(false);
    expect(description.value).toBe('Quiet clicks.');

    type(page, '#product-description', 'Quiet clicks, long battery.');
    buttonNamed(page, 'Save product').click();
    const saved = backend.expectOne('/api/products/P001');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toEqual({ name: 'Wireless Mouse', category: 'Electronics', price: 29.99, currency: 'USD', description: 'Quiet clicks, long battery.' });
  });

  it('saves stock keeping what is reserved', async () => {
    const { backend, fixture, page } = await openPage();
    type(page, '#stock-P001', '7');

    buttonNamed(page, 'Save').click();
    const saved = backend.expectOne('/api/inventory/P001');
    expect(saved.request.method).toBe('PUT');
    expect(saved.request.body).toEqual({ availableQty: 7, reason: 'Stock count from the admin page' });
    saved.flush({ message: 'Inventory updated', inventory: { productId: 'P001', availableQty: 7, reservedQty: 3 } });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Stock of Wireless Mouse is now 7.');
  });
});

function type(page: HTMLElement, selector: string, value: string): void {
  const input = page.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function buttonNamed(page: HTMLElement, name: string): HTMLButtonElement {
  const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}
