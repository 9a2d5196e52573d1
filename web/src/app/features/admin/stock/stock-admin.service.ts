import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { StockUpdated } from '../../../core/api/admin-api-models';
import { ApiClient } from '../../../core/api/api-client';
import { Page, Product } from '../../../core/api/api-models';
import { ProductStock, ReconciliationRepair, ReconciliationReport, StockMovement } from '../../../core/api/stock-models';

/** Ledger entries a page of the stock page's table shows. */
export const MovementsPerPage = 20;

/** A product's stock as staff run it (figures, count, adjust, ledger) and the shop-wide reconciliation. */
@Injectable({ providedIn: 'root' })
export class StockAdminService {
  private readonly api = inject(ApiClient);

  product(productId: string): Observable<Product> {
    return this.api.request('getProduct', { pathParams: { productId } });
  }

  stock(productId: string): Observable<ProductStock> {
    return this.api.request('getStock', { pathParams: { productId } });
  }

  /** A count of the units on hand for sale; reserved units belong to orders. */
  count(productId: string, availableQty: number | null, reason: string): Observable<StockUpdated> {
    return this.api.request('setStock', { pathParams: { productId }, body: { availableQty, reason } });
  }

  /** Units received (positive) or taken away (negative). */
  adjust(productId: string, qty: number | null, reason: string): Observable<StockUpdated> {
    return this.api.request('adjustStock', { pathParams: { productId }, body: { qty, reason } });
  }

  movements(productId: string, nextToken?: string): Observable<Page<StockMovement>> {
    return this.api.request('listStockMovements', { pathParams: { productId }, query: { limit: MovementsPerPage, nextToken } });
  }

  reconciliation(): Observable<ReconciliationReport> {
    return this.api.request('getStockReconciliation');
  }

  repair(): Observable<ReconciliationRepair> {
    return this.api.request('repairStockReconciliation');
  }
}
