import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, throwError } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { PaymentProcessed, PaymentProvider, PaymentProviderName, PaymentRequest } from '../api/api-models';

@Injectable({ providedIn: 'root' })
export class PaymentService {
  private readonly api = inject(ApiClient);

  /** The provider the shop pays through; an API without the endpoint pays by MOCK. */
  provider(): Observable<PaymentProviderName> {
    return this.api.request<PaymentProvider>('getPaymentProvider').pipe(
      map(({ provider }) => provider),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 404 ? of<PaymentProviderName>('MOCK') : throwError(() => error),
      ),
    );
  }

  pay(request: PaymentRequest, idempotencyKey: string): Observable<PaymentProcessed> {
    return this.api.request('payOrder', { body: request, headers: { 'Idempotency-Key': idempotencyKey } });
  }
}
