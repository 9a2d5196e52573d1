import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { FormsModule } from '@angular/forms';

/** The e-mail input every account form starts with, labelled and ready for the browser's autofill. */
@Component({
  selector: 'app-email-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule],
  host: { class: 'field' },
  template: `
    <label for="email">E-mail</label>
    <input id="email" name="email" type="email" autocomplete="email" required [ngModel]="value()" (ngModelChange)="value.set($event)" />
  `,
})
export class EmailField {
  readonly value = model('');
}
