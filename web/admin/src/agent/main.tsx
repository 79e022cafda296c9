import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { forgetKey, SIGN_IN_ROLES, storedKey, storeKey, type Me } from '../shared/session.js';
import { SignIn } from '../shared/SignIn.js';
import { agentApi, ApiError, keyedClient } from './agent-api.js';
import { AgentPanel } from './AgentPanel.js';
import { AGENT_STYLES } from './agent-styles.js';
import { journeyFromUrl } from './journey.js';

/** The agent panel's page: signs in with the key kept in the tab (the back-office's sign-in), then the panel. */
function AgentApp() {
  const journey = useMemo(() => journeyFromUrl(location.search), []);
  const [key, setKey] = useState<string | null>(null);
  const [checking, setChecking] = useState(() => storedKey() !== null);
  const [error, setError] = useState<string | null>(null);

  const signIn = useCallback(async (candidate: string) => {
    setChecking(true);
    try {
      const me = await keyedClient(candidate)<Me>('GET', '/v1/me');
      if (!SIGN_IN_ROLES.includes(me.role)) throw new Error(`A "${me.role}" key cannot use the agent panel: use an agent key`);
      storeKey(candidate);
      setKey(candidate);
      setError(null);
    } catch (e) {
      forgetKey();
      setError(e instanceof ApiError && e.problem.status === 401 ? 'This API key is unknown or revoked.' : (e as Error).message);
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    const stored = storedKey();
    if (stored) void signIn(stored);
  }, [signIn]);

  const api = useMemo(() => (key ? agentApi(keyedClient(key), journey) : null), [key, journey]);
  if (!api) return <SignIn onSubmit={(k) => void signIn(k)} busy={checking} error={error} />;
  return (
    <AgentPanel
      api={api}
      journey={journey}
      onSignOut={() => {
        forgetKey();
        setKey(null);
      }}
    />
  );
}

const style = document.createElement('style');
style.textContent = AGENT_STYLES;
document.head.append(style);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AgentApp />
  </StrictMode>,
);
