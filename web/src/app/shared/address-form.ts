import { ChangeDetectionStrategy, Component, OnInit, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PostalAddress } from '../core/api/api-models';
import { FieldErrors } from './field-errors';

interface AddressField {
  readonly key: keyof PostalAddress;
  readonly label: string;
  readonly autocomplete: string;
  readonly required: boolean;
  readonly hint?: string;
}

const fields: readonly AddressField[] = [
  { key: 'name', label: 'Full name', autocomplete: 'name', required: true },
  { key: 'line1', label: 'Address line 1', autocomplete: 'address-line1', required: true },
  { key: 'line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2', required: false },
  { key: 'city', label: 'City', autocomplete: 'address-level2', required: true },
  { key: 'region', label: 'State, province or region', autocomplete: 'address-level1', required: false, hint: 'Its code, such as CA or ON, where the post needs one.' },
  { key: 'postalCode', label: 'Postal code', autocomplete: 'postal-code', required: false },
  { key: 'country', label: 'Country', autocomplete: 'country', required: true, hint: 'Two-letter code, such as US or DE.' },
  { key: 'phone', label: 'Phone (optional)', autocomplete: 'tel', required: false },
];

/** A postal address written out, each input labelled, each API error shown beside its input. */
@Component({
  selector: 'app-address-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule],
  template: `
    <form class="form address-form" (ngSubmit)="submit()">
      @for (field of fields; track field.key) {
        @let id = idPrefix() + '-' + field.key;
        @let problem = errors()[field.key];
        <div class="field">
          <label [for]="id">{{ field.label }}</label>
          @if (field.hint) {
            <span class="hint" [id]="id + '-hint'">{{ field.hint }}</span>
          }
          <input
            [id]="id"
            [name]="field.key"
            [attr.autocomplete]="field.autocomplete"
            [required]="field.required"
            [attr.aria-invalid]="problem ? 'true' : null"
            [attr.aria-describedby]="describedBy(field, id, !!problem)"
            [ngModel]="address()[field.key] ?? ''"
            (ngModelChange)="change(field.key, $event)"
          />
          @if (problem) {
            <p class="field-error" [id]="id + '-error'">{{ problem }}</p>
          }
        </div>
      }
      <div>
        <button type="submit" class="button button-secondary" [disabled]="busy()">{{ submitLabel() }}</button>
      </div>
    </form>
  `,
})
export class AddressForm implements OnInit {
  readonly idPrefix = input('address');
  /** The address to change; the form starts empty without one. */
  readonly initial = input<PostalAddress | null>(null);
  readonly submitLabel = input('Save address');
  readonly errors = input<FieldErrors>({});
  readonly busy = input(false);
  readonly submitted = output<PostalAddress>();

  protected readonly fields = fields;
  protected readonly address = signal<Partial<Record<keyof PostalAddress, string>>>({});

  ngOnInit(): void {
    const initial = this.initial();
    if (initial) {
      this.address.set(Object.fromEntries(Object.entries(initial).filter(([, value]) => typeof value === 'string')));
    }
  }

  protected change(key: keyof PostalAddress, value: string): void {
    this.address.update((current) => ({ ...current, [key]: value }));
  }

  protected describedBy(field: AddressField, id: string, hasError: boolean): string | null {
    const ids = [field.hint ? `${id}-hint` : null, hasError ? `${id}-error` : null].filter((x) => x !== null);
    return ids.length > 0 ? ids.join(' ') : null;
  }

  protected submit(): void {
    const value = this.address();
    const optional = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
    this.submitted.emit({
      name: value.name?.trim() ?? '',
      line1: value.line1?.trim() ?? '',
      line2: optional(value.line2),
      city: value.city?.trim() ?? '',
      region: optional(value.region)?.toUpperCase() ?? null,
      postalCode: optional(value.postalCode),
      country: value.country?.trim().toUpperCase() ?? '',
      phone: optional(value.phone),
    });
  }
}
