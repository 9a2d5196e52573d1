import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Page } from '../../../core/api/api-models';
import { AuditEntry, AuditSearch } from '../../../core/api/audit-models';

/** The audit trail: read-only, newest first, a page at a time. */
@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly api = inject(ApiClient);

  search(search: AuditSearch, cursor?: string): Observable<Page<AuditEntry>> {
    return this.api.request('listAuditEntries', { query: { ...search, limit: 25, cursor } });
  }
}
