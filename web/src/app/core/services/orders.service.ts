import { Injectable, inject } from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { Observable, catchError, map, of, throwError } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { CheckoutChoices, CreditNoteLink, InvoiceLink, Order, OrderChanged, OrderCreditNotes, OrderQuote, Page } from '../api/api-models';

@Injectable({ providedIn: 'root' })
export class OrdersService {
  private readonly api = inject(ApiClient);

  /** What placing the order with these choices would charge, without placing it. */
  quote(choices: CheckoutChoices = {}): Observable<OrderQuote> {
    return this.api.request('quoteOrder', { body: choices });
  }

  /** Places the order from the cart; `acceptedTotal` is the whole total the shopper agreed to (a quote's, or a 409's new total). */
  checkout(idempotencyKey: string, acceptedTotal?: number, choices: CheckoutChoices = {}): Observable<Order> {
    return this.api
      .request<OrderChanged>('checkout', {
        body: acceptedTotal === undefined ? choices : { ...choices, acceptedTotal },
        headers: { 'Idempotency-Key': idempotencyKey },
      })
      .pipe(map(({ order }) => order));
  }

  /** The order's invoice link, or null while the order has none yet (404). */
  invoice(orderId: string): Observable<InvoiceLink | null> {
    return this.api.request<InvoiceLink>('getInvoice', { pathParams: { orderId } }).pipe(
      catchError((error: unknown) => (error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error))),
    );
  }

  /** One credit note for every refund that succeeded, oldest first. */
  creditNotes(orderId: string): Observable<readonly CreditNoteLink[]> {
    return this.api.request<OrderCreditNotes>('listCreditNotes', { pathParams: { orderId } }).pipe(map(({ creditNotes }) => creditNotes));
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
