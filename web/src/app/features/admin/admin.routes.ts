import { Routes } from '@angular/router';

/** The admin area, behind adminGuard in app.routes.ts (the API enforces the admin group too). */
export const adminRoutes: Routes = [
  {
    path: '',
    title: 'Dashboard · Admin · CloudRetail',
    loadComponent: () => import('./dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: 'products',
    title: 'Products and stock · Admin · CloudRetail',
    loadComponent: () => import('./products/product-admin-page').then((m) => m.ProductAdminPage),
  },
  {
    path: 'products/:productId/stock',
    title: 'Stock · Admin · CloudRetail',
    loadComponent: () => import('./stock/product-stock-page').then((m) => m.ProductStockPage),
  },
  {
    path: 'stock/reconciliation',
    title: 'Stock reconciliation · Admin · CloudRetail',
    loadComponent: () => import('./stock/stock-reconciliation-page').then((m) => m.StockReconciliationPage),
  },
  {
    path: 'orders',
    title: 'Orders · Admin · CloudRetail',
    loadComponent: () => import('./orders/order-admin-page').then((m) => m.OrderAdminPage),
  },
  {
    path: 'orders/:orderId',
    title: 'Order · Admin · CloudRetail',
    loadComponent: () => import('./orders/admin-order-page').then((m) => m.AdminOrderPage),
  },
  {
    path: 'returns',
    title: 'Returns · Admin · CloudRetail',
    loadComponent: () => import('./returns/return-admin-page').then((m) => m.ReturnAdminPage),
  },
  {
    path: 'shipping-methods',
    title: 'Shipping methods · Admin · CloudRetail',
    loadComponent: () => import('./shipping/shipping-method-admin-page').then((m) => m.ShippingMethodAdminPage),
  },
  {
    path: 'tax-rates',
    title: 'Tax rates · Admin · CloudRetail',
    loadComponent: () => import('./tax/tax-rate-admin-page').then((m) => m.TaxRateAdminPage),
  },
  {
    path: 'discount-codes',
    title: 'Discount codes · Admin · CloudRetail',
    loadComponent: () => import('./discounts/discount-code-admin-page').then((m) => m.DiscountCodeAdminPage),
  },
  {
    path: 'customers',
    title: 'Customers · Admin · CloudRetail',
    loadComponent: () => import('./customers/customer-list-page').then((m) => m.CustomerListPage),
  },
  {
    path: 'customers/:customerId',
    title: 'Customer · Admin · CloudRetail',
    loadComponent: () => import('./customers/customer-page').then((m) => m.CustomerPage),
  },
  {
    path: 'spreadsheets',
    title: 'Import and export · Admin · CloudRetail',
    loadComponent: () => import('./spreadsheets/spreadsheet-page').then((m) => m.SpreadsheetPage),
  },
  {
    path: 'emails',
    title: 'Failed e-mails · Admin · CloudRetail',
    loadComponent: () => import('./emails/failed-emails-page').then((m) => m.FailedEmailsPage),
  },
  {
    path: 'audit',
    title: 'Audit trail · Admin · CloudRetail',
    loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
  },
];
