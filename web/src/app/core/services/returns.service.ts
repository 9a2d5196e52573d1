import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { OrderReturns, ReturnRequest, ShopReturn } from '../api/return-models';

/** The shopper's side of returns: what an order may still send back, and asking to. */
@Injectable({ providedIn: 'root' })
export class ReturnsService {
  private readonly api = inject(ApiClient);

  forOrder(orderId: string): Observable<OrderReturns> {
    return this.api.request('listOrderReturns', { pathParams: { orderId } });
  }

  request(orderId: string, request: ReturnRequest): Observable<ShopReturn> {
    return this.api.request('requestReturn', { pathParams: { orderId }, body: request });
  }
}
