import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrderAdminPage } from './order-admin-page';

const order = (orderId: string, status: string) => ({
  orderId, userId: 'u', userEmail: 'ann@example.com', status, totalAmount: 69, currency: 'USD', createdAt: '2026-11-21T10:00:00Z',
  items: [{ productId: 'P1', name: 'Lamp', qty: 2, price: 34.5, lineTotal: 69 }],
});

describe('OrderAdminPage', () => {
  it('lists confirmed orders first, ships one with its tracking number and takes it off the list', async () => {
    TestBed.configureTestingModule({ imports: [OrderAdminPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrderAdminPage);
    fixture.detectChanges();
    const listed = backend.expectOne((r) => r.url === '/api/admin/orders');
    expect(listed.request.params.get('status')).toBe('CONFIRMED');
    listed.flush({ items: [order('O-11111111', 'CONFIRMED')], count: 1, nextToken: null });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    const tracking = page.querySelector('#tracking-O-11111111') as HTMLInputElement;
    tracking.value = ' 1Z999 ';
    (page.querySelector('button[aria-label="Ship order O-111111"]') as HTMLButtonElement).click();
    const shipped = backend.expectOne('/api/orders/O-11111111/ship');
    expect(shipped.request.body).toEqual({ trackingNumber: '1Z999' });
    shipped.flush({ message: 'Order shipped', order: order('O-11111111', 'SHIPPED') });
    await fixture.whenStable();

    expect(page.querySelector('[data-order-id]')).toBeNull();
    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Order O-111111 shipped.');
  });

  it('asks for another status and pages on with the cursor', async () => {
    TestBed.configureTestingModule({ imports: [OrderAdminPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrderAdminPage);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/admin/orders').flush({ items: [], count: 0, nextToken: null });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    const select = page.querySelector('#order-status') as HTMLSelectElement;
    select.value = 'SHIPPED';
    select.dispatchEvent(new Event('change'));
    const shipped = backend.expectOne((r) => r.url === '/api/admin/orders');
    expect(shipped.request.params.get('status')).toBe('SHIPPED');
    shipped.flush({ items: [order('O-22222222', 'SHIPPED')], count: 1, nextToken: 'next-page' });
    await fixture.whenStable();

    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Show more orders'))!.click();
    const more = backend.expectOne((r) => r.url === '/api/admin/orders');
    expect(more.request.params.get('cursor')).toBe('next-page');
    more.flush({ items: [order('O-33333333', 'SHIPPED')], count: 1, nextToken: null });
    await fixture.whenStable();

    expect(page.querySelectorAll('[data-order-id]').length).toBe(2);
  });
});
