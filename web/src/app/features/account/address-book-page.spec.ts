import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AddressBookPage } from './address-book-page';

const home = { addressId: 'a1', name: 'Ada Lovelace', line1: '1 Main St', line2: null, city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US', phone: null, isDefault: true };
const work = { ...home, addressId: 'a2', line1: '2 Pike St', isDefault: false };

function openBook(items: object[]) {
  TestBed.configureTestingModule({
    imports: [AddressBookPage],
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  const backend = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(AddressBookPage);
  fixture.detectChanges();
  backend.expectOne('/api/addresses').flush({ items, defaultAddressId: 'a1', count: items.length, maxAddresses: 20 });
  return { fixture, backend, page: fixture.nativeElement as HTMLElement };
}

describe('AddressBookPage', () => {
  it('makes an address the default and deletes one', async () => {
    const { fixture, backend, page } = openBook([home, work]);
    await fixture.whenStable();
    expect(page.querySelector('[data-address-id="a1"]')?.textContent).toContain('Default');

    buttonStarting(page, 'Make default').click();
    const chosen = backend.expectOne('/api/addresses/a2/default');
    expect(chosen.request.method).toBe('POST');
    chosen.flush({ items: [{ ...home, isDefault: false }, { ...work, isDefault: true }], defaultAddressId: 'a2', count: 2, maxAddresses: 20 });
    await fixture.whenStable();
    expect(page.querySelector('[data-address-id="a2"]')?.textContent).toContain('Default');

    [...page.querySelectorAll<HTMLButtonElement>('[data-address-id="a1"] button')].find((b) => b.textContent?.includes('Delete'))!.click();
    const deleted = backend.expectOne('/api/addresses/a1');
    expect(deleted.request.method).toBe('DELETE');
    deleted.flush({ items: [{ ...work, isDefault: true }], defaultAddressId: 'a2', count: 1, maxAddresses: 20 });
    await fixture.whenStable();
    expect(page.querySelector('[data-address-id="a1"]')).toBeNull();
  });

  it('adds an address and shows a refused field beside its input', async () => {
    const { fixture, backend, page } = openBook([]);
    await fixture.whenStable();
    type('#new-address-name', 'Grace Hopper', page);
    type('#new-address-line1', '3 Navy Way', page);
    type('#new-address-city', 'Arlington', page);
    type('#new-address-country', 'us', page);
    buttonStarting(page, 'Add address').click();

    const refused = backend.expectOne('/api/addresses');
    expect(refused.request.body).toEqual({ name: 'Grace Hopper', line1: '3 Navy Way', line2: null, city: 'Arlington', region: null, postalCode: null, country: 'US', phone: null });
    refused.flush({ message: 'postalCode is required in US', errors: { postalCode: ['postalCode is required in US'] } }, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();
    const postalCode = page.querySelector<HTMLInputElement>('#new-address-postalCode')!;
    expect(postalCode.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector(`#${postalCode.getAttribute('aria-describedby')}`)?.textContent).toContain('postalCode is required in US');

    type('#new-address-postalCode', '22201', page);
    buttonStarting(page, 'Add address').click();
    const added = backend.expectOne('/api/addresses');
    expect(added.request.body).toMatchObject({ postalCode: '22201' });
    added.flush({ ...home, addressId: 'a3', name: 'Grace Hopper' }, { status: 201, statusText: 'Created' });
    backend.expectOne('/api/addresses').flush({ items: [{ ...home, addressId: 'a3', name: 'Grace Hopper' }], defaultAddressId: 'a3', count: 1, maxAddresses: 20 });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Added the address for Grace Hopper');
    expect(page.querySelector<HTMLInputElement>('#new-address-name')?.value).toBe('');
  });

  it('changes a saved address in place, starting from what it says', async () => {
    const { fixture, backend, page } = openBook([home, work]);
    await fixture.whenStable();
    [...page.querySelectorAll<HTMLButtonElement>('[data-address-id="a2"] button')].find((b) => b.textContent?.includes('Edit'))!.click();
    await fixture.whenStable();
    const line1 = page.querySelector<HTMLInputElement>('#edit-a2-line1')!;
    expect(line1.value).toBe('2 Pike St');
    expect(page.querySelector<HTMLInputElement>('#edit-a2-city')!.value).toBe('Seattle');

    type('#edit-a2-line1', '400 Pine St', page);
    buttonStarting(page, 'Save changes').click();
    const changed = backend.expectOne('/api/addresses/a2');
    expect(changed.request.method).toBe('PUT');
    expect(changed.request.body).toEqual({ name: 'Ada Lovelace', line1: '400 Pine St', line2: null, city: 'Seattle', region: 'WA', postalCode: '98101', country: 'US', phone: null });
    changed.flush({ ...work, line1: '400 Pine St' });
    backend.expectOne('/api/addresses').flush({ items: [home, { ...work, line1: '400 Pine St' }], defaultAddressId: 'a1', count: 2, maxAddresses: 20 });
    await fixture.whenStable();
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Saved the address for Ada Lovelace');
    expect(page.querySelector('[data-address-id="a2"]')?.textContent).toContain('400 Pine St');
    expect(page.querySelector('#edit-a2-line1')).toBeNull();
  });
});

function type(selector: string, text: string, page: HTMLElement): void {
  const input = page.querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

function buttonStarting(page: HTMLElement, name: string): HTMLButtonElement {
  const button = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim().startsWith(name));
  if (!button) throw new Error(`No button "${name}"`);
  return button;
}
