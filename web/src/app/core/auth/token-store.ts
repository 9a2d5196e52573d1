import { Injectable, computed, signal } from '@angular/core';

/** What a signed-in session needs: the tokens and who they belong to (refresh needs the user's id). */
export interface Session {
  readonly accessToken: string;
  readonly refreshToken: string | null;
  readonly userId: string;
  readonly email: string;
  readonly roles: readonly string[];
}

const storageKey = 'cloudretail.session';

/** The one place tokens are kept: a signal, mirrored to localStorage so a reload stays signed in. */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private readonly current = signal<Session | null>(readSaved());

  readonly session = this.current.asReadonly();
  readonly isSignedIn = computed(() => this.current() !== null);
  readonly isAdmin = computed(() => this.current()?.roles.includes('admin') ?? false);

  accessToken(): string | null {
    return this.current()?.accessToken ?? null;
  }

  save(session: Session): void {
    this.current.set(session);
    localStorage.setItem(storageKey, JSON.stringify(session));
  }

  replaceAccessToken(accessToken: string): void {
    const session = this.current();
    if (session) {
      this.save({ ...session, accessToken });
    }
  }

  clear(): void {
    this.current.set(null);
    localStorage.removeItem(storageKey);
  }
}

function readSaved(): Session | null {
  try {
    const saved = localStorage.getItem(storageKey);
    return saved ? (JSON.parse(saved) as Session) : null;
  } catch {
    return null;
  }
}
