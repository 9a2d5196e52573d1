import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Observable, filter, forkJoin, switchMap, take, timer } from 'rxjs';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Order, PaymentProviderName, PaymentRequest } from '../../core/api/api-models';
import { OrdersService } from '../../core/services/orders.service';
import { PaymentService } from '../../core/services/payment.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { RequestState } from '../../shared/request-state';
import { newIdempotencyKey } from '../../shared/idempotency-key';
import { OrderStatusBadge } from '../../shared/order-status-badge';

const pollEveryMs = 1000;
const pollAtMost = 60;

@Component({
  selector: 'app-payment-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, FormsModule, RouterLink, ErrorAlert, OrderStatusBadge],
  templateUrl: './payment-page.html',
  styleUrl: './payment-page.css',
})
export class PaymentPage implements OnInit {
  private readonly orders = inject(OrdersService);
  private readonly payments = inject(PaymentService);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);

  readonly orderId = input.required<string>();

  protected readonly order = signal<Order | null>(null);
  protected readonly provider = signal<PaymentProviderName | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly payment = new RequestState();
  protected readonly waitingForCard = signal(false);
  protected cardNumber = '';

  ngOnInit(): void {
    forkJoin({ order: this.orders.get(this.orderId()), provider: this.payments.provider() }).subscribe({
      next: ({ order, provider }) => {
        this.order.set(order);
        this.provider.set(provider);
      },
      error: (error: unknown) => this.error.set(toApiError(error)),
    });
  }

  protected payNow(): void {
    this.pay({ orderId: this.orderId(), status: 'SUCCESS' });
  }

  protected declinePayment(): void {
    this.pay({ orderId: this.orderId(), status: 'FAILED' });
  }

  protected confirmCashOnDelivery(): void {
    this.pay({ orderId: this.orderId() });
  }

  protected payByCard(): void {
    this.pay({ orderId: this.orderId(), cardNumber: this.cardNumber.replace(/\s+/g, '') });
  }

  private pay(request: PaymentRequest): void {
    this.payment.run(this.payments.pay(request, newIdempotencyKey()), (result) =>
      result.orderUpdate.status === 'PAYING' ? this.waitForCardResult() : this.showOrder(),
    );
  }

  /** The card simulator answers later: poll the order until it leaves PAYING. */
  private waitForCardResult(): void {
    this.waitingForCard.set(true);
    this.payment.run(
      this.pollUntilSettled(),
      () => this.showOrder(),
      (error) => {
        this.payment.error.set(error);
        this.waitingForCard.set(false);
      },
    );
  }

  private pollUntilSettled(): Observable<Order> {
    return timer(pollEveryMs, pollEveryMs).pipe(
      take(pollAtMost),
      switchMap(() => this.orders.get(this.orderId())),
      filter((order) => order.status !== 'PAYING'),
      take(1),
      takeUntilDestroyed(this.destroyRef),
    );
  }

  private showOrder(): void {
    void this.router.navigate(['/orders', this.orderId()]);
  }
}
