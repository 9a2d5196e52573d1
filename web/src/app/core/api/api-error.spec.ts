import { HttpErrorResponse } from '@angular/common/http';
import { toApiError } from './api-error';

describe('toApiError', () => {
  it('shows the problem message the API sends', () => {
    const error = new HttpErrorResponse({ status: 409, error: { title: 'Conflict', detail: 'Out of stock', message: 'Out of stock', availableQty: 2 } });

    const shown = toApiError(error);

    expect(shown.message).toBe('Out of stock');
    expect(shown.body['availableQty']).toBe(2);
  });

  it('lists the bad fields of a validation problem', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: { message: 'Validation failed', errors: { qty: ['qty must be between 1 and 100'] } },
    });

    expect(toApiError(error).message).toBe('qty must be between 1 and 100');
  });

  it('says the shop cannot be reached when there is no answer', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0 })).message).toContain('cannot be reached');
  });
});
