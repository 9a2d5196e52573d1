import { ApiError } from '../core/api/api-error';

/** The API's out-of-stock refusal carries how many are left; say so. */
export function describeCartError(error: ApiError): string {
  const available = error.body['availableQty'];
  if (error.status === 409 && typeof available === 'number') {
    return available === 0
      ? `${error.message}: none left.`
      : `${error.message}: only ${available} available.`;
  }
  return error.message;
}
