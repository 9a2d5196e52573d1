import { signal } from '@angular/core';
import { Observable } from 'rxjs';
import { ApiError, toApiError } from '../core/api/api-error';

/**
 * What a page shows about the request it sent: busy while it runs (buttons disabled), then the
 * answer's error message if it failed. One per form or action.
 */
export class RequestState {
  readonly busy = signal(false);
  readonly error = signal<ApiError | null>(null);

  /** Sends the request; `succeeded` gets the answer, a failure becomes `error` unless `failed` takes it. */
  run<T>(request: Observable<T>, succeeded: (value: T) => void, failed?: (error: ApiError) => void): void {
    this.busy.set(true);
    this.error.set(null);
    request.subscribe({
      next: (value) => {
        this.busy.set(false);
        succeeded(value);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        const apiError = toApiError(error);
        if (failed) {
          failed(apiError);
        } else {
          this.error.set(apiError);
        }
      },
    });
  }
}
