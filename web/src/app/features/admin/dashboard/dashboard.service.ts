import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Dashboard, DashboardQuery } from '../../../core/api/dashboard-models';

/** The back office dashboard's one read. */
@Injectable({ providedIn: 'root' })
export class DashboardService {
  private readonly api = inject(ApiClient);

  /** With `drift`, the API also checks stock drift (it reads the unpaid orders, so only on request). */
  load(query: DashboardQuery, drift = false): Observable<Dashboard> {
    const { period, from, to } = query;
    const dates = period === 'custom' ? { from, to } : {};
    return this.api.request('getDashboard', { query: { period, ...dates, drift: drift || undefined } });
  }
}
