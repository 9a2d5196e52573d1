import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { OrderPayments, OrderRefund, OrderSearch, RefundRequest } from '../../../core/api/admin-api-models';
import { ApiClient } from '../../../core/api/api-client';
import { newIdempotencyKey } from '../../../shared/idempotency-key';
import { Order, OrderChanged, Page } from '../../../core/api/api-models';

/** Every shopper's orders, found by the back office's search, and the moves only staff make on them. */
@Injectable({ providedIn: 'root' })
export class OrderAdminService {
  private readonly api = inject(ApiClient);

  search(search: OrderSearch, cursor?: string): Observable<Page<Order>> {
    return this.api.request('searchOrders', { query: { ...search, limit: 20, cursor } });
  }

  get(orderId: string): Observable<Order> {
    return this.api.request('getOrder', { pathParams: { orderId } });
  }

  payments(orderId: string): Observable<OrderPayments> {
    return this.api.request('listOrderPayments', { query: { orderId } });
  }

  ship(orderId: string, trackingNumber: string): Observable<Order> {
    return this.moved(this.api.request<OrderChanged>('shipOrder', { pathParams: { orderId }, body: { trackingNumber } }));
  }

  deliver(orderId: string): Observable<Order> {
    return this.moved(this.api.request<OrderChanged>('deliverOrder', { pathParams: { orderId } }));
  }

  /** Cancels a confirmed order before it ships; what was paid is refunded. */
  cancel(orderId: string, reason: string): Observable<OrderChanged> {
    return this.api.request<OrderChanged>('cancelOrderByStaff', { pathParams: { orderId }, body: { reason } });
  }

  /** A cash-on-delivery order came back refused at the door. */
  refuseDelivery(orderId: string, reason: string): Observable<OrderChanged> {
    return this.api.request<OrderChanged>('refuseDelivery', { pathParams: { orderId }, body: { reason } });
  }

  /** One key a refund, so a retried click refunds once. */
  refund(orderId: string, refund: RefundRequest): Observable<OrderRefund> {
    return this.api.request<OrderRefund>('refundOrder', { pathParams: { orderId }, body: refund, headers: { 'Idempotency-Key': newIdempotencyKey() } });
  }

  private moved(changed: Observable<OrderChanged>): Observable<Order> {
    return changed.pipe(map(({ order }) => order));
  }
}
