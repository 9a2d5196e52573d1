import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { Page } from '../../../core/api/api-models';
import { Customer, CustomerDetails, CustomerSearch } from '../../../core/api/customer-admin-models';

/** The back office's customers: search, a customer's page, and the account moves only staff make. */
@Injectable({ providedIn: 'root' })
export class CustomerAdminService {
  private readonly api = inject(ApiClient);

  search(search: CustomerSearch, cursor?: string): Observable<Page<Customer>> {
    return this.api.request('listCustomers', { query: { ...search, limit: 20, cursor } });
  }

  get(customerId: string): Observable<CustomerDetails> {
    return this.api.request('getCustomer', { pathParams: { customerId } });
  }

  disable(customerId: string): Observable<Customer> {
    return this.api.request('disableCustomer', { pathParams: { customerId } });
  }

  enable(customerId: string): Observable<Customer> {
    return this.api.request('enableCustomer', { pathParams: { customerId } });
  }

  grantAdmin(customerId: string): Observable<Customer> {
    return this.api.request('grantAdminRole', { pathParams: { customerId } });
  }

  revokeAdmin(customerId: string): Observable<Customer> {
    return this.api.request('revokeAdminRole', { pathParams: { customerId } });
  }
}
