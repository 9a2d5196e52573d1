import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { Order, OrderChanged, Page } from '../api/api-models';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly api = inject(ApiClient);

  /** Places the order from the cart; `acceptedTotal` confirms a total after prices changed. */
  checkout(idempotencyKey: string, acceptedTotal?: number): Observable<Order> {
    return this.api
      .request<OrderChanged>('checkout', {
        body: acceptedTotal === undefined ? {} : { acceptedTotal },
        headers: { 'Idempotency-Key': idempotencyKey },
      })
      .pipe(map(({ order }) => order));
  }

  list(nextToken?: string, limit = 10): Observable<Page<Order>> {
    return this.api.request('listOrders', { query: { limit, nextToken } });
  }

  get(orderId: string): Observable<Order> {
    return this.api.request('getOrder', { pathParams: { orderId } });
  }

  cancel(orderId: string): Observable<Order> {
    return this.api.request<OrderChanged>('cancelOrder', { pathParams: { orderId } }).pipe(map(({ order }) => order));
  }
}
