/** A fresh key per user intent, so a retried request is not applied twice. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
