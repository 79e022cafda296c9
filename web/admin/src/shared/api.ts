import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './api-schema.js';
import { storedKey } from './session.js';

/** An RFC 9457 problem document, as every API error is. */
export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
  [member: string]: unknown;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiError';
  }

  get status(): number {
    return this.problem.status;
  }
}

const withKey: Middleware = {
  onRequest({ request }) {
    const key = storedKey();
    if (key) request.headers.set('authorization', `Bearer ${key}`);
    return request;
  },
};

/** The typed client of the Savoir API on this origin, authenticated with the signed-in key. */
export const api = createClient<paths>({ baseUrl: location.origin });
api.use(withKey);

/** The data of a call, or an ApiError carrying its problem document. */
export async function ok<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const problem = (error && typeof error === 'object' ? error : {}) as Partial<Problem>;
    throw new ApiError({ ...problem, status: response.status });
  }
  return data as T;
}
