import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Product } from '../../core/api/api-models';
import { ProductsService } from '../../core/services/products.service';
import { ErrorAlert } from '../../shared/error-alert';
import { ProductCard } from '../../shared/product-card';
import { SHOP_CATEGORIES } from '../products/shop-categories';

@Component({
  selector: 'app-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, ProductCard, ErrorAlert],
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
})
export class HomePage implements OnInit {
  private readonly products = inject(ProductsService);

  protected readonly featured = signal<readonly Product[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  protected readonly categories = SHOP_CATEGORIES;

  ngOnInit(): void {
    this.loadFeatured();
  }

  private loadFeatured(): void {
    this.products.list({ limit: 4 }).subscribe({
      next: (page) => {
        this.featured.set(page.items);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.error.set(toApiError(error));
        this.loading.set(false);
      },
    });
  }
}
