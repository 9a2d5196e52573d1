import { ChangeDetectionStrategy, Component, effect, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { AuthService } from './core/auth/auth.service';
import { CartService } from './core/services/cart.service';

@Component({
  selector: 'app-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  templateUrl: './app.html',
  styleUrl: './app.css',
})
export class App {
  private readonly auth = inject(AuthService);
  private readonly cart = inject(CartService);
  private readonly router = inject(Router);

  protected readonly session = this.auth.session;
  protected readonly isAdmin = this.auth.isAdmin;
  protected readonly cartCount = this.cart.itemCount;
  protected readonly year = new Date().getFullYear();

  constructor() {
    // The header's cart count follows whoever is signed in.
    effect(() => {
      if (this.auth.isSignedIn()) {
        this.cart.load().subscribe({ error: () => undefined });
      } else {
        this.cart.forget();
      }
    });
  }

  protected logout(): void {
    this.auth.logout().subscribe(() => void this.router.navigate(['/']));
  }
}
