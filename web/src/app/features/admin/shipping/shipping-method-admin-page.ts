import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ShippingMethod } from '../../../core/api/api-models';
import { AdminColumn, AdminList } from '../../../shared/admin-list';
import { ErrorAlert } from '../../../shared/error-alert';
import { fieldErrorsOf } from '../../../shared/field-errors';
import { MoneyPipe } from '../../../shared/money';
import { RequestState } from '../../../shared/request-state';
import { ShippingMethodAdminService } from './shipping-method-admin.service';

/** The add form's values as typed; countries as a comma-separated list. */
interface MethodForm {
  shippingMethodId: string;
  name: string;
  price: number | null;
  currency: string;
  countries: string;
  freeAbove: number | null;
  minDays: number;
  maxDays: number;
  requiresAddress: boolean;
}

const emptyForm = (): MethodForm => ({
  shippingMethodId: '', name: '', price: null, currency: 'USD', countries: '', freeAbove: null, minDays: 0, maxDays: 0, requiresAddress: true,
});

@Component({
  selector: 'app-shipping-method-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, FormsModule, AdminList, ErrorAlert],
  templateUrl: './shipping-method-admin-page.html',
  styleUrl: './shipping-method-admin-page.css',
})
export class ShippingMethodAdminPage implements OnInit {
  private readonly shipping = inject(ShippingMethodAdminService);

  protected readonly columns: readonly AdminColumn[] = [{ label: 'Method' }, { label: 'Price', numeric: true }, { label: 'Delivers to' }, { label: 'Days' }, { label: 'Offered' }, { label: 'Actions' }];

  protected readonly methods = signal<readonly ShippingMethod[]>([]);
  protected readonly defaultMethodId = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly rowAction = new RequestState();
  protected readonly notice = signal<string | null>(null);
  protected form = emptyForm();

  protected readonly errors = computed(() => fieldErrorsOf(this.saving.error()));
  /** The countries' messages: the list's own (`countries`) and each code's (`countries[0]`). */
  protected readonly countriesError = computed(() =>
    Object.entries(this.errors()).filter(([field]) => field.startsWith('countries')).map(([, text]) => text).join(' ') || null,
  );
  protected readonly saveAlert = computed(() => {
    const error = this.saving.error();
    return error && Object.keys(this.errors()).length === 0 ? error : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected addMethod(): void {
    const method: ShippingMethod = {
      shippingMethodId: this.form.shippingMethodId.trim(),
      name: this.form.name.trim(),
      price: this.form.price ?? 0,
      currency: this.form.currency.trim().toUpperCase(),
      countries: this.form.requiresAddress ? this.form.countries.split(',').map((c) => c.trim().toUpperCase()).filter(Boolean) : [],
      freeAbove: this.form.freeAbove,
      minDays: this.form.minDays,
      maxDays: this.form.maxDays,
      active: true,
      requiresAddress: this.form.requiresAddress,
    };
    this.notice.set(null);
    this.saving.run(this.shipping.add(method), (added) => {
      this.notice.set(`Added ${added.name}.`);
      this.form = emptyForm();
      this.load();
    });
  }

  protected toggleActive(method: ShippingMethod): void {
    this.notice.set(null);
    this.rowAction.run(this.shipping.change({ ...method, active: !method.active }), (changed) => {
      this.notice.set(`${changed.name} is ${changed.active ? 'offered again' : 'no longer offered'}.`);
      this.load();
    });
  }

  protected deleteMethod(method: ShippingMethod): void {
    this.notice.set(null);
    this.rowAction.run(this.shipping.delete(method.shippingMethodId), () => {
      this.notice.set(`Deleted ${method.name}.`);
      this.load();
    });
  }

  protected days(method: ShippingMethod): string {
    return method.minDays === method.maxDays ? `${method.maxDays}` : `${method.minDays}–${method.maxDays}`;
  }

  private load(): void {
    this.loading.run(this.shipping.list(), (list) => {
      this.methods.set(list.items);
      this.defaultMethodId.set(list.defaultShippingMethodId ?? null);
    });
  }
}
