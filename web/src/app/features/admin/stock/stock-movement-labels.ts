import { StockMovement, StockMovementKind } from '../../../core/api/stock-models';

/** What each kind of ledger entry is, and which figures it moves, in the shop's words. */
const KINDS: Readonly<Record<StockMovementKind, { readonly label: string; readonly moves: string; readonly signed: boolean }>> = {
  RESERVE: { label: 'Reserved', moves: 'for sale → reserved', signed: false },
  RELEASE: { label: 'Released', moves: 'reserved → for sale', signed: false },
  SELL: { label: 'Sold', moves: 'reserved → sold', signed: false },
  RESTOCK: { label: 'Back on hand', moves: 'sold → for sale', signed: false },
  WRITE_OFF: { label: 'Written off', moves: 'sold → written off', signed: false },
  COUNT: { label: 'Count', moves: 'on hand for sale', signed: true },
  ADJUST: { label: 'Adjustment', moves: 'on hand for sale', signed: true },
  RECONCILE: { label: 'Reconciliation', moves: 'reserved (for sale the other way)', signed: true },
};

export function movementLabel(movement: StockMovement): string {
  return KINDS[movement.kind]?.label ?? movement.kind;
}

export function movementMoves(movement: StockMovement): string {
  return KINDS[movement.kind]?.moves ?? '';
}

/** A count, adjustment or reconciliation is a signed change (+3, −2); an order's movement is the units it moved. */
export function movementQuantity(movement: StockMovement): string {
  if (!KINDS[movement.kind]?.signed) {
    return String(movement.qty);
  }
  return movement.qty > 0 ? `+${movement.qty}` : movement.qty < 0 ? `−${-movement.qty}` : '0';
}
