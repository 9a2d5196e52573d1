import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ApiError } from '../core/api/api-error';

/** Shows an API error's message, announced to screen readers. */
@Component({
  selector: 'app-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // No box of its own: with no error it takes no room in the page's layout.
  host: { style: 'display: contents' },
  template: `
    @if (error(); as shown) {
      <p class="alert alert-error" role="alert">{{ shown.message }}</p>
    }
  `,
})
export class ErrorAlert {
  readonly error = input<ApiError | null>(null);
}
