import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { TokenStore } from './token-store';

/** Pages of a signed-in shopper: anyone else goes to login and comes back after. */
export const signedInGuard: CanActivateFn = (_route, state) => {
  const tokens = inject(TokenStore);
  return tokens.isSignedIn() || inject(Router).createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/** Admin pages: members of the Cognito group `admin` only. */
export const adminGuard: CanActivateFn = (_route, state) => {
  const tokens = inject(TokenStore);
  const router = inject(Router);
  if (!tokens.isSignedIn()) {
    return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
  }
  return tokens.isAdmin() || router.createUrlTree(['/']);
};
