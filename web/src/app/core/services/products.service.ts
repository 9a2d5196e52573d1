import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { Page, Product, StockLevel } from '../api/api-models';

export interface ProductQuery {
  readonly q?: string;
  readonly category?: string;
  readonly limit?: number;
  readonly nextToken?: string;
}

@Injectable({ providedIn: 'root' })
export class ProductsService {
  private readonly api = inject(ApiClient);

  list(query: ProductQuery = {}): Observable<Page<Product>> {
    return this.api.request('listProducts', { query: { ...query } });
  }

  get(productId: string): Observable<Product> {
    return this.api.request('getProduct', { pathParams: { productId } });
  }

  stock(productId: string): Observable<StockLevel> {
    return this.api.request('getStock', { pathParams: { productId } });
  }
}
