import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Order, OrderChanged, OrderStatus, Page } from '../../../core/api/api-models';

/** Every shopper's orders by status, and the moves only staff make: ship and deliver. */
@Injectable({ providedIn: 'root' })
export class OrderAdminService {
  private readonly api = inject(ApiClient);

  listByStatus(status: OrderStatus, cursor?: string): Observable<Page<Order>> {
    return this.api.request('listOrdersByStatus', { query: { status, limit: 20, cursor } });
  }

  ship(orderId: string, trackingNumber: string): Observable<Order> {
    return this.api.request<OrderChanged>('shipOrder', { pathParams: { orderId }, body: { trackingNumber } }).pipe(map(({ order }) => order));
  }

  deliver(orderId: string): Observable<Order> {
    return this.api.request<OrderChanged>('deliverOrder', { pathParams: { orderId } }).pipe(map(({ order }) => order));
  }
}
