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
  /** Only in a product's own answer, and only when it has one; never in a listing. */
  readonly description?: string;
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

/** One tax rate's share of a line, the shipping, or the whole order. */
export interface TaxAmount {
  readonly taxRateId: string;
  readonly name: string;
  readonly percent: number;
  readonly amount: number;
}

/** A line of an order or a quote: `lineTotal` is qty × price, `discount` its share, `net + tax = gross`. */
export interface PricedLine extends CartLine {
  readonly discount?: number;
  readonly net?: number;
  readonly taxes?: readonly TaxAmount[];
  readonly tax?: number;
  readonly gross?: number;
}

/** The shipping an order pays: `amount` is 0 when free above a subtotal, `price` the method's own. */
export interface PricedShipping {
  readonly shippingMethodId: string;
  readonly name: string;
  readonly price: number;
  readonly amount: number;
  readonly net: number;
  readonly taxes: readonly TaxAmount[];
  readonly tax: number;
  readonly gross: number;
  readonly minDays: number;
  readonly maxDays: number;
  readonly requiresAddress: boolean;
}

/** A postal address: `country` ISO 3166-1 alpha-2, `region` the subdivision code without the country. */
export interface PostalAddress {
  readonly name: string;
  readonly line1: string;
  readonly line2?: string | null;
  readonly city: string;
  readonly region?: string | null;
  readonly postalCode?: string | null;
  readonly country: string;
  readonly phone?: string | null;
}

/** The whole price of an order or a quote; total = subtotal − discount + shipping + (tax unless included). */
export interface PriceBreakdown {
  readonly items: readonly PricedLine[];
  readonly currency: string;
  readonly subtotal: number;
  readonly discount: number;
  readonly shipping: number;
  readonly tax: number;
  readonly total: number;
  readonly pricesIncludeTax: boolean;
  readonly taxes: readonly TaxAmount[];
  readonly shippingMethod?: PricedShipping | null;
  readonly discountCode?: string | null;
}

/** An order; the breakdown's fields are absent from an API older than orders' prices. */
export interface Order extends Partial<Omit<PriceBreakdown, 'items' | 'currency'>> {
  readonly orderId: string;
  readonly userId: string;
  readonly userEmail: string;
  readonly status: OrderStatus;
  readonly items: readonly PricedLine[];
  readonly totalAmount: number;
  readonly currency: string;
  readonly createdAt: string;
  readonly updatedAt?: string | null;
  readonly trackingNumber?: string | null;
  readonly cancelReason?: string | null;
  readonly paymentId?: string | null;
  readonly deliveryAddress?: PostalAddress | null;
  /** Only on GET /api/orders/{orderId}: every move of the order, its payment and refunds, oldest first. */
  readonly history?: readonly OrderHistoryEntry[];
}

export type OrderEventSubject = 'ORDER' | 'PAYMENT' | 'REFUND' | 'RETURN';
export type OrderActorKind = 'SHOPPER' | 'ADMIN' | 'PROVIDER' | 'SWEEP';

/** One move in an order's history: `from` is null where the subject began (placed, payment started, refund requested). */
export interface OrderHistoryEntry {
  readonly at: string;
  readonly subject: OrderEventSubject;
  readonly from?: string | null;
  readonly to: string;
  /** `id` and `email` name a member of staff to staff only; a shopper reads that the shop moved it. */
  readonly actor: { readonly kind: OrderActorKind; readonly id?: string | null; readonly email?: string | null };
  readonly reason?: string | null;
  readonly amount?: number | null;
  readonly reference?: string | null;
}

/** What checking out now would charge; `total` is what checkout's `acceptedTotal` agrees to. */
export interface OrderQuote extends PriceBreakdown {
  readonly deliveryAddress?: PostalAddress | null;
  readonly priceChanges: readonly PriceChange[];
}

/** Where and how an order goes: an address from the book or one written out, a method, a code. */
export interface CheckoutChoices {
  readonly addressId?: string;
  readonly deliveryAddress?: PostalAddress;
  readonly shippingMethodId?: string;
  readonly discountCode?: string;
}

export interface SavedAddress extends PostalAddress {
  readonly addressId: string;
  readonly isDefault: boolean;
}

export interface AddressBook {
  readonly items: readonly SavedAddress[];
  readonly defaultAddressId?: string | null;
  readonly count: number;
  readonly maxAddresses: number;
}

export interface ShippingMethod {
  readonly shippingMethodId: string;
  readonly name: string;
  readonly price: number;
  readonly currency: string;
  readonly countries: readonly string[];
  readonly freeAbove?: number | null;
  readonly minDays: number;
  readonly maxDays: number;
  readonly active: boolean;
  readonly requiresAddress: boolean;
}

export interface ShippingMethodList {
  readonly items: readonly ShippingMethod[];
  readonly count: number;
  readonly defaultShippingMethodId?: string | null;
}

/** A link to the order's PDF invoice, valid until `expiresAt`. */
export interface InvoiceLink {
  readonly invoiceNumber: string;
  readonly orderId: string;
  readonly url: string;
  readonly expiresAt: string;
}

/** One refund's credit note: `url` downloads its PDF until `expiresAt` once it is ISSUED (DUE: the sweep is still issuing it). */
export interface CreditNoteLink {
  readonly refundId: string;
  readonly status: 'DUE' | 'FAILED' | 'ISSUED';
  readonly creditNoteNumber: string | null;
  readonly invoiceNumber: string | null;
  readonly total: number;
  readonly currency: string;
  readonly reason: string;
  readonly createdAt: string;
  readonly issuedAt: string | null;
  readonly url: string | null;
  readonly expiresAt: string | null;
}

export interface OrderCreditNotes {
  readonly orderId: string;
  readonly creditNotes: readonly CreditNoteLink[];
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
