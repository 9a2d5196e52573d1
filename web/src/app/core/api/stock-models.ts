/** A product's stock as staff read it (GET /api/inventory/{productId}). */
export interface ProductStock {
  readonly productId: string;
  /** On hand and for sale. */
  readonly availableQty: number;
  /** Held by unpaid orders (on hand, not for sale). */
  readonly reservedQty: number;
  readonly soldQty: number;
  readonly writtenOffQty?: number;
  readonly updatedAt?: string | null;
  /** Units available at or below which the product is low on stock (the shop's LOW_STOCK_THRESHOLD). */
  readonly lowStockThreshold: number;
  readonly lowStock: boolean;
}

export type StockMovementKind = 'RESERVE' | 'RELEASE' | 'SELL' | 'RESTOCK' | 'WRITE_OFF' | 'COUNT' | 'ADJUST' | 'RECONCILE';

/** One entry of a product's ledger (GET /api/inventory/{productId}/movements), newest first. */
export interface StockMovement {
  readonly productId: string;
  readonly movementId: string;
  readonly kind: StockMovementKind;
  /** Order movements: the units moved. A count or adjustment: the signed change of available; a reconciliation: of reserved. */
  readonly qty: number;
  readonly movedAt: string;
  readonly orderId?: string | null;
  readonly by?: string | null;
  readonly reason?: string | null;
}

/** The reconciliation report (GET /api/inventory/reconciliation): also the preview of what repair would do. */
export interface ReconciliationReport {
  readonly products: readonly DriftingProduct[];
  /** Units out of line in all. */
  readonly drift: number;
}

export interface DriftingProduct {
  readonly productId: string;
  readonly name?: string | null;
  readonly availableQty: number;
  readonly reservedQty: number;
  /** What live (PENDING, PAYING) orders hold. */
  readonly pendingQty: number;
  readonly drift: number;
  /** The level repair would leave; null when repair leaves the product for staff. */
  readonly repair?: { readonly availableQty: number; readonly reservedQty: number } | null;
  readonly leftForStaff?: string | null;
}

/** What repair did (POST /api/inventory/reconciliation/repair): the products it changed. */
export interface ReconciliationRepair {
  readonly drift: number;
  readonly repaired: readonly string[];
}
