import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Product, StockLevel } from '../../core/api/api-models';
import { AuthService } from '../../core/auth/auth.service';
import { CartService } from '../../core/services/cart.service';
import { ProductsService } from '../../core/services/products.service';
import { ErrorAlert } from '../../shared/error-alert';
import { MoneyPipe } from '../../shared/money';
import { RequestState } from '../../shared/request-state';
import { describeCartError } from '../../shared/stock-message';

const lowStock = 10;

@Component({
  selector: 'app-product-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, RouterLink, ErrorAlert],
  templateUrl: './product-detail-page.html',
  styleUrl: './product-detail-page.css',
})
export class ProductDetailPage implements OnInit {
  private readonly products = inject(ProductsService);
  private readonly cart = inject(CartService);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly productId = input.required<string>();

  protected readonly product = signal<Product | null>(null);
  protected readonly stock = signal<StockLevel | null>(null);
  protected readonly quantity = signal(1);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly cartMessage = signal<string | null>(null);
  protected readonly added = signal<string | null>(null);
  protected readonly adding = new RequestState();
  protected readonly isSignedIn = this.auth.isSignedIn;

  protected readonly stockBadge = computed(() => {
    const available = this.stock()?.availableQty ?? 0;
    if (available <= 0) return { label: 'Out of stock', tone: 'badge-danger' };
    if (available <= lowStock) return { label: `Only ${available} left`, tone: 'badge-warning' };
    return { label: 'In stock', tone: 'badge-success' };
  });

  ngOnInit(): void {
    this.loadProduct();
  }

  protected addToCart(): void {
    if (!this.isSignedIn()) {
      void this.router.navigate(['/login'], { queryParams: { returnUrl: this.router.url } });
      return;
    }
    this.cartMessage.set(null);
    this.added.set(null);
    this.adding.run(
      this.cart.add(this.productId(), this.quantity()),
      () => this.added.set(`Added ${this.quantity()} × ${this.product()?.name} to your cart.`),
      (error) => this.cartMessage.set(describeCartError(error)),
    );
  }

  private loadProduct(): void {
    forkJoin({ product: this.products.get(this.productId()), stock: this.products.stock(this.productId()) }).subscribe({
      next: ({ product, stock }) => {
        this.product.set(product);
        this.stock.set(stock);
      },
      error: (error: unknown) => this.loadError.set(toApiError(error)),
    });
  }
}
