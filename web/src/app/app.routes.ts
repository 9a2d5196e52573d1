import { Routes } from '@angular/router';
import { adminGuard, signedInGuard } from './core/auth/auth.guards';

export const routes: Routes = [
  { path: '', title: 'CloudRetail', loadComponent: () => import('./features/home/home-page').then((m) => m.HomePage) },
  {
    path: 'products',
    title: 'Products · CloudRetail',
    loadComponent: () => import('./features/products/product-list-page').then((m) => m.ProductListPage),
  },
  {
    path: 'products/:productId',
    title: 'Product · CloudRetail',
    loadComponent: () => import('./features/products/product-detail-page').then((m) => m.ProductDetailPage),
  },
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
