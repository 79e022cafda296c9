import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { SignIn } from '../shared/SignIn.js';
import '../shared/styles.css';
import { useSignIn } from '../shared/use-sign-in.js';
import { agentApi } from './agent-api.js';
import { AgentPanel } from './AgentPanel.js';
import { AGENT_STYLES } from './agent-styles.js';
import { journeyFromUrl } from './journey.js';

/** The agent panel's page: the back-office's sign-in (the same key, kept in the tab), then the panel. */
function AgentApp() {
  const journey = useMemo(() => journeyFromUrl(location.search), []);
  const panelApi = useMemo(() => agentApi(journey), [journey]);
  const { me, checking, error, signIn, signOut } = useSignIn();
  if (!me) return <SignIn onSubmit={(key) => void signIn(key)} busy={checking} error={error} />;
  return <AgentPanel api={panelApi} journey={journey} onSignOut={signOut} />;
}

const style = document.createElement('style');
style.textContent = AGENT_STYLES;
document.head.append(style);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AgentApp />
  </StrictMode>,
);
