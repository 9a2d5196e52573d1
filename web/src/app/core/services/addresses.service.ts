import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { AddressBook, PostalAddress, SavedAddress } from '../api/api-models';

/** The signed-in shopper's address book. */
@Injectable({ providedIn: 'root' })
export class AddressesService {
  private readonly api = inject(ApiClient);

  list(): Observable<AddressBook> {
    return this.api.request('listAddresses');
  }

  /** Adds an address; the first one becomes the default. */
  add(address: PostalAddress): Observable<SavedAddress> {
    return this.api.request('addAddress', { body: address });
  }

  change(addressId: string, address: PostalAddress): Observable<SavedAddress> {
    return this.api.request('changeAddress', { pathParams: { addressId }, body: address });
  }

  /** Removes the address and answers the book (the first remaining one becomes default if it was). */
  delete(addressId: string): Observable<AddressBook> {
    return this.api.request('deleteAddress', { pathParams: { addressId } });
  }

  makeDefault(addressId: string): Observable<AddressBook> {
    return this.api.request('chooseDefaultAddress', { pathParams: { addressId } });
  }
}
