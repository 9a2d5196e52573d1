import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TaxRateAdminPage } from './tax-rate-admin-page';

const wa = { taxRateId: 'US-WA', country: 'US', region: 'WA', name: 'WA sales tax', percent: 6.5 };

describe('TaxRateAdminPage', () => {
  it('shows the shop settings and rates, adds a regional rate and deletes one', async () => {
    TestBed.configureTestingModule({
      imports: [TaxRateAdminPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TaxRateAdminPage);
    fixture.detectChanges();
    backend.expectOne('/api/admin/tax-rates').flush({ items: [wa], count: 1, pricesIncludeTax: false, shippingTaxed: true, shopAddress: { country: 'US', region: 'WA' } });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid="tax-settings"]')?.textContent).toContain('taxed at the shop (US-WA)');

    for (const [field, text] of [['country', 'us'], ['region', 'ca'], ['name', 'CA sales tax'], ['percent', '7.25']]) {
      const input = page.querySelector<HTMLInputElement>(`#rate-${field}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const added = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/admin/tax-rates');
    expect(added.request.body).toEqual({ country: 'US', region: 'CA', name: 'CA sales tax', percent: 7.25 });
    added.flush({ taxRateId: 'US-CA', country: 'US', region: 'CA', name: 'CA sales tax', percent: 7.25 }, { status: 201, statusText: 'Created' });
    backend.expectOne('/api/admin/tax-rates').flush({ items: [wa], count: 1, pricesIncludeTax: false, shippingTaxed: true, shopAddress: null });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="admin-notice"]')?.textContent).toContain('Added CA sales tax (US-CA).');

    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Delete'))!.click();
    const deleted = backend.expectOne('/api/admin/tax-rates/US-WA');
    expect(deleted.request.method).toBe('DELETE');
  });
});
