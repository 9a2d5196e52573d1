import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { AuthService } from '../../core/auth/auth.service';
import { EmailField } from '../../shared/email-field';
import { ErrorAlert } from '../../shared/error-alert';
import { RequestState } from '../../shared/request-state';

@Component({
  selector: 'app-register-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, RouterLink, EmailField, ErrorAlert],
  template: `
    <section class="panel narrow page">
      <h1>Create your account</h1>
      <app-error-alert [error]="registration.error()" />
      <form class="form" (submit)="$event.preventDefault(); register()">
        <app-email-field [(value)]="email" />
        <div class="field">
          <label for="password">Password</label>
          <input id="password" name="password" type="password" autocomplete="new-password" required minlength="8"
                 aria-describedby="password-hint" [(ngModel)]="password" />
          <span class="hint" id="password-hint">At least 8 characters, with upper and lower case letters and a digit.</span>
        </div>
        <button type="submit" class="button button-primary" [disabled]="registration.busy()">Create account</button>
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
  protected readonly registration = new RequestState();

  protected register(): void {
    const email = this.email.trim();
    this.registration.run(this.auth.register(email, this.password), () => void this.router.navigate(['/confirm'], { queryParams: { email } }));
  }
}
