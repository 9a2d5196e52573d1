import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ApiError } from '../core/api/api-error';
import { ErrorAlert } from './error-alert';
import { StackedTable } from './stacked-table';

export interface AdminColumn {
  readonly label: string;
  /** Money and counts: right-aligned, so their digits line up. */
  readonly numeric?: boolean;
}

/**
 * An admin page's list: what the last action did (or why it failed), then a table of one row per
 * item (the page's own rows, projected into the body) or a sentence saying there are none. On a
 * phone each row is a card of named lines (StackedTable).
 */
@Component({
  selector: 'app-admin-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorAlert, StackedTable],
  host: { style: 'display: contents' },
  template: `
    @if (notice(); as shown) {
      <p class="alert alert-success" role="status" data-testid="admin-notice">{{ shown }}</p>
    }
    @for (error of errors(); track $index) {
      <app-error-alert [error]="error" />
    }
    <div class="table-scroll" role="region" tabindex="0" [attr.aria-label]="caption()">
      <table class="table" appStackedTable>
        <caption class="visually-hidden">{{ caption() }}</caption>
        <thead>
          <tr>
            @for (column of columns(); track column.label) {
              <th scope="col" [class.num]="column.numeric">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          <ng-content />
          @if (empty()) {
            <tr><td [attr.colspan]="columns().length" class="muted">{{ emptyText() }}</td></tr>
          }
        </tbody>
      </table>
    </div>
  `,
})
export class AdminList {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly AdminColumn[]>();
  readonly empty = input(false);
  readonly emptyText = input('None yet.');
  readonly notice = input<string | null>(null);
  readonly errors = input<readonly (ApiError | null)[]>([]);
}
