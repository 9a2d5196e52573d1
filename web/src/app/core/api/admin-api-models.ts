/** The JSON shapes of the admin operations, as the OpenAPI document describes them. */
import type { Product, StockLevel } from './api-models';

export interface ProductDraft {
  readonly name: string;
  readonly category: string;
  readonly price: number;
  readonly currency: string;
  /** Left out, the product keeps its description; empty, it has none. */
  readonly description?: string;
}

export interface NewProduct extends ProductDraft {
  readonly productId: string;
}

export interface ProductSaved {
  readonly message: string;
  readonly product: Product;
}

export type PictureType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif';

export interface ImageUpload {
  readonly productId: string;
  readonly imageKey: string;
  readonly uploadUrl: string;
  readonly method: 'PUT';
  readonly contentType: PictureType;
  readonly expiresIn: number;
  /** The size signed into the URL: the bucket takes exactly this many bytes. */
  readonly contentLength: number;
  readonly maxLength: number;
}

export interface StockUpdated {
  readonly message: string;
  readonly inventory: StockLevel;
}

export interface FailedEmail {
  readonly notificationId: string;
  readonly type: string;
  readonly toEmail: string;
  readonly orderId?: string | null;
  readonly status: 'SENT' | 'FAILED';
  readonly error?: string | null;
  readonly attempts: number;
  readonly createdAt: string;
}

export interface NotificationRetried {
  readonly message: string;
  readonly notificationId: string;
  readonly attempts: number;
}

/** A tax rate: `taxRateId` is "DE" for a country's rate, "US-CA" for a region's; `percent` 19 for 19 %. */
export interface TaxRate {
  readonly taxRateId: string;
  readonly country: string;
  readonly region?: string | null;
  readonly name: string;
  readonly percent: number;
}

export interface TaxRateList {
  readonly items: readonly TaxRate[];
  readonly count: number;
  readonly pricesIncludeTax: boolean;
  readonly shippingTaxed: boolean;
  readonly shopAddress?: { readonly country: string; readonly region?: string | null } | null;
}

/** PERCENT: `value` % off the goods; AMOUNT: `value` in `currency` off. */
export type DiscountKind = 'PERCENT' | 'AMOUNT';

/** What staff set on a discount code; `redeemed` (in the view) is how often it was used so far. */
export interface DiscountCodeDraft {
  readonly code: string;
  readonly kind: DiscountKind;
  readonly value: number;
  readonly currency?: string | null;
  readonly minSubtotal?: number | null;
  readonly startsAt?: string | null;
  readonly endsAt?: string | null;
  readonly redemptionLimit?: number | null;
  readonly perShopperLimit?: number | null;
  readonly active: boolean;
}

export interface DiscountCode extends DiscountCodeDraft {
  readonly redeemed: number;
}

export interface DiscountCodeList {
  readonly items: readonly DiscountCode[];
  readonly count: number;
}

/** The back office's order search: at least one of orderId, email and status (GET /api/admin/orders). */
export interface OrderSearch {
  readonly orderId?: string;
  readonly email?: string;
  readonly status?: string;
  readonly from?: string;
  readonly to?: string;
  readonly minTotal?: string;
  readonly maxTotal?: string;
}

export interface OrderPaymentAttempt {
  readonly paymentId: string;
  readonly amount: number;
  readonly currency: string;
  readonly status: string;
  readonly provider: string;
  readonly createdAt: string;
  readonly refunded: number;
}

export interface OrderRefund {
  readonly refundId: string;
  readonly amount: number;
  readonly currency: string;
  readonly reason: string;
  readonly lines: readonly { readonly productId: string; readonly qty: number; readonly amount: number }[];
  readonly provider: string;
  readonly status: string;
  readonly createdAt: string;
}

/** GET /api/payments?orderId=: the order's payment attempts and refunds, oldest first. */
export interface OrderPayments {
  readonly orderId: string;
  readonly payments: readonly OrderPaymentAttempt[];
  readonly refunds: readonly OrderRefund[];
}

/** POST /api/orders/{orderId}/refunds: an amount, or lines with quantities; always a reason. */
export interface RefundRequest {
  readonly reason: string;
  readonly amount?: number;
  readonly lines?: readonly { readonly productId: string; readonly qty: number }[];
}
