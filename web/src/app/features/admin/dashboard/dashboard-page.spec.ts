import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Dashboard } from '../../../core/api/dashboard-models';
import { DashboardPage } from './dashboard-page';

const today: Dashboard = {
  period: { period: 'today', from: '2026-12-02', to: '2026-12-02', timeZone: 'UTC' },
  ordersPlaced: 3,
  newCustomers: 2,
  ordersByStatus: [{ status: 'PENDING', count: 1 }, { status: 'CONFIRMED', count: 2 }],
  revenue: [{ currency: 'USD', orders: 2, net: 40, tax: 3.6, shipping: 5, discount: 0, total: 48.6, refunds: 10, averageOrderValue: 24.3 }],
  topProductsByUnits: [{ productId: 'P-1', name: 'Desk Lamp', currency: 'USD', units: 3, revenue: 40 }],
  topProductsByRevenue: [{ productId: 'P-1', name: 'Desk Lamp', currency: 'USD', units: 3, revenue: 40 }],
  lowStock: { threshold: 5, count: 1, products: [{ productId: 'P-2', name: 'Vase', availableQty: 1, reservedQty: 0 }] },
  needsAttention: { queues: [{ kind: 'FAILED_EMAILS', label: 'Failed e-mails', count: 101, atLeast: true, link: null }], openReturns: { kind: 'OPEN_RETURNS', label: 'Returns to review', count: 2, atLeast: false, link: '/api/admin/returns?status=REQUESTED' }, driftingProducts: null },
  days: [{ day: '2026-12-02', placed: 3, newCustomers: 2, revenue: [{ currency: 'USD', orders: 2, total: 48.6, refunds: 10 }] }],
};

describe('DashboardPage', () => {
  function open() {
    TestBed.configureTestingModule({ imports: [DashboardPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(DashboardPage);
    fixture.detectChanges();
    return { backend, fixture, page: fixture.nativeElement as HTMLElement };
  }

  it("shows today's figures, the queues and charts with their text alternatives and tables", async () => {
    const { backend, fixture, page } = open();
    const read = backend.expectOne((r) => r.url === '/api/admin/dashboard');
    expect(read.request.params.get('period')).toBe('today');
    expect(read.request.params.has('drift')).toBe(false);
    read.flush(today);
    await fixture.whenStable();

    expect(page.querySelector('[data-revenue=USD]')?.textContent).toContain('$48.60');
    expect(page.querySelector('[data-revenue=USD]')?.textContent).toContain('average order $24.30');
    expect(page.querySelector('[data-testid=orders-placed]')?.textContent).toBe('3');
    expect([...page.querySelectorAll('a')].find((a) => a.textContent === 'Vase')?.getAttribute('href')).toBe('/products/P-2/stock');
    expect(page.textContent).toContain('101+');
    const returns = page.querySelector('[data-testid=returns-link]');
    expect([returns?.textContent, returns?.getAttribute('href'), returns?.closest('li')?.querySelector('strong')?.textContent]).toEqual(['Returns to review', '/returns', '2']);
    const charts = [...page.querySelectorAll('svg[role=img]')];
    expect(charts.length).toBe(4);
    for (const chart of charts) {
      const named = chart.getAttribute('aria-labelledby')!.split(' ').map((id) => page.querySelector(`#${id}`)?.textContent ?? '');
      expect(named.join(' ')).toMatch(/highest .* at /);
    }
    expect(page.querySelector('details table')?.textContent).toContain('$48.60');
  }, 30_000);

  it('asks for a custom period with its dates, and for drift only on request', async () => {
    const { backend, fixture, page } = open();
    backend.expectOne((r) => r.url === '/api/admin/dashboard').flush(today);
    await fixture.whenStable();

    const period = page.querySelector('#dashboard-period') as HTMLSelectElement;
    period.value = 'custom';
    period.dispatchEvent(new Event('change'));
    (page.querySelector('#dashboard-from') as HTMLInputElement).value = '2026-11-01';
    (page.querySelector('#dashboard-to') as HTMLInputElement).value = '2026-11-30';
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const custom = backend.expectOne((r) => r.url === '/api/admin/dashboard');
    expect([custom.request.params.get('period'), custom.request.params.get('from'), custom.request.params.get('to')]).toEqual(['custom', '2026-11-01', '2026-11-30']);
    custom.flush(today);
    await fixture.whenStable();

    (([...page.querySelectorAll('button')] as HTMLButtonElement[]).find((b) => b.textContent?.includes('Check drift')))!.click();
    const drift = backend.expectOne((r) => r.url === '/api/admin/dashboard');
    expect(drift.request.params.get('drift')).toBe('true');
    drift.flush({ ...today, needsAttention: { ...today.needsAttention, driftingProducts: 2 } });
    await fixture.whenStable();
    expect(page.textContent).toContain('2 products');
    expect(page.querySelector('[data-testid=drift-link]')?.getAttribute('href')).toBe('/stock/reconciliation');
  }, 30_000);
});
