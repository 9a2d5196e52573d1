/** The back office dashboard (GET /api/admin/dashboard). Money is per currency, never added across currencies. */
export type DashboardPeriodName = 'today' | '7d' | '30d' | 'custom';

export interface DashboardQuery {
  readonly period: DashboardPeriodName;
  readonly from?: string;
  readonly to?: string;
}

export interface Dashboard {
  readonly period: { readonly period: string; readonly from: string; readonly to: string; readonly timeZone: string };
  readonly ordersPlaced: number;
  readonly newCustomers: number;
  readonly ordersByStatus: readonly { readonly status: string; readonly count: number }[];
  readonly revenue: readonly Revenue[];
  readonly topProductsByUnits: readonly TopProduct[];
  readonly topProductsByRevenue: readonly TopProduct[];
  readonly lowStock: { readonly threshold: number; readonly count: number; readonly products: readonly LowStockProduct[] };
  readonly needsAttention: {
    readonly queues: readonly WorkCount[];
    readonly openReturns?: WorkCount | null;
    readonly driftingProducts?: number | null;
  };
  readonly days: readonly DaySeries[];
}

/** Orders that stand (placed, not cancelled) and what they come to; refunds paid in the period. */
export interface Revenue {
  readonly currency: string;
  readonly orders: number;
  readonly net: number;
  readonly tax: number;
  readonly shipping: number;
  readonly discount: number;
  readonly total: number;
  readonly refunds: number;
  readonly averageOrderValue: number;
}

export interface TopProduct {
  readonly productId: string;
  readonly name?: string | null;
  readonly currency: string;
  readonly units: number;
  readonly revenue: number;
}

export interface LowStockProduct {
  readonly productId: string;
  readonly name?: string | null;
  readonly availableQty: number;
  readonly reservedQty: number;
}

export interface WorkCount {
  readonly kind: string;
  readonly label: string;
  readonly count: number;
  readonly atLeast: boolean;
  readonly link?: string | null;
}

export interface DaySeries {
  readonly day: string;
  readonly placed: number;
  readonly newCustomers: number;
  readonly revenue: readonly { readonly currency: string; readonly orders: number; readonly total: number; readonly refunds: number }[];
}
