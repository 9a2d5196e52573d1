import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorAlert } from '../../shared/error-alert';

@Component({
  selector: 'app-confirm-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Confirm your e-mail</h1>
      <p class="muted">We sent a confirmation code to your e-mail address. Enter it below.</p>
      @if (notice()) {
        <p class="alert alert-success" role="status">{{ notice() }}</p>
      }
      <app-error-alert [error]="error()" />
      <form class="form" (submit)="$event.preventDefault(); confirm()">
        <div class="field">
          <label for="email">E-mail</label>
          <input id="email" name="email" type="email" autocomplete="email" required [(ngModel)]="email" />
        </div>
        <div class="field">
          <label for="code">Confirmation code</label>
          <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required [(ngModel)]="code" />
        </div>
        <button type="submit" class="button button-primary" [disabled]="busy()">Confirm account</button>
      </form>
      <p class="muted">Didn't get a code? <button type="button" class="button-link" (click)="resendCode()">Send a new code</button></p>
    </section>
  `,
})
export class ConfirmPage implements OnInit {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** From the query string, filled in after registering. */
  readonly emailParam = input<string>('', { alias: 'email' });

  protected email = '';
  protected code = '';
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly error = signal<ApiError | null>(null);

  ngOnInit(): void {
    this.email = this.emailParam() ?? '';
  }

  protected confirm(): void {
    this.busy.set(true);
    this.error.set(null);
    this.auth.confirmRegistration(this.email.trim(), this.code.trim()).subscribe({
      next: () =>
        void this.router.navigate(['/login'], { queryParams: { notice: 'Your account is confirmed. Sign in to start shopping.' } }),
      error: (error: unknown) => {
        this.error.set(toApiError(error));
        this.busy.set(false);
      },
    });
  }

  protected resendCode(): void {
    this.error.set(null);
    this.notice.set(null);
    this.auth.resendCode(this.email.trim()).subscribe({
      next: () => this.notice.set('A new code is on its way.'),
      error: (error: unknown) => this.error.set(toApiError(error)),
    });
  }
}
