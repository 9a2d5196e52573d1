import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { DiscountCodeAdminPage } from './discount-code-admin-page';

const welcome = {
  code: 'WELCOME10', kind: 'PERCENT', value: 10, currency: null, minSubtotal: null, startsAt: null, endsAt: null,
  redemptionLimit: 1000, perShopperLimit: 1, active: true, redeemed: 3,
};

async function openPage(items: object[]) {
  TestBed.configureTestingModule({
    imports: [DiscountCodeAdminPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(DiscountCodeAdminPage);
  fixture.detectChanges();
  backend.expectOne('/api/admin/discount-codes').flush({ items, count: items.length });
  await fixture.whenStable();
  return { fixture, backend, page: fixture.nativeElement as HTMLElement };
}

describe('DiscountCodeAdminPage', () => {
  it('adds a code, shows a refused field beside its input, and stops accepting one without sending its count', async () => {
    const { fixture, backend, page } = await openPage([welcome]);
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
    expect(added.request.body).toEqual({ code: 'SPRING5', kind: 'AMOUNT', value: 5, currency: null, minSubtotal: null, startsAt: null, endsAt: null, redemptionLimit: null, perShopperLimit: 1, active: true });
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

  it('changes a code\'s dates and limits in the same form, keeping its code and whether it is accepted', async () => {
    const endsAt = '2027-01-31T12:00:00.000Z';
    const { fixture, backend, page } = await openPage([{ ...welcome, endsAt }]);

    [...page.querySelectorAll<HTMLButtonElement>('[data-code="WELCOME10"] button')].find((b) => b.textContent?.includes('Edit'))!.click();
    fixture.detectChanges();
    await fixture.whenStable();
    expect(page.querySelector('#new-code-title')?.textContent).toContain('Change WELCOME10');
    expect(page.querySelector<HTMLInputElement>('#code-code')!.readOnly).toBe(true);
    expect(page.querySelector<HTMLInputElement>('#code-redemptionLimit')!.value).toBe('1000');
    expect(new Date(page.querySelector<HTMLInputElement>('#code-endsAt')!.value).toISOString()).toBe(endsAt);

    const starts = page.querySelector<HTMLInputElement>('#code-startsAt')!;
    starts.value = '2027-01-01T09:30';
    starts.dispatchEvent(new Event('input'));
    const limit = page.querySelector<HTMLInputElement>('#code-redemptionLimit')!;
    limit.value = '50';
    limit.dispatchEvent(new Event('input'));
    page.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));

    const changed = backend.expectOne((r) => r.method === 'PUT' && r.url === '/api/admin/discount-codes/WELCOME10');
    const { redeemed: _, ...terms } = welcome;
    expect(changed.request.body).toEqual({ ...terms, startsAt: new Date('2027-01-01T09:30').toISOString(), endsAt, redemptionLimit: 50 });
    changed.flush({ ...welcome, redemptionLimit: 50 });
    backend.expectOne('/api/admin/discount-codes').flush({ items: [{ ...welcome, redemptionLimit: 50 }], count: 1 });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="admin-notice"]')?.textContent).toContain('Saved WELCOME10');
    expect(page.querySelector('[data-code="WELCOME10"]')?.textContent).toContain('3 of 50');
    expect(page.querySelector('#new-code-title')?.textContent).toContain('New discount code');
  });
});
