import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { ActivatedRoute, Router } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { Product } from '../../core/api/api-models';
import { ProductsService } from '../../core/services/products.service';
import { ErrorAlert } from '../../shared/error-alert';
import { ProductCard } from '../../shared/product-card';
import { SHOP_CATEGORIES } from './shop-categories';

const pageSize = 8;

@Component({
  selector: 'app-product-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProductCard, ErrorAlert],
  templateUrl: './product-list-page.html',
  styleUrl: './product-list-page.css',
})
export class ProductListPage implements OnInit {
  private readonly products = inject(ProductsService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);

  protected readonly categories = SHOP_CATEGORIES;
  protected readonly searchText = signal('');
  protected readonly category = signal('');
  protected readonly items = signal<readonly Product[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<ApiError | null>(null);
  /** Cursors of the pages before this one; the API pages forward only. */
  protected readonly previousCursors = signal<readonly (string | undefined)[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  private currentCursor: string | undefined;

  ngOnInit(): void {
    const params = this.route.snapshot.queryParamMap;
    this.searchText.set(params.get('q') ?? '');
    this.category.set(params.get('category') ?? '');
    this.loadPage(undefined);
  }

  protected search(): void {
    this.startOver();
  }

  protected filterByCategory(category: string): void {
    this.category.set(category);
    this.startOver();
  }

  protected showNextPage(): void {
    const next = this.nextCursor();
    if (next) {
      this.previousCursors.update((cursors) => [...cursors, this.currentCursor]);
      this.loadPage(next);
    }
  }

  protected showPreviousPage(): void {
    const cursors = this.previousCursors();
    if (cursors.length > 0) {
      this.previousCursors.set(cursors.slice(0, -1));
      this.loadPage(cursors[cursors.length - 1]);
    }
  }

  private startOver(): void {
    this.previousCursors.set([]);
    const q = this.searchText().trim() || null;
    const category = this.category() || null;
    void this.router.navigate([], { queryParams: { q, category }, replaceUrl: true });
    this.loadPage(undefined);
  }

  private loadPage(cursor: string | undefined): void {
    this.loading.set(true);
    this.error.set(null);
    this.currentCursor = cursor;
    this.products
      .list({ q: this.searchText().trim() || undefined, category: this.category() || undefined, limit: pageSize, nextToken: cursor })
      .subscribe({
        next: (page) => {
          this.items.set(page.items);
          this.nextCursor.set(page.nextToken ?? null);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error));
          this.items.set([]);
          this.loading.set(false);
        },
      });
  }
}
