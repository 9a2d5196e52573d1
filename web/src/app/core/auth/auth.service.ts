import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, switchMap, tap } from 'rxjs';
import { ApiClient } from '../api/api-client';
import { MessageResponse, Profile, SignedIn } from '../api/api-models';
import { TokenStore } from './token-store';

/** Account operations of the shop's Cognito pool, through the API's /api/auth endpoints. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly tokens = inject(TokenStore);

  readonly session = this.tokens.session;
  readonly isSignedIn = this.tokens.isSignedIn;
  readonly isAdmin = this.tokens.isAdmin;

  register(email: string, password: string): Observable<MessageResponse> {
    return this.api.request('register', { body: { email, password } });
  }

  confirmRegistration(email: string, code: string): Observable<MessageResponse> {
    return this.api.request('confirmRegistration', { body: { email, code } });
  }

  resendCode(email: string): Observable<MessageResponse> {
    return this.api.request('resendCode', { body: { email } });
  }

  forgotPassword(email: string): Observable<MessageResponse> {
    return this.api.request('forgotPassword', { body: { email } });
  }

  resetPassword(email: string, code: string, password: string): Observable<MessageResponse> {
    return this.api.request('resetPassword', { body: { email, code, password } });
  }

  /** Signs in, then reads the profile: its id is what a later refresh needs, its roles show admin pages. */
  login(email: string, password: string): Observable<Profile> {
    return this.api.request<SignedIn>('login', { body: { email, password } }).pipe(
      switchMap(({ tokens }) =>
        this.api
          .request<Profile>('getProfile', { headers: { Authorization: `Bearer ${tokens.accessToken}` } })
          .pipe(
            tap((profile) =>
              this.tokens.save({
                accessToken: tokens.accessToken,
                refreshToken: tokens.refreshToken ?? null,
                userId: profile.id,
                email: profile.email ?? email,
                roles: profile.roles,
              }),
            ),
          ),
      ),
    );
  }

  /** New access token from the refresh token; null when there is none or Cognito refuses it. */
  refreshAccessToken(): Observable<string | null> {
    const session = this.tokens.session();
    if (!session?.refreshToken) {
      return of(null);
    }
    return this.api
      .request<SignedIn>('refreshTokens', { body: { refreshToken: session.refreshToken, userId: session.userId } })
      .pipe(
        map(({ tokens }) => tokens.accessToken),
        tap((accessToken) => this.tokens.replaceAccessToken(accessToken)),
        catchError(() => of(null)),
      );
  }

  /** Signs out everywhere; the local session ends even if the API call fails. */
  logout(): Observable<void> {
    const accessToken = this.tokens.accessToken();
    this.tokens.clear();
    if (!accessToken) {
      return of(undefined);
    }
    return this.api
      .request<MessageResponse>('logout', { headers: { Authorization: `Bearer ${accessToken}` } })
      .pipe(
        map(() => undefined),
        catchError(() => of(undefined)),
      );
  }

  endSession(): void {
    this.tokens.clear();
  }
}
