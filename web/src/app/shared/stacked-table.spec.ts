import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { StackedTable } from './stacked-table';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StackedTable],
  template: `
    <table appStackedTable>
      <thead><tr><th>When</th><th>Kind</th><th class="num">Units</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>
        @for (row of rows(); track row) {
          <tr><td>{{ row }}</td><td>Count</td><td class="num">4</td><td><button type="button">Undo</button></td></tr>
        } @empty {
          <tr><td colspan="4">No movements yet.</td></tr>
        }
      </tbody>
    </table>
  `,
})
class Movements {
  readonly rows = signal<string[]>([]);
}

describe('StackedTable', () => {
  const labels = (table: HTMLElement) =>
    [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.dataset['label'] ?? null));

  it('names every cell after its visible column header, on rows that arrive later too', async () => {
    const fixture = TestBed.createComponent(Movements);
    fixture.detectChanges();
    fixture.componentInstance.rows.set(['Dec 3', 'Dec 4']);
    fixture.detectChanges();
    await Promise.resolve(); // the observer reports after the rows are in

    expect(labels(fixture.nativeElement)).toEqual([['When', 'Kind', 'Units', null], ['When', 'Kind', 'Units', null]]);
    expect((fixture.nativeElement as HTMLElement).querySelector('table')?.classList).toContain('table-stacked');
  });

  it('leaves a sentence across every column unnamed', () => {
    const fixture = TestBed.createComponent(Movements);
    fixture.detectChanges();

    expect(labels(fixture.nativeElement)).toEqual([[null]]);
  });
});
