import { ADMIN_API_ENDPOINTS } from './admin-api-endpoints';

/**
 * Every API operation the web app calls, in one table: method and path template as the OpenAPI
 * document (/openapi/v1.json) names them. A test checks each row against that document, so the app
 * cannot call a path the API does not have. Pages never build URLs: they name a row.
 */
export const API_ENDPOINTS = {
  register: { method: 'POST', path: '/api/auth/register' },
  confirmRegistration: { method: 'POST', path: '/api/auth/confirm' },
  resendCode: { method: 'POST', path: '/api/auth/resend-code' },
  login: { method: 'POST', path: '/api/auth/login' },
  refreshTokens: { method: 'POST', path: '/api/auth/refresh' },
  forgotPassword: { method: 'POST', path: '/api/auth/forgot-password' },
  resetPassword: { method: 'POST', path: '/api/auth/confirm-forgot-password' },
  logout: { method: 'POST', path: '/api/auth/logout' },
  getProfile: { method: 'GET', path: '/api/auth/me' },

  listProducts: { method: 'GET', path: '/api/products' },
  getProduct: { method: 'GET', path: '/api/products/{productId}' },
  getStock: { method: 'GET', path: '/api/inventory/{productId}' },

  getCart: { method: 'GET', path: '/api/cart' },
  addCartItem: { method: 'POST', path: '/api/cart/items' },
  updateCartItem: { method: 'PUT', path: '/api/cart/items/{productId}' },
  removeCartItem: { method: 'DELETE', path: '/api/cart/items/{productId}' },

  checkout: { method: 'POST', path: '/api/orders/checkout' },
  quoteOrder: { method: 'POST', path: '/api/orders/quote' },
  listOrders: { method: 'GET', path: '/api/orders' },
  getOrder: { method: 'GET', path: '/api/orders/{orderId}' },
  cancelOrder: { method: 'POST', path: '/api/orders/{orderId}/cancel' },
  getInvoice: { method: 'GET', path: '/api/orders/{orderId}/invoice' },
  listCreditNotes: { method: 'GET', path: '/api/orders/{orderId}/credit-notes' },
  requestReturn: { method: 'POST', path: '/api/orders/{orderId}/returns' },
  listOrderReturns: { method: 'GET', path: '/api/orders/{orderId}/returns' },

  listAddresses: { method: 'GET', path: '/api/addresses' },
  addAddress: { method: 'POST', path: '/api/addresses' },
  changeAddress: { method: 'PUT', path: '/api/addresses/{addressId}' },
  deleteAddress: { method: 'DELETE', path: '/api/addresses/{addressId}' },
  chooseDefaultAddress: { method: 'POST', path: '/api/addresses/{addressId}/default' },

  listShippingMethods: { method: 'GET', path: '/api/shipping-methods' },

  // Optional: an API without it pays by MOCK (PaymentService reads its 404 so).
  getPaymentProvider: { method: 'GET', path: '/api/payments/provider', optional: true },
  payOrder: { method: 'POST', path: '/api/payments' },

  ...ADMIN_API_ENDPOINTS,
} as const satisfies Record<string, ApiEndpoint>;

/** Every API path starts here; the interceptor sends the session's token only to these. */
export const API_PREFIX = '/api/';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiEndpoint {
  readonly method: HttpMethod;
  readonly path: string;
  /** The client copes with an API that lacks it; the OpenAPI check lets it be absent. */
  readonly optional?: boolean;
}

export type ApiEndpointName = keyof typeof API_ENDPOINTS;

/** Fills a path template's `{name}` segments, each URL-encoded. */
export function expandPath(template: string, pathParams: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams[name];
    if (value === undefined) {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(value);
  });
}
