import { Suspense, useCallback, useEffect, useState } from 'react';
import { api, ApiError, ok } from './api.js';
import { Layout } from './Layout.js';
import { match, useRoute } from './router.js';
import { ROUTES } from './routes.js';
import { forgetKey, hasRole, type Me, SIGN_IN_ROLES, storedKey, storeKey } from './session.js';
import { SignIn } from './SignIn.js';
import { ErrorMessage } from './ui.js';

/** Who the stored key is, or why it cannot sign in. */
async function whoIs(): Promise<Me> {
  const me = await ok(api.GET('/v1/me'));
  if (!SIGN_IN_ROLES.includes(me.role)) throw new Error(`A "${me.role}" key cannot sign in to the back-office: use an agent, editor or admin key`);
  return me;
}

export function App() {
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
      setError(e instanceof ApiError && e.status === 401 ? 'This API key is unknown or revoked.' : (e as Error).message);
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    const key = storedKey();
    if (key) void signIn(key);
  }, [signIn]);

  const signOut = () => {
    forgetKey();
    setMe(null);
  };

  if (!me) return <SignIn onSubmit={signIn} busy={checking} error={error} />;
  return (
    <Layout me={me} onSignOut={signOut}>
      <Screen me={me} />
    </Layout>
  );
}

function Screen({ me }: { me: Me }) {
  const route = useRoute();
  // The start page is the first screen the role sees (none for an agent: a welcome pointing to the agent panel).
  const start = ROUTES.find((r) => r.nav && hasRole(me.role, r.minRole));
  const path = route.path === '/' && start ? start.pattern : route.path;
  if (path === '/') return <Welcome me={me} />;
  for (const r of ROUTES) {
    const params = match(r.pattern, path);
    if (!params) continue;
    if (!hasRole(me.role, r.minRole)) return <ErrorMessage error={`This screen needs the "${r.minRole}" role; your key has "${me.role}".`} />;
    const Component = r.screen;
    return (
      <Suspense fallback={<p aria-busy="true">Loading…</p>}>
        <Component key={path} params={params} query={route.query} me={me} />
      </Suspense>
    );
  }
  return <ErrorMessage error={`No screen at ${path}.`} />;
}

function Welcome({ me }: { me: Me }) {
  return (
    <section>
      <h1>Welcome, {me.name}</h1>
      <p>Your key has the “{me.role}” role: the back-office's editing and settings screens are for editors and admins. Use the agent panel from the menu.</p>
    </section>
  );
}
