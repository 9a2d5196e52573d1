import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Cart } from '../../core/api/api-models';
import { CartService } from '../../core/services/cart.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { RequestState } from '../../shared/request-state';
import { StackedTable } from '../../shared/stacked-table';
import { describeCartError } from '../../shared/stock-message';

@Component({
  selector: 'app-cart-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, RouterLink, ErrorAlert, StackedTable],
  templateUrl: './cart-page.html',
  styleUrl: './cart-page.css',
})
export class CartPage implements OnInit {
  private readonly carts = inject(CartService);

  protected readonly cart = this.carts.cart;
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly lineMessage = signal<{ productId: string; text: string } | null>(null);
  protected readonly lineChange = new RequestState();

  ngOnInit(): void {
    this.carts.load().subscribe({ error: (error: unknown) => this.loadError.set(toApiError(error)) });
  }

  protected changeQuantity(productId: string, value: string): void {
    const qty = Number(value);
    if (!Number.isInteger(qty) || qty < 1) {
      this.lineMessage.set({ productId, text: 'Enter a quantity of 1 or more.' });
      return;
    }
    this.apply(productId, this.carts.changeQuantity(productId, qty));
  }

  protected removeLine(productId: string): void {
    this.apply(productId, this.carts.remove(productId));
  }

  private apply(productId: string, change: Observable<Cart>): void {
    this.lineMessage.set(null);
    this.lineChange.run(
      change,
      () => undefined,
      (error) => this.lineMessage.set({ productId, text: describeCartError(error) }),
    );
  }
}
