import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuditPage } from './audit-page';

const entry = (entryId: string, before: string, after: string) => ({
  entryId, at: '2026-12-02T10:00:00Z', action: 'PRODUCT_UPDATED', subjectType: 'PRODUCT', subjectId: 'LAMP-1', adminId: 'a-1',
  adminEmail: 'boss@example.com', before: { price: before }, after: { price: after }, reason: null,
});

describe('AuditPage', () => {
  it('filters by subject and action, shows before and after, and loads older entries after the newest', async () => {
    TestBed.configureTestingModule({ imports: [AuditPage], providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditPage);
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/admin/audit' && !r.params.has('subjectId')).flush({ items: [], count: 0, nextToken: null });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;

    (page.querySelector('#audit-subject') as HTMLInputElement).value = 'LAMP-1';
    (page.querySelector('#audit-action') as HTMLSelectElement).value = 'PRODUCT_UPDATED';
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    const filtered = backend.expectOne((r) => r.url === '/api/admin/audit' && r.params.get('subjectId') === 'LAMP-1');
    expect(filtered.request.params.get('action')).toBe('PRODUCT_UPDATED');
    expect(filtered.request.params.has('from')).toBe(false);
    filtered.flush({ items: [entry('2', '20', '24.75')], count: 1, nextToken: 'next.page' });
    await fixture.whenStable();

    expect(page.querySelector('[data-testid=audit-before]')?.textContent).toContain('price: 20');
    expect(page.querySelector('[data-testid=audit-after]')?.textContent).toContain('price: 24.75');
    const more = [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Load more') as HTMLButtonElement;
    more.click();
    backend.expectOne((r) => r.params.get('cursor') === 'next.page' && r.params.get('subjectId') === 'LAMP-1')
      .flush({ items: [entry('1', '10', '20')], count: 1, nextToken: null });
    await fixture.whenStable();

    expect([...page.querySelectorAll('[data-testid=audit-after]')].map((c) => c.textContent?.trim())).toEqual(['price: 24.75', 'price: 20']);
    expect([...page.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'Load more')).toBe(false);
  });
});
