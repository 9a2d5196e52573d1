import type { ApiEndpoint } from './api-endpoints';

/**
 * The staff's operations (admin group only; the API refuses everyone else with 403), kept apart from
 * the shopper's table and spread into {@link API_ENDPOINTS}, so the same client and OpenAPI check cover them.
 */
export const ADMIN_API_ENDPOINTS = {
  createProduct: { method: 'POST', path: '/api/products' },
  updateProduct: { method: 'PUT', path: '/api/products/{productId}' },
  deleteProduct: { method: 'DELETE', path: '/api/products/{productId}' },
  createImageUpload: { method: 'POST', path: '/api/products/{productId}/image-upload' },
  setStock: { method: 'PUT', path: '/api/inventory/{productId}' },
  listOrdersByStatus: { method: 'GET', path: '/api/admin/orders' },
  shipOrder: { method: 'POST', path: '/api/orders/{orderId}/ship' },
  deliverOrder: { method: 'POST', path: '/api/orders/{orderId}/deliver' },
  listNotifications: { method: 'GET', path: '/api/notifications' },
  retryNotification: { method: 'POST', path: '/api/notifications/{notificationId}/retry' },
  listAllShippingMethods: { method: 'GET', path: '/api/admin/shipping-methods' },
  addShippingMethod: { method: 'POST', path: '/api/admin/shipping-methods' },
  changeShippingMethod: { method: 'PUT', path: '/api/admin/shipping-methods/{shippingMethodId}' },
  deleteShippingMethod: { method: 'DELETE', path: '/api/admin/shipping-methods/{shippingMethodId}' },
  listTaxRates: { method: 'GET', path: '/api/admin/tax-rates' },
  addTaxRate: { method: 'POST', path: '/api/admin/tax-rates' },
  deleteTaxRate: { method: 'DELETE', path: '/api/admin/tax-rates/{taxRateId}' },
  listDiscountCodes: { method: 'GET', path: '/api/admin/discount-codes' },
  addDiscountCode: { method: 'POST', path: '/api/admin/discount-codes' },
  changeDiscountCode: { method: 'PUT', path: '/api/admin/discount-codes/{code}' },
  deleteDiscountCode: { method: 'DELETE', path: '/api/admin/discount-codes/{code}' },
  listCustomers: { method: 'GET', path: '/api/admin/customers' },
  getCustomer: { method: 'GET', path: '/api/admin/customers/{customerId}' },
  disableCustomer: { method: 'POST', path: '/api/admin/customers/{customerId}/disable' },
  enableCustomer: { method: 'POST', path: '/api/admin/customers/{customerId}/enable' },
  grantAdminRole: { method: 'PUT', path: '/api/admin/customers/{customerId}/admin-role' },
  revokeAdminRole: { method: 'DELETE', path: '/api/admin/customers/{customerId}/admin-role' },
  exportProducts: { method: 'GET', path: '/api/admin/exports/products' },
  exportOrders: { method: 'GET', path: '/api/admin/exports/orders' },
  importProducts: { method: 'POST', path: '/api/admin/imports/products' },
} as const satisfies Record<string, ApiEndpoint>;
