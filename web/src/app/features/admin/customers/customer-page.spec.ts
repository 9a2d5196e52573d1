import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CustomerPage } from './customer-page';

const customer = (enabled: boolean) => ({
  id: '0a241577-dfc3-47b0-aa27-eb9af7c0e7c7', email: 'ann@example.com', name: null, signedUpAt: '2026-11-21T10:00:00Z',
  enabled, isAdmin: false, accountStatus: 'CONFIRMED',
});

describe('CustomerPage', () => {
  it('shows the spend, orders and addresses, and disables sign-in only once confirmed', async () => {
    TestBed.configureTestingModule({ imports: [CustomerPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CustomerPage);
    fixture.componentRef.setInput('customerId', customer(true).id);
    fixture.detectChanges();
    backend.expectOne(`/api/admin/customers/${customer(true).id}`).flush({
      customer: customer(true),
      orders: [{ orderId: 'O-11111111', status: 'CONFIRMED', totalAmount: 69, currency: 'USD', createdAt: '2026-11-21T10:00:00Z', paid: true, itemCount: 2 }],
      orderCount: 1,
      lifetimeSpend: [{ currency: 'USD', amount: 69 }],
      addresses: [{ addressId: 'A-1', name: 'Ann', line1: '1 Main St', city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US', isDefault: true }],
    });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=customer-spend]')?.textContent).toContain('$69.00');
    expect(page.querySelector('[data-order-id=O-11111111]')).not.toBeNull();
    expect(page.querySelector('address')?.textContent).toContain('1 Main St');

    const button = (name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    button('Disable sign-in').click();
    await fixture.whenStable();
    backend.expectNone(() => true);
    expect(page.querySelector('[role=alertdialog]')?.textContent).toContain('Disable ann@example.com?');

    button('Yes, disable sign-in').click();
    backend.expectOne({ method: 'POST', url: `/api/admin/customers/${customer(true).id}/disable` }).flush(customer(false));
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=customer-sign-in]')?.textContent).toBe('Disabled');
    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('ann@example.com can no longer sign in.');
    expect(button('Enable sign-in')).toBeDefined();
  });

  it('shows the refusal when an admin tries to lock themselves out', async () => {
    TestBed.configureTestingModule({ imports: [CustomerPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CustomerPage);
    fixture.componentRef.setInput('customerId', customer(true).id);
    fixture.detectChanges();
    backend.expectOne(`/api/admin/customers/${customer(true).id}`)
      .flush({ customer: customer(true), orders: [], orderCount: 0, lifetimeSpend: [], addresses: [] });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    const button = (name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;

    button('Disable sign-in').click();
    await fixture.whenStable();
    button('Yes, disable sign-in').click();
    backend.expectOne(`/api/admin/customers/${customer(true).id}/disable`).flush(
      { status: 409, message: 'You cannot disable your own account: ask another admin' },
      { status: 409, statusText: 'Conflict', headers: { 'Content-Type': 'application/problem+json' } });
    await fixture.whenStable();

    expect(page.querySelector('[role=alert]')?.textContent).toContain('You cannot disable your own account');
    expect(page.querySelector('[data-testid=customer-sign-in]')?.textContent).toBe('Enabled');
  });
});
