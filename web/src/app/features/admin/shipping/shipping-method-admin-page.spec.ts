import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ShippingMethodAdminPage } from './shipping-method-admin-page';

const collect = { shippingMethodId: 'collect', name: 'Collect in store', price: 0, currency: 'USD', countries: [], freeAbove: null, minDays: 0, maxDays: 1, active: true, requiresAddress: false };

describe('ShippingMethodAdminPage', () => {
  it('adds a delivery method for the countries typed, and stops offering one', async () => {
    TestBed.configureTestingModule({
      imports: [ShippingMethodAdminPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ShippingMethodAdminPage);
    fixture.detectChanges();
    backend.expectOne('/api/admin/shipping-methods').flush({ items: [collect], count: 1, defaultShippingMethodId: 'collect' });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-shipping-method-id="collect"]')?.textContent).toContain('Shop default');

    for (const [field, text] of [['shippingMethodId', 'express'], ['name', 'Express'], ['price', '12.5'], ['minDays', '1'], ['maxDays', '2'], ['countries', 'us, ca']]) {
      const input = page.querySelector<HTMLInputElement>(`#method-${field}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const added = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/admin/shipping-methods');
    expect(added.request.body).toEqual({
      shippingMethodId: 'express', name: 'Express', price: 12.5, currency: 'USD', countries: ['US', 'CA'], freeAbove: null, minDays: 1, maxDays: 2, active: true, requiresAddress: true,
    });
    added.flush({ message: 'countries must be ISO 3166-1 alpha-2 codes such as US or DE', errors: { 'countries[1]': ['countries must be ISO 3166-1 alpha-2 codes such as US or DE'] } }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    expect(page.querySelector('#method-countries-error')?.textContent).toContain('ISO 3166-1');
    expect(page.querySelector('#method-countries')?.getAttribute('aria-describedby')).toContain('method-countries-error');

    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Stop offering'))!.click();
    const changed = backend.expectOne('/api/admin/shipping-methods/collect');
    expect(changed.request.method).toBe('PUT');
    expect(changed.request.body).toEqual({ ...collect, active: false });
    changed.flush({ ...collect, active: false });
    backend.expectOne('/api/admin/shipping-methods').flush({ items: [{ ...collect, active: false }], count: 1, defaultShippingMethodId: 'collect' });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="admin-notice"]')?.textContent).toContain('Collect in store is no longer offered.');
  });
});
