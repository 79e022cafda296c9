import type { components } from './api-schema.js';

export type Me = components['schemas']['MeView'];
export type Role = Me['role'];

const ROLES: Role[] = ['public', 'bot', 'agent', 'editor', 'admin'];
/** Roles that may sign in: public and bot keys are for customer-facing channels only. */
export const SIGN_IN_ROLES: Role[] = ['agent', 'editor', 'admin'];

export const hasRole = (actual: Role, required: Role): boolean => ROLES.indexOf(actual) >= ROLES.indexOf(required);

/** The key lives in this tab's session storage only: closing the tab signs out; another tab signs in on its own. */
const STORAGE_KEY = 'savoir.admin.key';

export const storedKey = (): string | null => sessionStorage.getItem(STORAGE_KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(STORAGE_KEY, key);
export const forgetKey = (): void => sessionStorage.removeItem(STORAGE_KEY);
