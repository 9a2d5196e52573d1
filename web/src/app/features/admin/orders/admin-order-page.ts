import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { OrderPayments, RefundRequest } from '../../../core/api/admin-api-models';
import { Order } from '../../../core/api/api-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { MoneyPipe } from '../../../shared/money';
import { OrderStatusBadge } from '../../../shared/order-status-badge';
import { OrderTimeline } from '../../../shared/order-timeline';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { OrderAdminService } from './order-admin.service';
import { describePayment, describeRefund } from './payment-words';

/** One order as staff see it (lines, totals, address, payments and refunds, history) and the moves they make on it. */
@Component({
  selector: 'app-admin-order-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, FormsModule, RouterLink, ErrorAlert, OrderStatusBadge, OrderTimeline, StackedTable],
  templateUrl: './admin-order-page.html',
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; margin: 0; }
    .facts dt { font-weight: 600; } .facts dd { margin: 0; }
    .sections { display: grid; gap: 1.5rem; }
    .act { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; } .act .field { margin: 0; } .act + .act { margin-top: 1rem; }
    address { font-style: normal; }
    .qty { width: 5rem; }
  `,
})
export class AdminOrderPage implements OnInit {
  private readonly ordersApi = inject(OrderAdminService);

  readonly orderId = input.required<string>();
  protected readonly order = signal<Order | null>(null);
  protected readonly payments = signal<OrderPayments | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly action = new RequestState();
  protected readonly describePayment = describePayment;
  protected readonly describeRefund = describeRefund;

  protected trackingNumber = '';
  protected cancelReason = '';
  protected refusedReason = '';
  protected refundReason = '';
  protected refundAmount = '';
  /** Units to refund by product id; an amount, when given, is refunded instead. */
  protected refundUnits: Partial<Record<string, number>> = {};

  ngOnInit(): void {
    this.reload();
  }

  protected ship(): void {
    this.act(this.ordersApi.ship(this.orderId(), this.trackingNumber.trim()), 'Order shipped.');
  }

  protected deliver(): void {
    this.act(this.ordersApi.deliver(this.orderId()), 'Order delivered.');
  }

  protected cancelAndRefund(): void {
    this.act(this.ordersApi.cancel(this.orderId(), this.cancelReason.trim()), null);
  }

  protected recordRefusedDelivery(): void {
    this.act(this.ordersApi.refuseDelivery(this.orderId(), this.refusedReason.trim()), null);
  }

  protected refund(): void {
    const reason = this.refundReason.trim();
    const amount = this.refundAmount.trim();
    const lines = Object.entries(this.refundUnits).flatMap(([productId, qty]) => (qty && qty > 0 ? [{ productId, qty }] : []));
    const request: RefundRequest = amount !== '' ? { reason, amount: Number(amount) } : { reason, lines };
    this.action.run(this.ordersApi.refund(this.orderId(), request), (refund) => {
      this.notice.set(`${describeRefund(refund)}.`);
      this.refundReason = '';
      this.refundAmount = '';
      this.refundUnits = {};
      this.reload();
    });
  }

  private act(request: Observable<unknown>, done: string | null): void {
    this.action.run(request, (answer) => {
      const message = (answer as { message?: string } | null)?.message;
      this.notice.set(done ?? message ?? 'Done.');
      this.reload();
    });
  }

  private reload(): void {
    this.loading.run(this.ordersApi.get(this.orderId()), (order) => this.order.set(order));
    this.ordersApi.payments(this.orderId()).subscribe({ next: (payments) => this.payments.set(payments), error: () => this.payments.set(null) });
  }
}
