import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Page } from '../../../core/api/api-models';
import { LineDisposition, ReturnChanged, ReturnStatus, ShopReturn } from '../../../core/api/return-models';

/** The returns queue, and the moves only staff make: approve, reject, receive. */
@Injectable({ providedIn: 'root' })
export class ReturnAdminService {
  private readonly api = inject(ApiClient);

  listByStatus(status: ReturnStatus, nextToken?: string): Observable<Page<ShopReturn>> {
    return this.api.request('listReturns', { query: { status, limit: 20, nextToken } });
  }

  approve(returnId: string): Observable<ReturnChanged> {
    return this.api.request('approveReturn', { pathParams: { returnId } });
  }

  reject(returnId: string, reason: string): Observable<ReturnChanged> {
    return this.api.request('rejectReturn', { pathParams: { returnId }, body: { reason } });
  }

  receive(returnId: string, lines: readonly { productId: string; disposition: LineDisposition }[]): Observable<ReturnChanged> {
    return this.api.request('receiveReturn', { pathParams: { returnId }, body: { lines } });
  }
}
