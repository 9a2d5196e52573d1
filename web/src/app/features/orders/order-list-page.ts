import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Order } from '../../core/api/api-models';
import { OrdersService } from '../../core/services/orders.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { OrderStatusBadge } from '../../shared/order-status-badge';
import { StackedTable } from '../../shared/stacked-table';

@Component({
  selector: 'app-order-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, RouterLink, ErrorAlert, OrderStatusBadge, StackedTable],
  template: `
    <section class="page">
      <h1>Your orders</h1>
      <app-error-alert [error]="error()" />
      @if (loaded()) {
        @if (orders().length === 0) {
          <div class="panel"><p>No orders yet. <a routerLink="/products">Start shopping</a></p></div>
        } @else {
          <table class="table bordered" appStackedTable>
            <caption class="visually-hidden">Your orders, newest first</caption>
            <thead><tr><th scope="col">Order</th><th scope="col">Placed</th><th scope="col">Items</th><th scope="col">Status</th><th scope="col" class="num">Total</th></tr></thead>
            <tbody>
              @for (order of orders(); track order.orderId) {
                <tr>
                  <td class="ref"><a [routerLink]="['/orders', order.orderId]">{{ order.orderId.slice(0, 8) }}</a></td>
                  <td>{{ order.createdAt | date: 'medium' }}</td>
                  <td>{{ order.items.length }}</td>
                  <td><app-order-status-badge [status]="order.status" /></td>
                  <td class="num">{{ order.totalAmount | money: order.currency }}</td>
                </tr>
              }
            </tbody>
          </table>
          @if (nextCursor()) {
            <button type="button" class="button button-secondary more" [disabled]="loading()" (click)="showMoreOrders()">Show more orders</button>
          }
        }
      } @else if (!error()) {
        <p class="muted" role="status">Loading your orders…</p>
      }
    </section>
  `,
  styles: `
    .bordered { border: 1px solid var(--border); border-radius: var(--radius); }
    .more { justify-self: center; }
  `,
})
export class OrderListPage implements OnInit {
  private readonly ordersApi = inject(OrdersService);

  protected readonly orders = signal<readonly Order[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  ngOnInit(): void {
    this.loadOrders(undefined);
  }

  protected showMoreOrders(): void {
    this.loadOrders(this.nextCursor() ?? undefined);
  }

  private loadOrders(cursor: string | undefined): void {
    this.loading.set(true);
    this.ordersApi.list(cursor).subscribe({
      next: (page) => {
        this.orders.update((shown) => [...shown, ...page.items]);
        this.nextCursor.set(page.nextToken ?? null);
        this.loaded.set(true);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(toApiError(error));
        this.loading.set(false);
      },
    });
  }
}
