import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { ErrorAlert } from '../../shared/error-alert';

@Component({
  selector: 'app-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Create your account</h1>
      <app-error-alert [error]="error()" />
      <form class="form" (submit)="$event.preventDefault(); register()">
        <div class="field">
          <label for="email">E-mail</label>
          <input id="email" name="email" type="email" autocomplete="email" required [(ngModel)]="email" />
        </div>
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength="8"
                 aria-describedby="password-hint" [(ngModel)]="password" />
          <span class="hint" id="password-hint">At least 8 characters, with upper and lower case letters and a digit.</span>
        </div>
        <button type="submit" class="button button-primary" [disabled]="busy()">Create account</button>
      </form>
      <p class="muted">Already have an account? <a routerLink="/login">Sign in</a></p>
    </section>
  `,
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  protected email = '';
  protected password = '';
  protected readonly busy = signal(false);
  protected readonly error = signal<ApiError | null>(null);

  protected register(): void {
    this.busy.set(true);
    this.error.set(null);
    const email = this.email.trim();
    this.auth.register(email, this.password).subscribe({
      next: () => void this.router.navigate(['/confirm'], { queryParams: { email } }),
      error: (error: unknown) => {
        this.error.set(toApiError(error));
        this.busy.set(false);
      },
    });
  }
}
