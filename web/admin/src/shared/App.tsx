import { Suspense } from 'react';
import { Layout } from './Layout.js';
import { match, useRoute } from './router.js';
import { ROUTES } from './routes.js';
import { hasRole, type Me } from './session.js';
import { SignIn } from './SignIn.js';
import { ErrorMessage } from './ui.js';
import { useSignIn } from './use-sign-in.js';

export function App() {
  const { me, checking, error, signIn, signOut } = useSignIn();
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
    if (!hasRole(me.role, r.minRole))
      return <ErrorMessage error={`This screen needs the "${r.minRole}" role; your key has "${me.role}".`} />;
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
      <p>
        Your key has the “{me.role}” role: the back-office's editing and settings screens are for editors and admins.
        Use the agent panel from the menu.
      </p>
    </section>
  );
}
