import type { OrderStatus, SavedAddress } from './api-models';

/** A customer as the back office lists them (GET /api/admin/customers). `id` is the shopper id. */
export interface Customer {
  readonly id: string;
  readonly email: string;
  readonly name?: string | null;
  readonly signedUpAt: string;
  readonly enabled: boolean;
  readonly isAdmin: boolean;
  readonly accountStatus: string;
}

export interface CustomerOrder {
  readonly orderId: string;
  readonly status: OrderStatus;
  readonly totalAmount: number;
  readonly currency: string;
  readonly createdAt: string;
  readonly paid: boolean;
  readonly itemCount: number;
}

export interface Spend {
  readonly currency: string;
  readonly amount: number;
}

/** A customer's page (GET /api/admin/customers/{customerId}). Returns come with the returns feature. */
export interface CustomerDetails {
  readonly customer: Customer;
  readonly orders: readonly CustomerOrder[];
  readonly orderCount: number;
  readonly lifetimeSpend: readonly Spend[];
  readonly addresses: readonly SavedAddress[];
}

export interface CustomerSearch {
  readonly email?: string;
  readonly signedUpFrom?: string;
  readonly signedUpTo?: string;
}
