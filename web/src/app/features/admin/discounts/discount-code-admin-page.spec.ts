import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DiscountCodeAdminPage } from './discount-code-admin-page';

const welcome = {
  code: 'WELCOME10', kind: 'PERCENT', value: 10, currency: null, minSubtotal: null, startsAt: null, endsAt: null,
  redemptionLimit: 1000, perShopperLimit: 1, active: true, redeemed: 3,
};

describe('DiscountCodeAdminPage', () => {
  it('adds a code, shows a refused field beside its input, and stops accepting one without sending its count', async () => {
    TestBed.configureTestingModule({
      imports: [DiscountCodeAdminPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DiscountCodeAdminPage);
    fixture.detectChanges();
    backend.expectOne('/api/admin/discount-codes').flush({ items: [welcome], count: 1 });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-code="WELCOME10"]')?.textContent).toContain('3 of 1000');

    for (const [field, text] of [['code', 'spring5'], ['value', '5']]) {
      const input = page.querySelector<HTMLInputElement>(`#code-${field}`)!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    const kind = page.querySelector<HTMLSelectElement>('#code-kind')!;
    kind.value = 'AMOUNT';
    kind.dispatchEvent(new Event('change'));
    page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    const added = backend.expectOne((r) => r.method === 'POST' && r.url === '/api/admin/discount-codes');
    expect(added.request.body).toEqual({ code: 'SPRING5', kind: 'AMOUNT', value: 5, currency: null, minSubtotal: null, redemptionLimit: null, perShopperLimit: 1, active: true });
    added.flush(
      { message: 'currency is required for an AMOUNT code and for a minimum subtotal', errors: { currency: ['currency is required for an AMOUNT code and for a minimum subtotal'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(page.querySelector('#code-currency-error')?.textContent).toContain('currency is required');
    expect(page.querySelector('#code-currency')?.getAttribute('aria-invalid')).toBe('true');

    [...page.querySelectorAll('button')].find((b) => b.textContent?.includes('Stop accepting'))!.click();
    const changed = backend.expectOne('/api/admin/discount-codes/WELCOME10');
    expect(changed.request.method).toBe('PUT');
    const { redeemed: _, ...terms } = welcome;
    expect(changed.request.body).toEqual({ ...terms, active: false });
  });
});
