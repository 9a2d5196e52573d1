/** A return's life: REQUESTED → APPROVED | REJECTED, APPROVED → RECEIVED → REFUNDED. */
export type ReturnStatus = 'REQUESTED' | 'APPROVED' | 'REJECTED' | 'RECEIVED' | 'REFUNDED';

/** What staff do with a returned line's units when the parcel arrives. */
export type LineDisposition = 'BACK_TO_STOCK' | 'WRITE_OFF';

export interface ReturnLine {
  readonly productId: string;
  readonly quantity: number;
  readonly disposition?: LineDisposition | null;
  /** The product's name now, in the staff's queue (absent once the product is deleted). */
  readonly name?: string | null;
}

export interface ShopReturn {
  readonly returnId: string;
  readonly orderId: string;
  readonly userId: string;
  readonly status: ReturnStatus;
  readonly lines: readonly ReturnLine[];
  readonly reason: string;
  readonly currency: string;
  readonly createdAt: string;
  readonly updatedAt?: string | null;
  readonly rejectReason?: string | null;
  readonly refundId?: string | null;
  readonly refundAmount?: number | null;
}

export interface ReturnableLine {
  readonly productId: string;
  readonly name: string;
  readonly ordered: number;
  readonly returnable: number;
}

/** An order's returns, and what may still be returned until when (null until delivered). */
export interface OrderReturns {
  readonly orderId: string;
  readonly returnableUntil?: string | null;
  readonly lines: readonly ReturnableLine[];
  readonly returns: readonly ShopReturn[];
}

export interface ReturnRequest {
  readonly lines: readonly { readonly productId: string; readonly quantity: number }[];
  readonly reason: string;
}

export interface ReturnChanged {
  readonly message: string;
  readonly return: ShopReturn;
}
