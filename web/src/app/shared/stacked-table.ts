import { AfterViewInit, Directive, ElementRef, OnDestroy, inject } from '@angular/core';

/**
 * A wide table that a phone shows as one card per row: names each body cell after its column
 * (`data-label`, from the header row's visible text) and keeps doing so as rows come and go. Below
 * 40rem, styles.css stacks the cells of a `.table-stacked` table under those names; wider, it is a
 * table. A column whose header only a screen reader hears ("Actions") gives its cells no name.
 */
@Directive({
  selector: 'table[appStackedTable]',
  host: { class: 'table-stacked' },
})
export class StackedTable implements AfterViewInit, OnDestroy {
  private readonly table: HTMLTableElement = inject(ElementRef).nativeElement;
  private readonly rowsChanged = new MutationObserver(() => this.labelCells());

  ngAfterViewInit(): void {
    this.labelCells();
    this.rowsChanged.observe(this.table, { childList: true, subtree: true });
  }

  ngOnDestroy(): void {
    this.rowsChanged.disconnect();
  }

  private labelCells(): void {
    const columns = Array.from(this.table.tHead?.rows[0]?.cells ?? [], visibleText);
    for (const body of Array.from(this.table.tBodies)) {
      for (const row of Array.from(body.rows)) {
        let column = 0;
        for (const cell of Array.from(row.cells)) {
          // A cell across several columns ("No movements yet.") is a sentence of its own.
          if (cell.colSpan === 1 && columns[column] && cell.dataset['label'] !== columns[column]) {
            cell.dataset['label'] = columns[column];
          }
          column += cell.colSpan;
        }
      }
    }
  }
}

function visibleText(header: HTMLTableCellElement): string {
  const shown = header.cloneNode(true) as HTMLElement;
  shown.querySelectorAll('.visually-hidden').forEach(hidden => hidden.remove());
  return shown.textContent?.trim() ?? '';
}
