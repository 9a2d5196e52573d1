import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { DiscountCode, DiscountCodeDraft, DiscountCodeList } from '../../../core/api/admin-api-models';

/** The shop's discount codes, with how often each was redeemed. */
@Injectable({ providedIn: 'root' })
export class DiscountCodeAdminService {
  private readonly api = inject(ApiClient);

  list(): Observable<DiscountCodeList> {
    return this.api.request('listDiscountCodes');
  }

  add(code: DiscountCodeDraft): Observable<DiscountCode> {
    return this.api.request('addDiscountCode', { body: code });
  }

  /** Replaces the code's terms; the path names it, its redemptions so far are kept. */
  change(code: DiscountCodeDraft): Observable<DiscountCode> {
    return this.api.request('changeDiscountCode', { pathParams: { code: code.code }, body: code });
  }

  delete(code: string): Observable<unknown> {
    return this.api.request('deleteDiscountCode', { pathParams: { code } });
  }
}
