import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ErrorAlert } from '../../../shared/error-alert';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { ImportReport, RowProblem, SpreadsheetService } from './spreadsheet.service';

const ORDER_STATUSES = ['PENDING', 'PAYING', 'CONFIRMED', 'SHIPPED', 'DELIVERED', 'CANCELLED'] as const;

/**
 * The back office's CSV files: download products (with stock) and a period's orders for a
 * spreadsheet, and import products from one. An import is checked first (nothing written) and shows
 * every bad row; only a file without one can be imported.
 */
@Component({
  selector: 'app-spreadsheet-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorAlert, StackedTable],
  templateUrl: './spreadsheet-page.html',
  styles: `
    .exports { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); }
    .period { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
    .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-top: 1rem; }
  `,
})
export class SpreadsheetPage {
  private readonly spreadsheets = inject(SpreadsheetService);

  protected readonly statuses = ORDER_STATUSES;
  protected readonly today = isoDate(new Date());
  protected readonly monthAgo = isoDate(new Date(Date.now() - 29 * 24 * 3600 * 1000));
  protected readonly productsDownload = new RequestState();
  protected readonly ordersDownload = new RequestState();
  protected readonly importing = new RequestState();
  protected readonly file = signal<File | null>(null);
  /** The last check of the chosen file, or the import's answer. */
  protected readonly report = signal<ImportReport | null>(null);
  protected readonly problems = signal<readonly RowProblem[]>([]);

  protected downloadProducts(): void {
    this.productsDownload.run(this.spreadsheets.exportProducts(), (csv) => save(csv, `products-${this.today}.csv`));
  }

  protected downloadOrders(from: string, to: string, status: string): void {
    this.ordersDownload.run(this.spreadsheets.exportOrders({ from, to, status: status || undefined }), (csv) =>
      save(csv, `orders-${from}-to-${to}${status ? `-${status.toLowerCase()}` : ''}.csv`),
    );
  }

  protected chooseFile(input: HTMLInputElement): void {
    this.file.set(input.files?.item(0) ?? null);
    this.report.set(null);
    this.problems.set([]);
  }

  /** A dry run: what the file would change and every bad row; writes nothing. */
  protected checkFile(): void {
    this.send(true);
  }

  protected importFile(): void {
    this.send(false);
  }

  private send(dryRun: boolean): void {
    const file = this.file();
    if (!file) {
      return;
    }
    this.importing.run(
      this.spreadsheets.importProducts(file, dryRun),
      (report) => {
        this.report.set(report);
        this.problems.set(report.problems);
      },
      (error) => {
        this.report.set(null);
        const problems = error.body['problems'];
        this.problems.set(Array.isArray(problems) ? (problems as RowProblem[]) : []);
        this.importing.error.set(error);
      },
    );
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Hands a downloaded file to the browser to save under `name`. */
function save(file: Blob, name: string): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url));
}
