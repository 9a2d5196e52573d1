import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { OrderStatus } from '../core/api/api-models';

const tone: Record<OrderStatus, string> = {
  PENDING: 'badge-warning',
  PAYING: 'badge-info',
  CONFIRMED: 'badge-success',
  SHIPPED: 'badge-info',
  DELIVERED: 'badge-success',
  CANCELLED: 'badge-danger',
};

@Component({
  selector: 'app-order-status-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="badge" [class]="toneClass()" data-testid="order-status">{{ status() }}</span>`,
})
export class OrderStatusBadge {
  readonly status = input.required<OrderStatus>();
  protected readonly toneClass = computed(() => `badge ${tone[this.status()] ?? 'badge-neutral'}`);
}
