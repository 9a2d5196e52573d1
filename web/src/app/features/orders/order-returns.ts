import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { OrderReturns, ShopReturn } from '../../core/api/return-models';
import { ReturnsService } from '../../core/services/returns.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { RequestState } from '../../shared/request-state';

/** An order's returns with their status and refund, and "Return items" while the return window is open. */
@Component({
  selector: 'app-order-returns',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, ErrorAlert],
  template: `
    @if (state(); as current) {
      @if (current.returns.length > 0) {
        <div class="panel" data-testid="order-returns">
          <h2 class="section-title">Returns</h2>
          <ul class="returns">
            @for (item of current.returns; track item.returnId) {
              <li [attr.data-return-id]="item.returnId">
                <strong class="return-status" data-testid="return-status">{{ statusText(item) }}</strong>
                · {{ linesText(item) }} · asked {{ item.createdAt | date: 'medium' }}
                @if (item.refundAmount !== null && item.refundAmount !== undefined) {
                  · <span data-testid="return-refund">refunded {{ item.refundAmount | money: item.currency }}</span>
                }
                @if (item.rejectReason) {
                  · <span>{{ item.rejectReason }}</span>
                }
              </li>
            }
          </ul>
        </div>
      }
      @if (returnable()) {
        @if (!open()) {
          <p><button type="button" class="button button-secondary" (click)="open.set(true)">Return items</button>
            <span class="muted"> until {{ current.returnableUntil | date: 'mediumDate' }}</span></p>
        } @else {
          <form class="panel return-form" (submit)="requestReturn($event)" aria-labelledby="return-form-title">
            <h2 class="section-title" id="return-form-title">Return items</h2>
            <app-error-alert [error]="sending.error()" />
            @for (line of current.lines; track line.productId) {
              @if (line.returnable > 0) {
                <div class="field">
                  <label [for]="'return-qty-' + line.productId">{{ line.name }} (up to {{ line.returnable }})</label>
                  <input type="number" min="0" [max]="line.returnable" [id]="'return-qty-' + line.productId" [value]="quantityOf(line.productId)"
                         (input)="setQuantity(line.productId, $any($event.target).valueAsNumber)" />
                </div>
              }
            }
            <div class="field">
              <label for="return-reason">Why are you returning them?</label>
              <textarea id="return-reason" rows="2" maxlength="500" [value]="reason()" (input)="reason.set($any($event.target).value)"></textarea>
            </div>
            <div class="actions">
              <button type="submit" class="button button-primary" [disabled]="sending.busy() || !ready()">Ask to return</button>
              <button type="button" class="button button-secondary" (click)="open.set(false)">Keep them</button>
            </div>
          </form>
        }
      }
    }
  `,
  styles: `.returns { margin: 0; padding-left: 1.2rem; } .return-form .field input { width: 6rem; }`,
})
export class OrderReturnsPanel implements OnInit {
  private readonly returnsApi = inject(ReturnsService);

  readonly orderId = input.required<string>();

  protected readonly state = signal<OrderReturns | null>(null);
  protected readonly open = signal(false);
  protected readonly quantities = signal<Readonly<Partial<Record<string, number>>>>({});
  protected readonly reason = signal('');
  protected readonly sending = new RequestState();

  /** The window is open and some unit is left to return. */
  protected readonly returnable = computed(() => {
    const current = this.state();
    return !!current?.returnableUntil && new Date(current.returnableUntil) > new Date() && current.lines.some((l) => l.returnable > 0);
  });

  protected readonly ready = computed(() => this.reason().trim().length > 0 && Object.values(this.quantities()).some((q) => (q ?? 0) > 0));

  ngOnInit(): void {
    this.load();
  }

  protected quantityOf(productId: string): number {
    return this.quantities()[productId] ?? 0;
  }

  protected setQuantity(productId: string, quantity: number): void {
    this.quantities.update((all) => ({ ...all, [productId]: Number.isFinite(quantity) ? quantity : 0 }));
  }

  protected requestReturn(event: Event): void {
    event.preventDefault();
    const lines = Object.entries(this.quantities()).flatMap(([productId, quantity]) => (quantity && quantity > 0 ? [{ productId, quantity }] : []));
    this.sending.run(this.returnsApi.request(this.orderId(), { lines, reason: this.reason().trim() }), () => {
      this.open.set(false);
      this.quantities.set({});
      this.reason.set('');
      this.load();
    });
  }

  protected statusText(item: ShopReturn): string {
    return { REQUESTED: 'Requested', APPROVED: 'Approved: send the items back', REJECTED: 'Rejected', RECEIVED: 'Received', REFUNDED: 'Refunded' }[item.status];
  }

  protected linesText(item: ShopReturn): string {
    const names = new Map(this.state()?.lines.map((l) => [l.productId, l.name]));
    return item.lines.map((l) => `${l.quantity} × ${names.get(l.productId) ?? l.productId}`).join(', ');
  }

  private load(): void {
    this.returnsApi.forOrder(this.orderId()).subscribe({ next: (returns) => this.state.set(returns), error: () => undefined });
  }
}
