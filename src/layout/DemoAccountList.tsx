import { List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DEMO_PASSWORD, demoAccounts, type DemoAccount } from './demoAccounts';

/** One button per seeded account; choosing one fills the sign-in form (a real button, so keyboards can use it). */
export const DemoAccountList = ({ onPick }: { onPick: (account: DemoAccount) => void }) => {
  const translate = useTranslate();
  return (
    <section aria-labelledby="demo-accounts-title">
      <Typography id="demo-accounts-title" variant="h2" sx={{ fontSize: '1rem', fontWeight: 600 }}>
        {translate('auth.demo.title')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
        {translate('auth.demo.hint', { password: DEMO_PASSWORD })}
      </Typography>
      <List dense disablePadding sx={{ mt: 1 }}>
        {demoAccounts.map((account) => (
          <li key={account.email}>
            <ListItemButton
              component="button"
              type="button"
              onClick={() => onPick(account)}
              aria-label={translate('auth.demo.fill', { email: account.email })}
              sx={{ width: '100%', textAlign: 'start', borderRadius: 1 }}
            >
              <ListItemText
                primary={account.email}
                secondary={`${translate(`roles.${account.role}`)} · ${account.brandName ?? translate('app.platform_name')}`}
                slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
              />
            </ListItemButton>
          </li>
        ))}
      </List>
    </section>
  );
};
