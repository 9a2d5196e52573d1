import { ApiError } from '../core/api/api-error';

/** Per request field, the message to show beside it. */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The messages of an API error by field: a 400's `errors` (field → messages) or a 409's `field`
 * (a shipping method not offered, a discount code that does not apply). With `prefix`, only the
 * fields under it, named without it (`deliveryAddress.city` → `city`).
 */
export function fieldErrorsOf(error: ApiError | null, prefix = ''): FieldErrors {
  if (!error) {
    return {};
  }
  const found: Record<string, string> = {};
  const errors = error.body['errors'];
  if (typeof errors === 'object' && errors !== null) {
    for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
      const text = Array.isArray(messages) ? messages.filter((m) => typeof m === 'string').join(' ') : String(messages);
      found[field] = text;
    }
  }
  const field = error.body['field'];
  if (typeof field === 'string') {
    found[field] = error.message;
  }
  if (!prefix) {
    return found;
  }
  return Object.fromEntries(
    Object.entries(found)
      .filter(([field]) => field.startsWith(`${prefix}.`))
      .map(([field, text]) => [field.slice(prefix.length + 1), text]),
  );
}
