import { type FormEvent, useState } from 'react';
import { ErrorMessage } from './ui.js';

export function SignIn({
  onSubmit,
  busy,
  error,
}: {
  onSubmit: (key: string) => void;
  busy: boolean;
  error: string | null;
}) {
  const [key, setKey] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (key.trim()) onSubmit(key.trim());
  };
  return (
    <main className="sign-in">
      <form onSubmit={submit}>
        <h1>Savoir back-office</h1>
        <p>Sign in with your API key (agent, editor or admin). It stays in this tab only.</p>
        <label>
          API key
          <input type="password" autoComplete="off" value={key} onChange={(e) => setKey(e.target.value)} required />
        </label>
        {error && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
