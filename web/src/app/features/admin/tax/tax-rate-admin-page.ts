import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { TaxRate, TaxRateList } from '../../../core/api/admin-api-models';
import { AdminColumn, AdminList } from '../../../shared/admin-list';
import { ErrorAlert } from '../../../shared/error-alert';
import { fieldErrorsOf } from '../../../shared/field-errors';
import { RequestState } from '../../../shared/request-state';
import { TaxRateAdminService } from './tax-rate-admin.service';

@Component({
  selector: 'app-tax-rate-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, AdminList, ErrorAlert],
  templateUrl: './tax-rate-admin-page.html',
  styleUrl: './tax-rate-admin-page.css',
})
export class TaxRateAdminPage implements OnInit {
  private readonly taxRates = inject(TaxRateAdminService);

  protected readonly columns: readonly AdminColumn[] = [{ label: 'Place' }, { label: 'Name' }, { label: 'Percent', numeric: true }, { label: 'Actions' }];

  protected readonly list = signal<TaxRateList | null>(null);
  protected readonly loading = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly rowAction = new RequestState();
  protected readonly notice = signal<string | null>(null);
  protected form = { country: '', region: '', name: '', percent: null as number | null };

  protected readonly errors = computed(() => fieldErrorsOf(this.saving.error()));
  protected readonly saveAlert = computed(() => {
    const error = this.saving.error();
    return error && Object.keys(this.errors()).length === 0 ? error : null;
  });

  ngOnInit(): void {
    this.load();
  }

  protected addRate(): void {
    const rate = {
      country: this.form.country.trim().toUpperCase(),
      region: this.form.region.trim() ? this.form.region.trim().toUpperCase() : null,
      name: this.form.name.trim(),
      percent: this.form.percent ?? 0,
    };
    this.notice.set(null);
    this.saving.run(this.taxRates.add(rate), (added) => {
      this.notice.set(`Added ${added.name} (${added.taxRateId}).`);
      this.form = { country: '', region: '', name: '', percent: null };
      this.load();
    });
  }

  protected deleteRate(rate: TaxRate): void {
    this.notice.set(null);
    this.rowAction.run(this.taxRates.delete(rate.taxRateId), () => {
      this.notice.set(`Deleted ${rate.name}.`);
      this.load();
    });
  }

  private load(): void {
    this.loading.run(this.taxRates.list(), (list) => this.list.set(list));
  }
}
