import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useCheckAuth, useLogin, useNavigate, useNotify, useTranslate } from 'react-admin';
import { env } from '../config/env';
import { brandRed } from './themes';
import { DemoAccountList } from './DemoAccountList';
import { HtmlLang } from './HtmlLang';
import { LanguageMenu } from './LanguageMenu';
import { DEMO_PASSWORD, type DemoAccount } from './demoAccounts';

/**
 * Sign-in. useLogin sends the user back to the page they were on (react-admin's `nextPathname` location state);
 * the authProvider throws errors whose message is an i18n key, which the notification translates.
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isPending, setPending] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const submitRef = useRef<HTMLButtonElement>(null);
  useRedirectWhenSignedIn();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Checked here rather than by the browser, whose bubbles speak the browser's language, not the console's.
    const found = checkFields(email, password);
    setErrors(found);
    if (found.email || found.password) return;
    setPending(true);
    try {
      await login({ email, password });
    } catch (error) {
      notify(error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error', {
        type: 'error',
      });
      setPending(false);
    }
  };
  const fill = (account: DemoAccount) => {
    setEmail(account.email);
    setPassword(DEMO_PASSWORD);
    setErrors({});
    // Straight to the button, so a keyboard user signs in with one more key press.
    submitRef.current?.focus();
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', color: 'text.primary', px: 2, pb: 4 }}>
      <HtmlLang />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', py: 1 }}>
        <LanguageMenu />
      </Box>
      <Stack component="main" spacing={2} sx={{ maxWidth: 420, mx: 'auto' }}>
        <Card>
          <CardContent component="form" onSubmit={submit} noValidate sx={{ p: { xs: 2, sm: 3 } }}>
            <Box aria-hidden sx={{ width: 40, height: 6, borderRadius: 3, bgcolor: brandRed, mb: 2 }} />
            <Typography variant="h1" sx={{ fontSize: '1.5rem', fontWeight: 600 }}>
              {translate('auth.title')}
            </Typography>
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5, mb: 2 }}>
              {translate('app.tagline')}
            </Typography>
            <TextField
              label={translate('auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              error={Boolean(errors.email)}
              helperText={errors.email ? translate(errors.email) : undefined}
              onChange={(event) => setEmail(event.target.value)}
            />
            <TextField
              label={translate('auth.password')}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              error={Boolean(errors.password)}
              helperText={errors.password ? translate(errors.password) : undefined}
              onChange={(event) => setPassword(event.target.value)}
            />
            <Button
              ref={submitRef}
              type="submit"
              variant="contained"
              fullWidth
              disabled={isPending}
              aria-busy={isPending}
              startIcon={isPending ? <CircularProgress size={18} color="inherit" aria-hidden /> : null}
              sx={{ mt: 2 }}
            >
              {translate(isPending ? 'auth.signing_in' : 'auth.sign_in')}
            </Button>
          </CardContent>
        </Card>
        {env.apiMode === 'mock' ? (
          <Card>
            <CardContent sx={{ p: { xs: 2, sm: 3 } }}>
              <DemoAccountList onPick={fill} />
            </CardContent>
          </Card>
        ) : null}
      </Stack>
    </Box>
  );
};

type FieldErrors = { email?: string; password?: string };

const checkFields = (email: string, password: string): FieldErrors => ({
  email: !email.trim()
    ? 'validation.required'
    : /^\S+@\S+\.\S+$/.test(email.trim())
      ? undefined
      : 'validation.email',
  password: password ? undefined : 'validation.required',
});

/** Someone already signed in (another tab, a bookmark to /login) goes to the home page, as react-admin's Login does. */
function useRedirectWhenSignedIn() {
  const checkAuth = useCheckAuth();
  const navigate = useNavigate();
  useEffect(() => {
    checkAuth({}, false)
      .then(() => navigate('/'))
      .catch(() => undefined);
  }, [checkAuth, navigate]);
}
