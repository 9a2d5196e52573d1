import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { EmailField } from '../../shared/email-field';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';

/** Two steps: ask for a code by e-mail, then set a new password with it. */
@Component({
  selector: 'app-forgot-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, EmailField, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Reset your password</h1>
      <app-error-alert [error]="request.error()" />
      @if (!codeSent()) {
        <form class="form" (submit)="$event.preventDefault(); sendResetCode()">
          <app-email-field [(value)]="email" />
          <button type="submit" class="button button-primary" [disabled]="request.busy()">Send reset code</button>
        </form>
      } @else {
        <p class="alert alert-info" role="status">We sent a code to {{ email }}.</p>
        <form class="form" (submit)="$event.preventDefault(); resetPassword()">
          <div class="field">
            <label for="code">Code</label>
            <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required [(ngModel)]="code" />
          </div>
          <div class="field">
            <label for="password">New password</label>
            <input id="password" name="password" type="password" autocomplete="new-password" required [(ngModel)]="password" />
          </div>
          <button type="submit" class="button button-primary" [disabled]="request.busy()">Set new password</button>
        </form>
      }
    </section>
  `,
})
export class ForgotPasswordPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected email = '';
  protected code = '';
  protected password = '';
  protected readonly codeSent = signal(false);
  protected readonly request = new RequestState();

  protected sendResetCode(): void {
    this.request.run(this.auth.forgotPassword(this.email.trim()), () => this.codeSent.set(true));
  }

  protected resetPassword(): void {
    this.request.run(this.auth.resetPassword(this.email.trim(), this.code.trim(), this.password), () =>
      void this.router.navigate(['/login'], { queryParams: { notice: 'Your password is changed. Sign in with the new one.' } }),
    );
  }
}
