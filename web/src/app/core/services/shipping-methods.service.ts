import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { ShippingMethodList } from '../api/api-models';

@Injectable({ providedIn: 'root' })
export class ShippingMethodsService {
  private readonly api = inject(ApiClient);

  /** The methods a shopper can choose for an address in `country` (and those needing no address); every active one without a country. */
  offered(country?: string): Observable<ShippingMethodList> {
    return this.api.request('listShippingMethods', { query: { country } });
  }
}
