import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, OnInit, computed, inject, signal, viewChild } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { DiscountCode, DiscountCodeDraft, DiscountKind } from '../../../core/api/admin-api-models';
import { AdminColumn, AdminList } from '../../../shared/admin-list';
import { ErrorAlert } from '../../../shared/error-alert';
import { fieldErrorsOf } from '../../../shared/field-errors';
import { MoneyPipe } from '../../../shared/money';
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
  /** datetime-local values, in the admin's own time zone; empty for no limit. */
  startsAt: string;
  endsAt: string;
}

const emptyForm = (): CodeForm => ({
  code: '', kind: 'PERCENT', value: null, currency: '', minSubtotal: null, redemptionLimit: null, perShopperLimit: 1, startsAt: '', endsAt: '',
});

/** An instant as a datetime-local input shows it, in the browser's time zone (minutes). */
export function toLocalInput(instant: string | null | undefined): string {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as the instant the API takes. */
export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

@Component({
  selector: 'app-discount-code-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, FormsModule, AdminList, ErrorAlert],
  templateUrl: './discount-code-admin-page.html',
  styleUrl: './discount-code-admin-page.css',
})
export class DiscountCodeAdminPage implements OnInit {
  private readonly discounts = inject(DiscountCodeAdminService);

  protected readonly columns: readonly AdminColumn[] = [{ label: 'Code' }, { label: 'Off' }, { label: 'Valid' }, { label: 'Used', numeric: true }, { label: 'Accepted' }, { label: 'Actions' }];

  protected readonly codes = signal<readonly DiscountCode[]>([]);
  protected readonly loading = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly rowAction = new RequestState();
  protected readonly notice = signal<string | null>(null);
  protected form = emptyForm();
  /** The code whose terms the form is changing; null while it adds a new one. */
  protected readonly editing = signal<DiscountCode | null>(null);
  private readonly formTitle = viewChild<ElementRef<HTMLElement>>('formTitle');

  protected readonly errors = computed(() => fieldErrorsOf(this.saving.error()));
  protected readonly saveAlert = computed(() => {
    const error = this.saving.error();
    return error && Object.keys(this.errors()).length === 0 ? error : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected saveCode(): void {
    const editing = this.editing();
    const draft: DiscountCodeDraft = {
      code: editing?.code ?? this.form.code.trim().toUpperCase(),
      kind: this.form.kind,
      value: this.form.value ?? 0,
      currency: this.form.currency.trim() ? this.form.currency.trim().toUpperCase() : null,
      minSubtotal: this.form.minSubtotal,
      startsAt: fromLocalInput(this.form.startsAt),
      endsAt: fromLocalInput(this.form.endsAt),
      redemptionLimit: this.form.redemptionLimit,
      perShopperLimit: this.form.perShopperLimit,
      active: editing?.active ?? true,
    };
    this.notice.set(null);
    this.saving.run(editing ? this.discounts.change(draft) : this.discounts.add(draft), (saved) => {
      this.notice.set(editing ? `Saved ${saved.code}.` : `Added ${saved.code}.`);
      this.editing.set(null);
      this.form = emptyForm();
      this.load();
    });
  }

  /** Fills the form with the code's terms; saving replaces them and keeps its redemptions so far. */
  protected editCode(code: DiscountCode): void {
    this.notice.set(null);
    this.saving.error.set(null);
    this.editing.set(code);
    this.form = {
      code: code.code, kind: code.kind, value: code.value, currency: code.currency ?? '', minSubtotal: code.minSubtotal ?? null,
      redemptionLimit: code.redemptionLimit ?? null, perShopperLimit: code.perShopperLimit ?? null,
      startsAt: toLocalInput(code.startsAt), endsAt: toLocalInput(code.endsAt),
    };
    this.formTitle()?.nativeElement.focus();
  }

  protected cancelEditing(): void {
    this.editing.set(null);
    this.saving.error.set(null);
    this.form = emptyForm();
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
