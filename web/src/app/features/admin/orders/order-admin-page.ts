import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { OrderSearch } from '../../../core/api/admin-api-models';
import { Order, OrderStatus } from '../../../core/api/api-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { MoneyPipe } from '../../../shared/money';
import { OrderStatusBadge } from '../../../shared/order-status-badge';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { OrderAdminService } from './order-admin.service';

export const ADMIN_ORDER_STATUSES: readonly OrderStatus[] = ['CONFIRMED', 'PENDING', 'PAYING', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

/** The search form's fields, as typed; blanks are left out of the request. */
interface SearchFields {
  email: string;
  orderId: string;
  from: string;
  to: string;
  minTotal: string;
  maxTotal: string;
}

@Component({
  selector: 'app-order-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, FormsModule, RouterLink, ErrorAlert, OrderStatusBadge, StackedTable],
  template: `
    <section class="page">
      <div class="page-header">
        <h1>Orders</h1>
        <div class="field">
          <label for="order-status">Status</label>
          <select id="order-status" [value]="status()" (change)="showStatus($any($event.target).value)">
            <option value="">Any status (with an e-mail or order id)</option>
            @for (option of statuses; track option) {
              <option [value]="option">{{ option }}</option>
            }
          </select>
        </div>
      </div>
      <form class="panel search" (ngSubmit)="searchOrders()" aria-label="Search orders">
        <div class="field"><label for="search-email">Customer e-mail</label>
          <input id="search-email" name="email" type="email" [(ngModel)]="fields.email" autocomplete="off" /></div>
        <div class="field"><label for="search-order-id">Order id</label>
          <input id="search-order-id" name="orderId" [(ngModel)]="fields.orderId" placeholder="O-…" /></div>
        <div class="field"><label for="search-from">Placed from</label>
          <input id="search-from" name="from" type="date" [(ngModel)]="fields.from" /></div>
        <div class="field"><label for="search-to">Placed to</label>
          <input id="search-to" name="to" type="date" [(ngModel)]="fields.to" /></div>
        <div class="field"><label for="search-min">Total at least</label>
          <input id="search-min" name="minTotal" inputmode="decimal" [(ngModel)]="fields.minTotal" /></div>
        <div class="field"><label for="search-max">Total at most</label>
          <input id="search-max" name="maxTotal" inputmode="decimal" [(ngModel)]="fields.maxTotal" /></div>
        <button type="submit" class="button button-primary" [disabled]="loading.busy()">Search</button>
      </form>
      @if (notice(); as shown) {
        <p class="alert alert-success" role="status" data-testid="admin-notice">{{ shown }}</p>
      }
      <app-error-alert [error]="loading.error()" />
      <app-error-alert [error]="action.error()" />
      <table class="table" appStackedTable>
        <caption class="visually-hidden">{{ status() || 'Matching' }} orders, newest first</caption>
        <thead>
          <tr><th scope="col">Order</th><th scope="col">Customer</th><th scope="col">Placed</th><th scope="col">Items</th>
            <th scope="col">Status</th><th scope="col" class="num">Total</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          @for (order of orders(); track order.orderId) {
            <tr [attr.data-order-id]="order.orderId">
              <td class="ref"><a [routerLink]="['/admin/orders', order.orderId]">{{ order.orderId.slice(0, 8) }}<span class="visually-hidden"> (open order {{ order.orderId }})</span></a></td>
              <td>{{ order.userEmail }}</td>
              <td>{{ order.createdAt | date: 'medium' }}</td>
              <td>{{ itemsOf(order) }}</td>
              <td><app-order-status-badge [status]="order.status" /></td>
              <td class="num">{{ order.totalAmount | money: order.currency }}</td>
              <td>
                @if (order.status === 'CONFIRMED') {
                  <div class="ship">
                    <label class="visually-hidden" [for]="'tracking-' + order.orderId">Tracking number for order {{ order.orderId.slice(0, 8) }}</label>
                    <input #tracking [id]="'tracking-' + order.orderId" placeholder="Tracking number" />
                    <button type="button" class="button button-primary" [disabled]="action.busy()"
                            [attr.aria-label]="'Ship order ' + order.orderId.slice(0, 8)" (click)="shipOrder(order, tracking.value)">Ship</button>
                  </div>
                } @else if (order.status === 'SHIPPED') {
                  <button type="button" class="button button-secondary" [disabled]="action.busy()"
                          [attr.aria-label]="'Mark delivered: order ' + order.orderId.slice(0, 8)" (click)="markDelivered(order)">Mark delivered</button>
                } @else {
                  <span class="muted">{{ order.trackingNumber ?? '—' }}</span>
                }
              </td>
            </tr>
          } @empty {
            @if (!loading.busy()) {
              <tr><td colspan="7" class="muted">No {{ status() || 'matching' }} orders.</td></tr>
            }
          }
        </tbody>
      </table>
      @if (cursor()) {
        <button type="button" class="button button-secondary" [disabled]="loading.busy()" (click)="showMoreOrders()">Show more orders</button>
      }
    </section>
  `,
  styles: `.ship { display: flex; flex-wrap: wrap; gap: .5rem; } .ship input { width: 11rem; max-width: 100%; }
    .search { display: flex; flex-wrap: wrap; gap: .75rem; align-items: flex-end; margin-bottom: 1rem; } .search .field { margin: 0; }`,
})
export class OrderAdminPage implements OnInit {
  private readonly ordersApi = inject(OrderAdminService);

  protected readonly statuses = ADMIN_ORDER_STATUSES;
  protected readonly status = signal<OrderStatus | ''>('CONFIRMED');
  protected readonly fields: SearchFields = { email: '', orderId: '', from: '', to: '', minTotal: '', maxTotal: '' };
  private readonly search = signal<Omit<OrderSearch, 'status'>>({});
  protected readonly orders = signal<readonly Order[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly action = new RequestState();

  ngOnInit(): void {
    this.loadOrders();
  }

  protected searchOrders(): void {
    const typed = Object.entries(this.fields).filter(([, value]) => value.trim() !== '').map(([key, value]) => [key, value.trim()]);
    this.search.set(Object.fromEntries(typed));
    this.orders.set([]);
    this.loadOrders();
  }

  protected showStatus(status: OrderStatus | ''): void {
    this.status.set(status);
    this.orders.set([]);
    this.loadOrders();
  }

  protected showMoreOrders(): void {
    this.loadOrders(this.cursor() ?? undefined);
  }

  protected shipOrder(order: Order, trackingNumber: string): void {
    this.action.run(this.ordersApi.ship(order.orderId, trackingNumber.trim()), () => this.moved(order, 'shipped'));
  }

  protected markDelivered(order: Order): void {
    this.action.run(this.ordersApi.deliver(order.orderId), () => this.moved(order, 'delivered'));
  }

  protected itemsOf(order: Order): number {
    return order.items.reduce((sum, line) => sum + line.qty, 0);
  }

  private moved(order: Order, how: string): void {
    this.orders.update((shown) => shown.filter((o) => o.orderId !== order.orderId));
    this.notice.set(`Order ${order.orderId.slice(0, 8)} ${how}.`);
  }

  private loadOrders(cursor?: string): void {
    this.loading.run(this.ordersApi.search({ ...this.search(), status: this.status() || undefined }, cursor), (page) => {
      this.orders.update((shown) => (cursor ? [...shown, ...page.items] : page.items));
      this.cursor.set(page.nextToken ?? null);
    });
  }
}
