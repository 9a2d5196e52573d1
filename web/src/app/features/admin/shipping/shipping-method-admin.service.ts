import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { ShippingMethod, ShippingMethodList } from '../../../core/api/api-models';

/** The shop's shipping methods, active or not, as staff edit them. */
@Injectable({ providedIn: 'root' })
export class ShippingMethodAdminService {
  private readonly api = inject(ApiClient);

  list(): Observable<ShippingMethodList> {
    return this.api.request('listAllShippingMethods');
  }

  add(method: ShippingMethod): Observable<ShippingMethod> {
    return this.api.request('addShippingMethod', { body: method });
  }

  /** Replaces the method; the path names it. */
  change(method: ShippingMethod): Observable<ShippingMethod> {
    return this.api.request('changeShippingMethod', { pathParams: { shippingMethodId: method.shippingMethodId }, body: method });
  }

  delete(shippingMethodId: string): Observable<unknown> {
    return this.api.request('deleteShippingMethod', { pathParams: { shippingMethodId } });
  }
}
