import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Order } from '../../core/api/api-models';
import { OrdersService } from '../../core/services/orders.service';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';
import { OrderStatusBadge } from '../../shared/order-status-badge';

@Component({
  selector: 'app-order-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CurrencyPipe, DatePipe, RouterLink, ErrorAlert, OrderStatusBadge],
  templateUrl: './order-detail-page.html',
  styleUrl: './order-detail-page.css',
})
export class OrderDetailPage implements OnInit {
  private readonly orders = inject(OrdersService);

  readonly orderId = input.required<string>();

  protected readonly order = signal<Order | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly cancellation = new RequestState();

  ngOnInit(): void {
    this.orders.get(this.orderId()).subscribe({
      next: (order) => this.order.set(order),
      error: (error: unknown) => this.error.set(toApiError(error)),
    });
  }

  protected cancelOrder(): void {
    this.cancellation.run(this.orders.cancel(this.orderId()), (order) => this.order.set(order));
  }
}
