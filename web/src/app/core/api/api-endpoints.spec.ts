import { API_ENDPOINTS, expandPath } from './api-endpoints';

describe('API endpoint table', () => {
  it('fills and encodes path parameters', () => {
    expect(expandPath(API_ENDPOINTS.getOrder.path, { orderId: 'a/b c' })).toBe('/api/orders/a%2Fb%20c');
  });

  it('refuses a path with a parameter left unfilled', () => {
    expect(() => expandPath(API_ENDPOINTS.getProduct.path)).toThrowError(/productId/);
  });

  it('names only API paths', () => {
    for (const endpoint of Object.values(API_ENDPOINTS)) {
      expect(endpoint.path.startsWith('/api/')).toBe(true);
    }
  });
});
