import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { EmailField } from '../../shared/email-field';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';

@Component({
  selector: 'app-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, EmailField, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Sign in</h1>
      @if (notice()) {
        <p class="alert alert-success" role="status">{{ notice() }}</p>
      }
      <app-error-alert [error]="signIn.error()" />
      <form class="form" (submit)="$event.preventDefault(); signInWithPassword()">
        <app-email-field [(value)]="email" />
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required [(ngModel)]="password" />
        </div>
        <button type="submit" class="button button-primary" [disabled]="signIn.busy()">Sign in</button>
      </form>
      <p class="muted">
        <a routerLink="/forgot-password">Forgot your password?</a> ·
        New here? <a routerLink="/register">Create an account</a> ·
        <a routerLink="/confirm">Confirm an account</a>
      </p>
    </section>
  `,
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  readonly returnUrl = input<string>();
  readonly notice = input<string>();

  protected email = '';
  protected password = '';
  protected readonly signIn = new RequestState();

  protected signInWithPassword(): void {
    this.signIn.run(this.auth.login(this.email.trim(), this.password), () => void this.router.navigateByUrl(this.safeReturnUrl()));
  }

  /** Only paths of this app: a link must not send a shopper elsewhere after signing in. */
  private safeReturnUrl(): string {
    const url = this.returnUrl();
    return url && url.startsWith('/') && !url.startsWith('//') ? url : '/products';
  }
}
