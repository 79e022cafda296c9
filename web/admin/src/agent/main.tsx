import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { api, ApiError, ok } from '../shared/api.js';
import { forgetKey, SIGN_IN_ROLES, storedKey, storeKey } from '../shared/session.js';
import { SignIn } from '../shared/SignIn.js';
import '../shared/styles.css';
import { agentApi } from './agent-api.js';
import { AgentPanel } from './AgentPanel.js';
import { AGENT_STYLES } from './agent-styles.js';
import { journeyFromUrl } from './journey.js';

/** The agent panel's page: signs in with the key kept in the tab (the back-office's sign-in), then the panel. */
function AgentApp() {
  const journey = useMemo(() => journeyFromUrl(location.search), []);
  const [signedIn, setSignedIn] = useState(false);
  const [checking, setChecking] = useState(() => storedKey() !== null);
  const [error, setError] = useState<string | null>(null);

  const signIn = useCallback(async (candidate: string) => {
    setChecking(true);
    try {
      storeKey(candidate);
      const me = await ok(api.GET('/v1/me'));
      if (!SIGN_IN_ROLES.includes(me.role)) throw new Error(`A "${me.role}" key cannot use the agent panel: use an agent key`);
      setSignedIn(true);
      setError(null);
    } catch (e) {
      forgetKey();
      setError(e instanceof ApiError && e.status === 401 ? 'This API key is unknown or revoked.' : (e as Error).message);
    } finally {
      setChecking(false);
    }
  }, []);

  useEffect(() => {
    const stored = storedKey();
    if (stored) void signIn(stored);
  }, [signIn]);

  const panelApi = useMemo(() => agentApi(journey), [journey]);
  if (!signedIn) return <SignIn onSubmit={(k) => void signIn(k)} busy={checking} error={error} />;
  return (
    <AgentPanel
      api={panelApi}
      journey={journey}
      onSignOut={() => {
        forgetKey();
        setSignedIn(false);
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
