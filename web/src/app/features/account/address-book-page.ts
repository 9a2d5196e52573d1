import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { ApiError, toApiError } from '../../core/api/api-error';
import { AddressBook, PostalAddress, SavedAddress } from '../../core/api/api-models';
import { AddressesService } from '../../core/services/addresses.service';
import { AddressForm } from '../../shared/address-form';
import { ErrorAlert } from '../../shared/error-alert';
import { fieldErrorsOf } from '../../shared/field-errors';
import { RequestState } from '../../shared/request-state';

/** The shopper's saved addresses: checkout offers the default first. */
@Component({
  selector: 'app-address-book-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AddressForm, ErrorAlert],
  templateUrl: './address-book-page.html',
  styleUrl: './address-book-page.css',
})
export class AddressBookPage implements OnInit {
  private readonly addresses = inject(AddressesService);

  protected readonly book = signal<AddressBook | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly adding = new RequestState();
  protected readonly changing = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly added = signal<string | null>(null);
  protected readonly saved = signal<string | null>(null);
  /** The id of the address being changed in place, if any. */
  protected readonly editing = signal<string | null>(null);
  /** Bumped after an address is added, so the form starts empty again. */
  protected readonly formKey = signal(0);

  protected readonly addErrors = computed(() => fieldErrorsOf(this.adding.error()));
  protected readonly addAlert = computed(() => {
    const error = this.adding.error();
    return error && Object.keys(this.addErrors()).length === 0 ? error : null;
  });
  protected readonly editErrors = computed(() => fieldErrorsOf(this.saving.error()));
  protected readonly editAlert = computed(() => {
    const error = this.saving.error();
    return error && Object.keys(this.editErrors()).length === 0 ? error : null;
  });
  protected readonly full = computed(() => {
    const book = this.book();
    return book !== null && book.count >= book.maxAddresses;
  });

  ngOnInit(): void {
    this.load();
  }

  protected addAddress(address: PostalAddress): void {
    this.added.set(null);
    this.adding.run(this.addresses.add(address), (saved) => {
      this.added.set(`Added the address for ${saved.name}.`);
      this.formKey.update((key) => key + 1);
      this.load();
    });
  }

  protected startEditing(address: SavedAddress): void {
    this.saved.set(null);
    this.saving.error.set(null);
    this.editing.set(address.addressId);
  }

  protected stopEditing(): void {
    this.editing.set(null);
  }

  /** Changes the book only: orders keep the copy they were placed with. */
  protected saveAddress(address: SavedAddress, changed: PostalAddress): void {
    this.saving.run(this.addresses.change(address.addressId, changed), (result) => {
      this.saved.set(`Saved the address for ${result.name}.`);
      this.editing.set(null);
      this.load();
    });
  }

  protected makeDefault(address: SavedAddress): void {
    this.changing.run(this.addresses.makeDefault(address.addressId), (book) => this.book.set(book));
  }

  protected deleteAddress(address: SavedAddress): void {
    this.changing.run(this.addresses.delete(address.addressId), (book) => this.book.set(book));
  }

  protected summary(address: PostalAddress): string {
    return [address.line1, address.line2, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
  }

  private load(): void {
    this.addresses.list().subscribe({
      next: (book) => this.book.set(book),
      error: (error: unknown) => this.loadError.set(toApiError(error)),
    });
  }
}
