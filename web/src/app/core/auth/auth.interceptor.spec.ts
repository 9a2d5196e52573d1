import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { authInterceptor } from './auth.interceptor';
import { TokenStore } from './token-store';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let tokens: TokenStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    tokens = TestBed.inject(TokenStore);
    tokens.save({ accessToken: 'old-access', refreshToken: 'refresh-1', userId: 'user-1', email: 'a@example.com', roles: [] });
  });

  afterEach(() => backend.verify());

  it('sends the access token as a Bearer header', () => {
    http.get('/api/cart').subscribe();

    expect(backend.expectOne('/api/cart').request.headers.get('Authorization')).toBe('Bearer old-access');
  });

  it('leaves sign-in requests alone', () => {
    http.post('/api/auth/login', {}).subscribe();

    expect(backend.expectOne('/api/auth/login').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and retries with the new token', () => {
    let answer: unknown;
    http.get('/api/cart').subscribe((body) => (answer = body));

    backend.expectOne('/api/cart').flush({}, { status: 401, statusText: 'Unauthorized' });
    const refresh = backend.expectOne('/api/auth/refresh');
    expect(refresh.request.body).toEqual({ refreshToken: 'refresh-1', userId: 'user-1' });
    refresh.flush({ message: 'Token refreshed', tokens: { accessToken: 'new-access', idToken: 'id', expiresIn: 3600, tokenType: 'Bearer' } });
    const retried = backend.expectOne('/api/cart');
    expect(retried.request.headers.get('Authorization')).toBe('Bearer new-access');
    retried.flush({ items: [] });

    expect(answer).toEqual({ items: [] });
    expect(tokens.accessToken()).toBe('new-access');
  });

  it('ends the session and sends the shopper to login when the refresh is refused', () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    let failed = false;
    http.get('/api/orders').subscribe({ error: () => (failed = true) });

    backend.expectOne('/api/orders').flush({}, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/api/auth/refresh').flush({ message: 'Refresh token is invalid' }, { status: 401, statusText: 'Unauthorized' });

    expect(failed).toBe(true);
    expect(tokens.isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login'], expect.objectContaining({ queryParams: expect.any(Object) }));
  });
});
