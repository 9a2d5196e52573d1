/** What an admin did (GET /api/admin/audit), in the API's words. */
export const AUDIT_ACTIONS = [
  'PRODUCT_CREATED',
  'PRODUCT_UPDATED',
  'PRODUCT_DELETED',
  'STOCK_COUNTED',
  'STOCK_ADJUSTED',
  'STOCK_REPAIRED',
  'ORDER_SHIPPED',
  'ORDER_DELIVERED',
  'ORDER_CANCELLED',
  'ORDER_DELIVERY_REFUSED',
  'REFUND_ISSUED',
  'RETURN_APPROVED',
  'RETURN_REJECTED',
  'RETURN_RECEIVED',
  'CUSTOMER_DISABLED',
  'CUSTOMER_ENABLED',
  'ADMIN_ROLE_GRANTED',
  'ADMIN_ROLE_REVOKED',
  'PRODUCTS_IMPORTED',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One entry of the audit trail: `before` and `after` hold the fields the action changed, as text. */
export interface AuditEntry {
  readonly entryId: string;
  readonly at: string;
  readonly action: AuditAction;
  readonly subjectType: 'PRODUCT' | 'STOCK' | 'ORDER' | 'RETURN' | 'CUSTOMER' | 'IMPORT';
  readonly subjectId: string;
  readonly adminId: string;
  readonly adminEmail?: string | null;
  readonly before?: Readonly<Record<string, string>> | null;
  readonly after?: Readonly<Record<string, string>> | null;
  readonly reason?: string | null;
}

/** The filters of the trail; empty ones are left out. Dates are days (YYYY-MM-DD), UTC, inclusive. */
export interface AuditSearch {
  readonly from?: string;
  readonly to?: string;
  readonly adminId?: string;
  readonly action?: AuditAction | '';
  readonly subjectId?: string;
}
