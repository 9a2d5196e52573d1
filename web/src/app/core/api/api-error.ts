import { HttpErrorResponse } from '@angular/common/http';

/**
 * The one error shape pages show. The API answers every error as application/problem+json with a
 * `message` (beside `detail`, and `errors` per bad field); `body` keeps the rest for the few pages
 * that read more (the out-of-stock quantity, the changed prices).
 */
export interface ApiError {
  readonly status: number;
  readonly message: string;
  readonly body: Readonly<Record<string, unknown>>;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body = isRecord(error.error) ? error.error : {};
    return { status: error.status, message: messageOf(error.status, body), body };
  }
  return { status: 0, message: 'Something went wrong. Please try again.', body: {} };
}

function messageOf(status: number, body: Record<string, unknown>): string {
  const fieldErrors = isRecord(body['errors']) ? Object.values(body['errors']).flat().filter(isString) : [];
  if (status === 400 && fieldErrors.length > 0) {
    return fieldErrors.join(' ');
  }
  for (const key of ['message', 'detail', 'title']) {
    const text = body[key];
    if (isString(text) && text.length > 0) {
      return text;
    }
  }
  if (status === 0) {
    return 'The shop cannot be reached. Check your connection and try again.';
  }
  return `The request failed (${status}).`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}
