import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { EmailField } from '../../shared/email-field';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';

@Component({
  selector: 'app-confirm-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, EmailField, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Confirm your e-mail</h1>
      <p class="muted">We sent a confirmation code to your e-mail address. Enter it below.</p>
      @if (notice()) {
        <p class="alert alert-success" role="status">{{ notice() }}</p>
      }
      <app-error-alert [error]="request.error()" />
      <form class="form" (submit)="$event.preventDefault(); confirm()">
        <app-email-field [(value)]="email" />
        <div class="field">
          <label for="code">Confirmation code</label>
          <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" required [(ngModel)]="code" />
        </div>
        <button type="submit" class="button button-primary" [disabled]="request.busy()">Confirm account</button>
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
  protected readonly request = new RequestState();
  protected readonly notice = signal<string | null>(null);

  ngOnInit(): void {
    this.email = this.emailParam() ?? '';
  }

  protected confirm(): void {
    this.notice.set(null);
    this.request.run(this.auth.confirmRegistration(this.email.trim(), this.code.trim()), () =>
      void this.router.navigate(['/login'], { queryParams: { notice: 'Your account is confirmed. Sign in to start shopping.' } }),
    );
  }

  protected resendCode(): void {
    this.notice.set(null);
    this.request.run(this.auth.resendCode(this.email.trim()), () => this.notice.set('A new code is on its way.'));
  }
}
