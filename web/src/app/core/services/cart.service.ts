import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, map, tap } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { Cart, CartChanged } from '../api/api-models';

/** The signed-in shopper's cart as last seen from the API; the header's item count reads it. */
@Injectable({ providedIn: 'root' })
export class CartService {
  private readonly api = inject(ApiClient);
  private readonly current = signal<Cart | null>(null);

  readonly cart = this.current.asReadonly();
  readonly itemCount = computed(() => this.current()?.items.reduce((sum, line) => sum + line.qty, 0) ?? 0);

  load(): Observable<Cart> {
    return this.api.request<Cart>('getCart').pipe(tap((cart) => this.current.set(cart)));
  }

  add(productId: string, qty: number): Observable<Cart> {
    return this.keep(this.api.request<CartChanged>('addCartItem', { body: { productId, qty } }));
  }

  changeQuantity(productId: string, qty: number): Observable<Cart> {
    return this.keep(this.api.request<CartChanged>('updateCartItem', { pathParams: { productId }, body: { qty } }));
  }

  remove(productId: string): Observable<Cart> {
    return this.keep(this.api.request<CartChanged>('removeCartItem', { pathParams: { productId } }));
  }

  /** After checkout the API has emptied the cart. */
  forget(): void {
    this.current.set(null);
  }

  private keep(change: Observable<CartChanged>): Observable<Cart> {
    return change.pipe(
      map(({ cart }) => cart),
      tap((cart) => this.current.set(cart)),
    );
  }
}
