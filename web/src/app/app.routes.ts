import { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/auth/auth.guards';
import { HomePage } from './features/home/home-page';
import { ProductDetailPage } from './features/products/product-detail-page';
import { ProductListPage } from './features/products/product-list-page';

// The three pages a shopper lands on from outside (home, the catalogue, a product's link) are in
// the first bundle: loaded lazily, each would wait for its chunk and that chunk's imports, two
// round trips on a phone's network, before asking for its products. The rest load on demand.

export const routes: Routes = [
  { path: '', title: 'CloudRetail', component: HomePage },
  { path: 'products', title: 'Products · CloudRetail', component: ProductListPage },
  { path: 'products/:productId', title: 'Product · CloudRetail', component: ProductDetailPage },
  { path: 'login', title: 'Sign in · CloudRetail', loadComponent: () => import('./features/auth/login-page').then((m) => m.LoginPage) },
  {
    path: 'register',
    title: 'Create account · CloudRetail',
    loadComponent: () => import('./features/auth/register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'confirm',
    title: 'Confirm account · CloudRetail',
    loadComponent: () => import('./features/auth/confirm-page').then((m) => m.ConfirmPage),
  },
  {
    path: 'forgot-password',
    title: 'Reset password · CloudRetail',
    loadComponent: () => import('./features/auth/forgot-password-page').then((m) => m.ForgotPasswordPage),
  },
  {
    path: 'cart',
    title: 'Cart · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/cart/cart-page').then((m) => m.CartPage),
  },
  {
    path: 'checkout',
    title: 'Checkout · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/checkout/checkout-page').then((m) => m.CheckoutPage),
  },
  {
    path: 'orders',
    title: 'Orders · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/orders/order-list-page').then((m) => m.OrderListPage),
  },
  {
    path: 'orders/:orderId',
    title: 'Order · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/orders/order-detail-page').then((m) => m.OrderDetailPage),
  },
  {
    path: 'orders/:orderId/pay',
    title: 'Payment · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/payment/payment-page').then((m) => m.PaymentPage),
  },
  {
    path: 'account/addresses',
    title: 'Addresses · CloudRetail',
    canActivate: [signedInGuard],
    loadComponent: () => import('./features/account/address-book-page').then((m) => m.AddressBookPage),
  },
  {
    path: 'admin',
    canActivate: [adminGuard],
    loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: 'Not found · CloudRetail',
    loadComponent: () => import('./features/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
