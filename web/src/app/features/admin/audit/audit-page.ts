import { DatePipe, KeyValuePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { AUDIT_ACTIONS, AuditAction, AuditEntry, AuditSearch } from '../../../core/api/audit-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { AuditService } from './audit.service';

/** Who did what, newest first: filter by dates, admin, action and subject (a product, order, return or
 * customer id; `?subjectId=` opens the page filtered), and load older entries a page at a time. */
@Component({
  selector: 'app-audit-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ErrorAlert, KeyValuePipe, StackedTable],
  template: `
    <section class="page">
      <h1>Audit trail</h1>
      <form class="panel filters" role="search" aria-label="Audit trail"
        (submit)="$event.preventDefault(); filterEntries(from.value, to.value, admin.value, action.value, subject.value)">
        <div class="field">
          <label for="audit-from">From</label>
          <input #from id="audit-from" type="date" [value]="search().from ?? ''" />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input #to id="audit-to" type="date" [value]="search().to ?? ''" />
        </div>
        <div class="field">
          <label for="audit-admin">Admin id</label>
          <input #admin id="audit-admin" type="search" autocomplete="off" [value]="search().adminId ?? ''" />
        </div>
        <div class="field">
          <label for="audit-action">Action</label>
          <select #action id="audit-action" [value]="search().action ?? ''">
            <option value="">Any action</option>
            @for (option of actions; track option) {
              <option [value]="option">{{ option }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="audit-subject">Subject id</label>
          <input #subject id="audit-subject" type="search" autocomplete="off" placeholder="product, order, return or customer id"
            [value]="search().subjectId ?? ''" />
        </div>
        <button type="submit" class="button button-primary" [disabled]="loading.busy()">Filter</button>
      </form>
      <app-error-alert [error]="loading.error()" />
      <div class="table-scroll" role="region" tabindex="0" aria-label="Audit entries">
        <table class="table" appStackedTable>
          <caption class="visually-hidden">Admin actions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th><th scope="col">Action</th><th scope="col">Subject</th><th scope="col">Admin</th>
              <th scope="col">Before</th><th scope="col">After</th><th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            @for (entry of entries(); track entry.subjectId + entry.entryId) {
              <tr [attr.data-entry-action]="entry.action" [attr.data-subject-id]="entry.subjectId">
                <td>{{ entry.at | date: 'medium' }}</td>
                <td>{{ entry.action }}</td>
                <td>{{ entry.subjectType }} <code>{{ entry.subjectId }}</code></td>
                <td>{{ entry.adminEmail ?? entry.adminId }}</td>
                <td data-testid="audit-before">
                  @for (field of entry.before ?? {} | keyvalue; track field.key) {
                    <div>{{ field.key }}: {{ field.value }}</div>
                  } @empty {
                    <span class="muted">—</span>
                  }
                </td>
                <td data-testid="audit-after">
                  @for (field of entry.after ?? {} | keyvalue; track field.key) {
                    <div>{{ field.key }}: {{ field.value }}</div>
                  } @empty {
                    <span class="muted">—</span>
                  }
                </td>
                <td>{{ entry.reason ?? '' }}</td>
              </tr>
            } @empty {
              @if (!loading.busy()) {
                <tr><td colspan="7" class="muted">{{ cursor() ? 'None on this page: load more to keep looking.' : 'No entries match.' }}</td></tr>
              }
            }
          </tbody>
        </table>
      </div>
      @if (cursor()) {
        <button type="button" class="button button-secondary" [disabled]="loading.busy()" (click)="loadMoreEntries()">Load more</button>
      }
    </section>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
    @media (width > 40rem) { .table-scroll table { min-width: 56rem; } }
    td { overflow-wrap: anywhere; vertical-align: top; }
  `,
})
export class AuditPage implements OnInit {
  private readonly audit = inject(AuditService);
  private readonly route = inject(ActivatedRoute);

  protected readonly actions = AUDIT_ACTIONS;
  protected readonly entries = signal<readonly AuditEntry[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly search = signal<AuditSearch>({});
  protected readonly loading = new RequestState();
  /** Counts the reads sent: an answer to one that a newer filter replaced is dropped, not shown. */
  private reads = 0;

  ngOnInit(): void {
    const subjectId = this.route.snapshot.queryParamMap.get('subjectId');
    this.search.set(subjectId ? { subjectId } : {});
    this.loadEntries();
  }

  protected filterEntries(from: string, to: string, adminId: string, action: string, subjectId: string): void {
    this.search.set({ from, to, adminId: adminId.trim(), action: action as AuditAction | '', subjectId: subjectId.trim() });
    this.entries.set([]);
    this.loadEntries();
  }

  protected loadMoreEntries(): void {
    this.loadEntries(this.cursor() ?? undefined);
  }

  private loadEntries(cursor?: string): void {
    const read = ++this.reads;
    this.loading.run(this.audit.search(this.search(), cursor), (page) => {
      if (read !== this.reads) {
        return;
      }
      this.entries.update((shown) => (cursor ? [...shown, ...page.items] : page.items));
      this.cursor.set(page.nextToken ?? null);
    });
  }
}
