/** The catalog's departments, offered as filters (the API filters by any category name). */
export const SHOP_CATEGORIES = ['Electronics', 'Home', 'Books', 'Outdoor'] as const;
