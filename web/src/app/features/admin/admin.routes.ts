import { Routes } from '@angular/router';

/** The admin area, behind adminGuard in app.routes.ts. Its pages live under features/admin/. */
export const adminRoutes: Routes = [
  {
    path: '',
    title: 'Admin · CloudRetail',
    loadComponent: () => import('./admin-home-page').then((m) => m.AdminHomePage),
  },
];
