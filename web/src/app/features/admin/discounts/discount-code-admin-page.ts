import { CurrencyPipe, DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DiscountCode, DiscountCodeDraft, DiscountKind } from '../../../core/api/admin-api-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { fieldErrorsOf } from '../../../shared/field-errors';
import { RequestState } from '../../../shared/request-state';
import { DiscountCodeAdminService } from './discount-code-admin.service';

interface CodeForm {
  code: string;
  kind: DiscountKind;
  value: number | null;
  currency: string;
  minSubtotal: number | null;
  redemptionLimit: number | null;
  perShopperLimit: number | null;
}

const emptyForm = (): CodeForm => ({ code: '', kind: 'PERCENT', value: null, currency: '', minSubtotal: null, redemptionLimit: null, perShopperLimit: 1 });

@Component({
  selector: 'app-discount-code-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CurrencyPipe, DatePipe, FormsModule, ErrorAlert],
  templateUrl: './discount-code-admin-page.html',
  styleUrl: './discount-code-admin-page.css',
})
export class DiscountCodeAdminPage implements OnInit {
  private readonly discounts = inject(DiscountCodeAdminService);

  protected readonly codes = signal<readonly DiscountCode[]>([]);
  protected readonly loading = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly rowAction = new RequestState();
  protected readonly notice = signal<string | null>(null);
  protected form = emptyForm();

  protected readonly errors = computed(() => fieldErrorsOf(this.saving.error()));
  protected readonly saveAlert = computed(() => {
    const error = this.saving.error();
    return error && Object.keys(this.errors()).length === 0 ? error : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected addCode(): void {
    const draft: DiscountCodeDraft = {
      code: this.form.code.trim().toUpperCase(),
      kind: this.form.kind,
      value: this.form.value ?? 0,
      currency: this.form.currency.trim() ? this.form.currency.trim().toUpperCase() : null,
      minSubtotal: this.form.minSubtotal,
      redemptionLimit: this.form.redemptionLimit,
      perShopperLimit: this.form.perShopperLimit,
      active: true,
    };
    this.notice.set(null);
    this.saving.run(this.discounts.add(draft), (added) => {
      this.notice.set(`Added ${added.code}.`);
      this.form = emptyForm();
      this.load();
    });
  }

  protected toggleActive(code: DiscountCode): void {
    const { redeemed: _, ...terms } = code;
    this.notice.set(null);
    this.rowAction.run(this.discounts.change({ ...terms, active: !code.active }), (changed) => {
      this.notice.set(`${changed.code} is ${changed.active ? 'accepted again' : 'no longer accepted'}.`);
      this.load();
    });
  }

  protected deleteCode(code: DiscountCode): void {
    this.notice.set(null);
    this.rowAction.run(this.discounts.delete(code.code), () => {
      this.notice.set(`Deleted ${code.code}.`);
      this.load();
    });
  }

  private load(): void {
    this.loading.run(this.discounts.list(), (list) => this.codes.set(list.items));
  }
}
