import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { CreditNoteLink, InvoiceLink, Order, PriceBreakdown } from '../../core/api/api-models';
import { OrdersService } from '../../core/services/orders.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { RequestState } from '../../shared/request-state';
import { OrderStatusBadge } from '../../shared/order-status-badge';
import { OrderTimeline } from '../../shared/order-timeline';
import { PriceBreakdownTable } from '../../shared/price-breakdown-table';
import { OrderReturnsPanel } from './order-returns';

@Component({
  selector: 'app-order-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, RouterLink, ErrorAlert, OrderStatusBadge, PriceBreakdownTable, OrderTimeline, OrderReturnsPanel],
  templateUrl: './order-detail-page.html',
  styleUrl: './order-detail-page.css',
})
export class OrderDetailPage implements OnInit {
  private readonly orders = inject(OrdersService);

  readonly orderId = input.required<string>();

  protected readonly order = signal<Order | null>(null);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly cancellation = new RequestState();
  protected readonly invoice = signal<InvoiceLink | null>(null);
  protected readonly creditNotes = signal<readonly CreditNoteLink[]>([]);

  /** The order's whole price, for orders placed since orders carry one (with shipping, tax or a discount); older ones show their total alone. */
  protected readonly breakdown = computed<PriceBreakdown | null>(() => {
    const order = this.order();
    if (!order || order.subtotal === undefined || order.total === undefined) {
      return null;
    }
    const priced = !!order.shippingMethod || (order.taxes?.length ?? 0) > 0 || (order.discount ?? 0) > 0;
    return priced
      ? {
          items: order.items,
          currency: order.currency,
          subtotal: order.subtotal,
          discount: order.discount ?? 0,
          shipping: order.shipping ?? 0,
          tax: order.tax ?? 0,
          total: order.total,
          pricesIncludeTax: order.pricesIncludeTax ?? false,
          taxes: order.taxes ?? [],
          shippingMethod: order.shippingMethod,
          discountCode: order.discountCode,
        }
      : null;
  });

  ngOnInit(): void {
    this.orders.get(this.orderId()).subscribe({
      next: (order) => this.order.set(order),
      error: (error: unknown) => this.error.set(toApiError(error)),
    });
    this.findInvoice();
    this.orders.creditNotes(this.orderId()).subscribe({ next: (notes) => this.creditNotes.set(notes), error: () => undefined });
  }

  /** The invoice exists once the order is paid (or, cash on delivery, delivered); until then the API answers 404 and no link shows. */
  private findInvoice(): void {
    this.orders.invoice(this.orderId()).subscribe({ next: (invoice) => this.invoice.set(invoice), error: () => undefined });
  }

  protected cancelOrder(): void {
    // The move's answer carries no history; read the order again so the timeline shows the cancel.
    this.cancellation.run(this.orders.cancel(this.orderId()), (order) => {
      this.order.set(order);
      this.orders.get(this.orderId()).subscribe({ next: (read) => this.order.set(read), error: () => undefined });
    });
  }
}
