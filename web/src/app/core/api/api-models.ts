/** The API's JSON shapes, as the OpenAPI document describes them. */

export interface Product {
  readonly productId: string;
  readonly name: string;
  readonly category: string;
  readonly price: number;
  readonly currency: string;
  readonly imageKey?: string | null;
  readonly imageUrl?: string | null;
  readonly createdAt: string;
  readonly updatedAt?: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly count: number;
  readonly nextToken?: string | null;
}

export interface StockLevel {
  readonly productId: string;
  readonly availableQty: number;
  readonly reservedQty: number;
  readonly updatedAt?: string | null;
}

export interface CartLine {
  readonly productId: string;
  readonly name: string;
  readonly qty: number;
  readonly price: number;
  readonly lineTotal: number;
}

export interface Cart {
  readonly userId: string;
  readonly items: readonly CartLine[];
  readonly total: number;
  readonly currency?: string | null;
  readonly updatedAt?: string | null;
}

export interface CartChanged {
  readonly message: string;
  readonly cart: Cart;
}

export type OrderStatus = 'PENDING' | 'PAYING' | 'CONFIRMED' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';

export interface Order {
  readonly orderId: string;
  readonly userId: string;
  readonly userEmail: string;
  readonly status: OrderStatus;
  readonly items: readonly CartLine[];
  readonly totalAmount: number;
  readonly currency: string;
  readonly createdAt: string;
  readonly updatedAt?: string | null;
  readonly trackingNumber?: string | null;
  readonly cancelReason?: string | null;
  readonly paymentId?: string | null;
}

export interface OrderChanged {
  readonly message: string;
  readonly order: Order;
}

export interface PriceChange {
  readonly productId: string;
  readonly oldPrice: number;
  readonly newPrice: number;
}

export type PaymentProviderName = 'MOCK' | 'COD' | 'CARD_SIMULATOR';

export interface PaymentProvider {
  readonly provider: PaymentProviderName;
}

/** MOCK sends a status, COD nothing more, CARD_SIMULATOR a card number. */
export interface PaymentRequest {
  readonly orderId: string;
  readonly status?: 'SUCCESS' | 'FAILED';
  readonly cardNumber?: string;
}

export interface PaymentProcessed {
  readonly message: string;
  readonly payment: { readonly paymentId: string; readonly status: string; readonly amount?: number; readonly currency?: string };
  readonly orderUpdate: { readonly orderId: string; readonly status: OrderStatus };
  readonly emailNotification?: { readonly attempted: boolean; readonly success: boolean } | null;
}

export interface TokenSet {
  readonly accessToken: string;
  readonly idToken: string;
  readonly refreshToken?: string | null;
  readonly expiresIn: number;
  readonly tokenType: string;
}

export interface SignedIn {
  readonly message: string;
  readonly tokens: TokenSet;
}

export interface Profile {
  readonly id: string;
  readonly email?: string | null;
  readonly emailVerified: boolean;
  readonly roles: readonly string[];
}

export interface MessageResponse {
  readonly message: string;
}
