import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FailedEmail } from '../../../core/api/admin-api-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { FailedEmailService } from './failed-email.service';

@Component({
  selector: 'app-failed-emails-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ErrorAlert, StackedTable],
  template: `
    <section class="page">
      <h1>Failed e-mails</h1>
      @if (notice(); as shown) {
        <p class="alert alert-success" role="status" data-testid="admin-notice">{{ shown }}</p>
      }
      <app-error-alert [error]="loading.error()" />
      <app-error-alert [error]="retrying.error()" />
      <table class="table" appStackedTable>
        <caption class="visually-hidden">E-mails that could not be sent, newest first</caption>
        <thead>
          <tr><th scope="col">To</th><th scope="col">E-mail</th><th scope="col">Order</th><th scope="col">Why it failed</th>
            <th scope="col" class="num">Attempts</th><th scope="col">First tried</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          @for (email of emails(); track email.notificationId) {
            <tr>
              <td>{{ email.toEmail }}</td>
              <td>{{ email.type }}</td>
              <td>{{ email.orderId ?? '—' }}</td>
              <td>{{ email.error ?? '—' }}</td>
              <td class="num">{{ email.attempts }}</td>
              <td>{{ email.createdAt | date: 'medium' }}</td>
              <td>
                <button type="button" class="button button-secondary" [disabled]="retrying.busy()"
                        [attr.aria-label]="'Retry e-mail to ' + email.toEmail" (click)="retryEmail(email)">Retry</button>
              </td>
            </tr>
          } @empty {
            @if (!loading.busy()) {
              <tr><td colspan="7" class="muted">No failed e-mails.</td></tr>
            }
          }
        </tbody>
      </table>
    </section>
  `,
})
export class FailedEmailsPage implements OnInit {
  private readonly failedEmails = inject(FailedEmailService);

  protected readonly emails = signal<readonly FailedEmail[]>([]);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly retrying = new RequestState();

  ngOnInit(): void {
    this.loading.run(this.failedEmails.list(), (page) => this.emails.set(page.items));
  }

  protected retryEmail(email: FailedEmail): void {
    this.retrying.run(this.failedEmails.retry(email.notificationId), () => {
      this.emails.update((shown) => shown.filter((e) => e.notificationId !== email.notificationId));
      this.notice.set(`Sent the ${email.type} e-mail to ${email.toEmail}.`);
    });
  }
}
