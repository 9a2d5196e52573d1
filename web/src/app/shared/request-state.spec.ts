import { HttpErrorResponse } from '@angular/common/http';
import { Subject, of, throwError } from 'rxjs';
import { RequestState } from './request-state';

describe('RequestState', () => {
  it('is busy until the answer comes, then hands it over', () => {
    const state = new RequestState();
    const answer = new Subject<string>();
    let received = '';

    state.run(answer, (value) => (received = value));
    expect(state.busy()).toBe(true);
    answer.next('done');

    expect(state.busy()).toBe(false);
    expect(received).toBe('done');
  });

  it('keeps the API message of a failure and clears it on the next request', () => {
    const state = new RequestState();
    state.run(throwError(() => new HttpErrorResponse({ status: 409, error: { message: 'Order is not pending' } })), () => undefined);
    expect(state.error()?.message).toBe('Order is not pending');

    state.run(of(1), () => undefined);
    expect(state.error()).toBeNull();
  });
});
