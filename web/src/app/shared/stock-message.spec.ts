import { describeCartError } from './stock-message';

describe('describeCartError', () => {
  it('tells how many are available when the API refuses for stock', () => {
    const text = describeCartError({ status: 409, message: 'Out of stock', body: { availableQty: 3, requestedQty: 5 } });

    expect(text).toBe('Out of stock: only 3 available.');
  });

  it('shows other errors as the API worded them', () => {
    expect(describeCartError({ status: 400, message: 'qty must be between 1 and 100', body: {} })).toBe('qty must be between 1 and 100');
  });
});
