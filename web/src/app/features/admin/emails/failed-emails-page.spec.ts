import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FailedEmailsPage } from './failed-emails-page';

describe('FailedEmailsPage', () => {
  it('lists the failed e-mails and retries one', async () => {
    TestBed.configureTestingModule({ imports: [FailedEmailsPage], providers: [provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FailedEmailsPage);
    fixture.detectChanges();
    const listed = backend.expectOne((r) => r.url === '/api/notifications');
    expect(listed.request.params.get('status')).toBe('FAILED');
    listed.flush({
      items: [{ notificationId: 'N-1', type: 'order-confirmed', toEmail: 'ann@example.com', orderId: 'O-1', status: 'FAILED', error: 'SES unreachable', attempts: 1, createdAt: '2026-11-21T10:00:00Z' }],
      count: 1,
      nextToken: null,
    });
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    expect(page.textContent).toContain('SES unreachable');

    (page.querySelector('button[aria-label="Retry e-mail to ann@example.com"]') as HTMLButtonElement).click();
    backend.expectOne('/api/notifications/N-1/retry').flush({ message: 'Notification sent', notificationId: 'N-1', attempts: 2 });
    await fixture.whenStable();

    expect(page.textContent).toContain('No failed e-mails.');
    expect(page.querySelector('[data-testid=admin-notice]')?.textContent).toContain('Sent the order-confirmed e-mail to ann@example.com.');
  });
});
