import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';

/** One bad row of an import file: its line as a spreadsheet numbers them (the header is line 1). */
export interface RowProblem {
  readonly line: number;
  readonly field: string;
  readonly reason: string;
}

/** What an import did, or on a dry run would do. */
export interface ImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly stockCounted: number;
  readonly problems: readonly RowProblem[];
}

export interface OrderExport {
  readonly from: string;
  readonly to: string;
  readonly status?: string;
}

/** The back office's CSV files: products and orders out, products in. */
@Injectable({ providedIn: 'root' })
export class SpreadsheetService {
  private readonly api = inject(ApiClient);

  exportProducts(): Observable<Blob> {
    return this.api.download('exportProducts');
  }

  exportOrders(period: OrderExport): Observable<Blob> {
    return this.api.download('exportOrders', { query: { ...period } });
  }

  importProducts(file: Blob, dryRun: boolean): Observable<ImportReport> {
    return this.api.request('importProducts', { body: file, query: { dryRun }, headers: { 'Content-Type': 'text/csv' } });
  }
}
