import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { LoginPage } from './login-page';

describe('LoginPage', () => {
  async function signInWith(returnUrl: string): Promise<ReturnType<typeof vi.fn>> {
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(LoginPage);
    fixture.componentRef.setInput('returnUrl', returnUrl);
    fixture.detectChanges();
    await fixture.whenStable();
    const page: HTMLElement = fixture.nativeElement;
    type('#email', 'shopper@example.com');
    type('#password', 'Secret123');
    page.querySelector<HTMLButtonElement>('button[type=submit]')!.click();

    const login = backend.expectOne('/api/auth/login');
    expect(login.request.body).toEqual({ email: 'shopper@example.com', password: 'Secret123' });
    login.flush({ message: 'Login successful', tokens: { accessToken: 'a', idToken: 'i', refreshToken: 'r', expiresIn: 3600, tokenType: 'Bearer' } });
    const profile = backend.expectOne('/api/auth/me');
    expect(profile.request.headers.get('Authorization')).toBe('Bearer a');
    profile.flush({ id: 'user-1', email: 'shopper@example.com', emailVerified: true, roles: [] });
    return navigate;

    function type(selector: string, text: string): void {
      const input = page.querySelector<HTMLInputElement>(selector)!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
  }

  beforeEach(() => localStorage.clear());

  it('returns the shopper to the page they came from', async () => {
    expect(await signInWith('/orders/O-1')).toHaveBeenCalledWith('/orders/O-1');
  });

  it('never follows a return address to another site', async () => {
    expect(await signInWith('//evil.example/phish')).toHaveBeenCalledWith('/products');
  });
});
