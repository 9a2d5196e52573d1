import { CurrencyPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { PriceChange } from '../../core/api/api-models';
import { CartService } from '../../core/services/cart.service';
import { OrdersService } from '../../core/services/orders.service';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';
import { newIdempotencyKey } from '../../shared/idempotency-key';

/** What the API says when prices moved since the items were added: the shopper must accept the new total. */
interface PriceChangeNotice {
  readonly message: string;
  readonly changes: readonly (PriceChange & { readonly name: string })[];
  readonly newTotal: number;
}

@Component({
  selector: 'app-checkout-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CurrencyPipe, RouterLink, ErrorAlert],
  templateUrl: './checkout-page.html',
  styleUrl: './checkout-page.css',
})
export class CheckoutPage implements OnInit {
  private readonly carts = inject(CartService);
  private readonly orders = inject(OrdersService);
  private readonly router = inject(Router);

  protected readonly cart = this.carts.cart;
  protected readonly priceChange = signal<PriceChangeNotice | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly placing = new RequestState();

  ngOnInit(): void {
    this.carts.load().subscribe({ error: (error: unknown) => this.loadError.set(toApiError(error)) });
  }

  protected placeOrder(): void {
    this.submit(undefined);
  }

  protected acceptNewTotal(): void {
    this.submit(this.priceChange()?.newTotal);
  }

  private submit(acceptedTotal: number | undefined): void {
    this.placing.run(
      this.orders.checkout(newIdempotencyKey(), acceptedTotal),
      (order) => {
        this.carts.forget();
        this.carts.load().subscribe({ error: () => undefined });
        void this.router.navigate(['/orders', order.orderId, 'pay']);
      },
      (error) => {
        const notice = this.readPriceChange(error);
        this.priceChange.set(notice);
        this.placing.error.set(notice ? null : error);
      },
    );
  }

  private readPriceChange(error: ApiError): PriceChangeNotice | null {
    const changes = error.body['priceChanges'];
    const newTotal = error.body['newTotal'];
    if (error.status !== 409 || !Array.isArray(changes) || typeof newTotal !== 'number') {
      return null;
    }
    const names = new Map(this.cart()?.items.map((line) => [line.productId, line.name]) ?? []);
    return {
      message: error.message,
      newTotal,
      changes: (changes as PriceChange[]).map((change) => ({ ...change, name: names.get(change.productId) ?? change.productId })),
    };
  }
}
