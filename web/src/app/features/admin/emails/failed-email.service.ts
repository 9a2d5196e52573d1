import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { FailedEmail, NotificationRetried } from '../../../core/api/admin-api-models';
import { Page } from '../../../core/api/api-models';

/** E-mails SES did not take, newest first, and sending one again. */
@Injectable({ providedIn: 'root' })
export class FailedEmailService {
  private readonly api = inject(ApiClient);

  list(nextToken?: string): Observable<Page<FailedEmail>> {
    return this.api.request('listNotifications', { query: { status: 'FAILED', limit: 20, nextToken } });
  }

  retry(notificationId: string): Observable<NotificationRetried> {
    return this.api.request('retryNotification', { pathParams: { notificationId } });
  }
}
