import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { StockReconciliationPage } from './stock-reconciliation-page';

const report = {
  drift: 5,
  products: [
    { productId: 'P-ORPHAN', name: 'Lamp', availableQty: 2, reservedQty: 5, pendingQty: 2, drift: 3, repair: { availableQty: 5, reservedQty: 2 }, leftForStaff: null },
    {
      productId: 'P-SHORT', name: null, availableQty: 1, reservedQty: 0, pendingQty: 2, drift: -2, repair: null,
      leftForStaff: 'repair would reserve 2 more units, but only 1 are available: count the product first',
    },
  ],
};

describe('StockReconciliationPage', () => {
  it('shows what repair would set, repairs only once confirmed, then shows the report again', async () => {
    TestBed.configureTestingModule({ imports: [StockReconciliationPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(StockReconciliationPage);
    fixture.detectChanges();
    backend.expectOne('/api/inventory/reconciliation').flush(report);
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.querySelector('[data-testid=reconciliation-summary]')?.textContent).toContain('2 products disagree with their orders, 5 units out of line in all.');
    expect(page.querySelector('[data-product-id=P-ORPHAN]')?.textContent).toContain('reserved 5 → 2, available 2 → 5');
    expect(page.querySelector('[data-product-id=P-SHORT]')?.textContent).toContain('Left for staff');
    expect(page.querySelector('[data-product-id=P-SHORT]')?.textContent).toContain('count the product first');

    const button = (name: string) => [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name) as HTMLButtonElement;
    button('Repair…').click();
    await fixture.whenStable();
    backend.expectNone(() => true);
    expect(page.querySelector('[role=alertdialog]')?.textContent).toContain('Repair 1 product as listed above?');

    button('Yes, repair').click();
    backend.expectOne({ method: 'POST', url: '/api/inventory/reconciliation/repair' }).flush({ products: report.products, drift: 5, repaired: ['P-ORPHAN'] });
    backend.expectOne('/api/inventory/reconciliation').flush({ drift: 2, products: [report.products[1]] });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Repaired Lamp.');
    expect(page.querySelector('[data-product-id=P-ORPHAN]')).toBeNull();
    expect(page.querySelector('[role=alertdialog]')).toBeNull();
    expect(button('Repair…')).toBeUndefined();
  });

  it('says when there is nothing to repair', async () => {
    TestBed.configureTestingModule({ imports: [StockReconciliationPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(StockReconciliationPage);
    fixture.detectChanges();
    backend.expectOne('/api/inventory/reconciliation').flush({ drift: 0, products: [] });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    expect(page.querySelector('[data-testid=reconciliation-summary]')?.textContent).toContain('Nothing to repair');
    expect(page.querySelector('table')).toBeNull();
  });
});
