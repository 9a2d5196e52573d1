import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CartService } from './cart.service';

const line = (productId: string, qty: number) => ({ productId, name: productId, qty, price: 10, lineTotal: 10 * qty });

describe('CartService', () => {
  let carts: CartService;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    carts = TestBed.inject(CartService);
    backend = TestBed.inject(HttpTestingController);
  });

  it('counts the units in the cart for the header', () => {
    carts.load().subscribe();
    backend.expectOne('/api/cart').flush({ userId: 'u', items: [line('P001', 2), line('P002', 1)], total: 30, currency: 'USD' });

    expect(carts.itemCount()).toBe(3);
  });

  it('changes a quantity with PUT on the line and keeps the returned cart', () => {
    carts.changeQuantity('P001', 4).subscribe();
    const request = backend.expectOne('/api/cart/items/P001');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ qty: 4 });
    request.flush({ message: 'Cart updated', cart: { userId: 'u', items: [line('P001', 4)], total: 40, currency: 'USD' } });

    expect(carts.cart()?.total).toBe(40);
    expect(carts.itemCount()).toBe(4);
  });
});
