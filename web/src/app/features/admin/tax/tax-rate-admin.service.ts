import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { TaxRate, TaxRateList } from '../../../core/api/admin-api-models';

/** The shop's tax rates, with the settings that decide how they apply. */
@Injectable({ providedIn: 'root' })
export class TaxRateAdminService {
  private readonly api = inject(ApiClient);

  list(): Observable<TaxRateList> {
    return this.api.request('listTaxRates');
  }

  add(rate: Omit<TaxRate, 'taxRateId'>): Observable<TaxRate> {
    return this.api.request('addTaxRate', { body: rate });
  }

  delete(taxRateId: string): Observable<unknown> {
    return this.api.request('deleteTaxRate', { pathParams: { taxRateId } });
  }
}
