import { HttpErrorResponse, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, catchError, finalize, shareReplay, switchMap, throwError } from 'rxjs';
import { API_ENDPOINTS, API_PREFIX } from '../api/api-endpoints';
import { AuthService } from './auth.service';
import { TokenStore } from './token-store';

/** Requests that carry no session of their own: signing in must not trigger a refresh. */
const sessionless = new Set<string>([
  API_ENDPOINTS.login.path,
  API_ENDPOINTS.refreshTokens.path,
  API_ENDPOINTS.register.path,
  API_ENDPOINTS.confirmRegistration.path,
]);

let refreshing: Observable<string | null> | null = null;

/**
 * Sends the access token as `Authorization: Bearer` on API calls. On a 401 it refreshes once (one
 * refresh shared by every request that failed meanwhile) and retries; if that fails too, the
 * session ends and the shopper is sent to the login page, back to where they were afterwards.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const tokens = inject(TokenStore);
  const auth = inject(AuthService);
  const router = inject(Router);
  const path = pathOf(request.url);
  if (!path.startsWith(API_PREFIX) || sessionless.has(path) || request.headers.has('Authorization')) {
    return next(request);
  }
  const accessToken = tokens.accessToken();
  if (!accessToken) {
    return next(request);
  }
  return next(withToken(request, accessToken)).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
        return throwError(() => error);
      }
      return refreshOnce(auth).pipe(
        switchMap((fresh) => {
          if (!fresh) {
            auth.endSession();
            sendToSignIn(router);
            return throwError(() => error);
          }
          return next(withToken(request, fresh));
        }),
      );
    }),
  );
};

function refreshOnce(auth: AuthService): Observable<string | null> {
  refreshing ??= auth.refreshAccessToken().pipe(
    finalize(() => (refreshing = null)),
    shareReplay(1),
  );
  return refreshing;
}

/** Several calls of one page can be refused together; the first sends the shopper on, the rest
 * must not send them again with the login page itself as the place to return to. */
function sendToSignIn(router: Router): void {
  const returnUrl = pageBeingShown(router);
  if (!returnUrl.startsWith('/login')) {
    void router.navigate(['/login'], { queryParams: { returnUrl } });
  }
}

/** Where the shopper is going: on a first load the router is still navigating there when the
 * header's cart call fails, and `router.url` would still be "/". */
function pageBeingShown(router: Router): string {
  const navigation = router.currentNavigation();
  const target = navigation?.finalUrl ?? navigation?.extractedUrl;
  return target ? router.serializeUrl(target) : router.url;
}

function withToken(request: HttpRequest<unknown>, accessToken: string): HttpRequest<unknown> {
  return request.clone({ setHeaders: { Authorization: `Bearer ${accessToken}` } });
}

function pathOf(url: string): string {
  return url.startsWith('/') ? url.split('?')[0] : new URL(url, 'http://localhost').pathname;
}
