import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, ok } from './api.js';
import { forgetKey, type Me, SIGN_IN_ROLES, storedKey, storeKey } from './session.js';

/** Who the stored key is, or why it cannot sign in. */
async function whoIs(): Promise<Me> {
  const me = await ok(api.GET('/v1/me'));
  if (!SIGN_IN_ROLES.includes(me.role))
    throw new Error(`A "${me.role}" key cannot sign in to the back-office: use an agent, editor or admin key`);
  return me;
}

/**
 * Sign-in with an API key kept in the tab (the back-office and the agent panel alike): the key already stored is
 * checked at once; a key that cannot sign in is forgotten, with the reason in `error`.
 */
export function useSignIn(): {
  me: Me | null;
  checking: boolean;
  error: string | null;
  signIn: (key: string) => Promise<void>;
  signOut: () => void;
} {
  const [me, setMe] = useState<Me | null>(null);
  const [checking, setChecking] = useState(() => storedKey() !== null);
  const [error, setError] = useState<string | null>(null);

  const signIn = useCallback(async (key: string) => {
    storeKey(key);
    setChecking(true);
    try {
      setMe(await whoIs());
      setError(null);
    } catch (e) {
      forgetKey();
      setError(
        e instanceof ApiError && e.status === 401 ? 'This API key is unknown or revoked.' : (e as Error).message,
      );
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    const key = storedKey();
    if (key) void signIn(key);
  }, [signIn]);

  const signOut = useCallback(() => {
    forgetKey();
    setMe(null);
  }, []);

  return { me, checking, error, signIn, signOut };
}
